/**
 * Saving and loading session files. Every save is atomic and made under the
 * file's lock, so a crash loses at most the step being taken and two
 * processes never write one file. A file that cannot be read is described,
 * never overwritten or deleted: in the app's own folder a damaged one is
 * moved aside and the app carries on; one from a newer version is left
 * where it is.
 */
import { basename, dirname, join } from 'node:path';
import { acquireFileLock, processLockIdentity, readLockHolder, type FileLock, type LockHeld, type LockIdentity } from './file-lock.js';
import { SessionFileError, SessionInUseError, writeFailure } from './session-file-error.js';
import { SESSION_RECORD_VERSION, SessionRecordSchema, type SessionRecord } from './session-record.js';
import { notARegularFile, type SessionFs } from './session-fs.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** The largest session file read: far above any real session, and a bound on the work a hostile one causes. */
export const MAX_SESSION_FILE_BYTES = 8 * 1024 * 1024;

/** Deeper JSON than this is not a session (a real one is a few levels deep). */
const MAX_JSON_DEPTH = 64;

/** Why a session file could not be loaded. */
export type LoadProblem = 'missing' | 'not-a-file' | 'too-large' | 'unreadable' | 'damaged' | 'foreign' | 'newer';

/** What loading a session file gives. */
export type LoadResult =
  | { ok: true; record: SessionRecord; path: string }
  | { ok: false; path: string; problem: LoadProblem; message: string; hint: string; movedTo: string | undefined };

/** A saved session as the start menu lists it. */
export interface SavedSessionSummary {
  path: string;
  record: SessionRecord;
}

/** Saves, loads and lists session files. */
export interface SessionStore {
  /** The folder of default session files. */
  readonly dir: string;
  /** The default path for a new session of a scenario started at `startedAt`. */
  pathFor(scenarioId: string, mode: SessionRecord['mode'], startedAt: Date): string;
  /**
   * Takes the lock of a session file for this process, letting go of the
   * one it held before (a process works on one session at a time). With
   * `takeOver`, a lock that is probably left behind (old) is taken too.
   * Returns whose lock left behind it replaced, if any, in words.
   * @throws {SessionInUseError} when another process has it.
   * @throws {SessionFileError} when it cannot be written.
   */
  hold(path: string, options?: { takeOver?: boolean }): { replaced?: string };
  /** Who holds the lock of a session file, without taking it; null when nobody (or a holder left behind). */
  holder(path: string): LockHeld | null;
  /** Lets go of the lock this process holds, if any. */
  release(): void;
  /**
   * Writes the record atomically (creating the folder first) under the file's lock.
   * @throws {SessionFileError} when it could not be written (the disk is full, the file is in use…); the file keeps what it held.
   */
  save(path: string, record: SessionRecord): void;
  /**
   * Reads a session file. A damaged file, or one that is not a session, is
   * moved aside and described, unless `setAside` is false (a file the user
   * named, which may be anything); one from a newer version is always left
   * where it is.
   */
  load(path: string, options?: { setAside?: boolean }): LoadResult;
  /**
   * Copies a session file beside itself before it is written over (`why`
   * names the copy, e.g. `before-edit`); returns the copy's path.
   * @throws {SessionFileError} when the copy could not be written.
   */
  keepCopy(path: string, why: string): string;
  /**
   * Moves a session file whose contents the engine refused (a damaged
   * workshop inside a good envelope) aside beside itself, as a load does
   * with a damaged envelope; returns where it went, or undefined when it
   * could not be moved (it is then left where it is).
   */
  moveAside(path: string): string | undefined;
  /**
   * Unfinished sessions in the folder, newest first, and the finished ones
   * apart (for the start menu to offer for archiving); damaged files are
   * moved aside and reported, and files of a newer version reported.
   */
  listResumable(): { sessions: SavedSessionSummary[]; finished: SavedSessionSummary[]; problems: Array<Extract<LoadResult, { ok: false }>> };
}

/** Options of {@link createSessionStore}. */
export interface SessionStoreOptions {
  fs: SessionFs;
  /** The folder of default session files. */
  dir: string;
  /** Wall-clock time, for the set-aside names and the locks. */
  now: () => Date;
  /** Distinguishes this process's temporary files. */
  token: string;
  /** This process as a lock holder; the real process when left out. */
  lock?: LockIdentity;
}

/** A timestamp usable in a file name on every platform: 2026-12-18T10-00-00-000Z. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** The kinds of copy set aside beside a session file; none of them is offered to resume. */
const SET_ASIDE = /\.(corrupt|before-edit)-/;

function deeperThan(value: unknown, limit: number): boolean {
  // Iterative, so a hostile file cannot overflow the stack here either.
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (depth > limit) return true;
    if (next !== null && typeof next === 'object') for (const child of Object.values(next)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * Creates a session store over a file system.
 * @example
 * const store = createSessionStore({ fs: nodeSessionFs(), dir: sessionsDir(dataDir), now: () => new Date(), token: String(process.pid) });
 * store.save(store.pathFor('closing-too-soon', 'solo', new Date()), record);
 */
export function createSessionStore(options: SessionStoreOptions): SessionStore {
  const { fs, dir, now, token } = options;
  const identity = options.lock ?? processLockIdentity();
  let held: { path: string; lock: FileLock } | undefined;

  /** A free name beside `path` for a copy: `NAME.why-STAMP.json`, never an earlier copy's. */
  const asideName = (path: string, why: string): string => {
    const stem = basename(path).replace(/\.json$/i, '');
    const stamp = fileTimestamp(now());
    let target = join(dirname(path), `${stem}.${why}-${stamp}.json`);
    for (let n = 2; fs.entry(target).kind !== 'missing'; n += 1) target = join(dirname(path), `${stem}.${why}-${stamp}-${n}.json`);
    return target;
  };

  const moveAside = (path: string): string | undefined => {
    try {
      const target = asideName(path, 'corrupt');
      fs.rename(path, target);
      fs.fsyncDir(dirname(path));
      return target;
    } catch {
      return undefined;
    }
  };

  const load = (path: string, { setAside = true } = {}): LoadResult => {
    const name = `The session file "${basename(path)}"`;
    const refuse = (problem: LoadProblem, message: string, hint: string, movable = false): LoadResult => ({
      ok: false,
      path,
      problem,
      message,
      hint,
      movedTo: movable && setAside ? moveAside(path) : undefined,
    });
    const entry = fs.entry(path);
    if (entry.kind === 'missing') return refuse('missing', `${name} does not exist.`, 'Check the path of the session file.');
    const notAFile = notARegularFile(entry);
    if (notAFile !== undefined) return refuse('not-a-file', `${name} ${notAFile}, not a session file.`, 'Give the path of the session file itself, a .json file Common Ground saved.');
    if (entry.size > MAX_SESSION_FILE_BYTES) {
      return refuse('too-large', `${name} is ${(entry.size / 1024 / 1024).toFixed(1)} MB, too large to be a session file.`, 'Check you gave the right file; a session file is a few kilobytes.');
    }
    let text: string;
    try {
      text = fs.readText(path);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EPERM' ? ' (permission denied)' : '';
      return refuse('unreadable', `${name} could not be read${why}.`, 'Check that you may read it (its permissions), then try again.');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return refuse('damaged', `${name} is damaged (not valid JSON).`, 'It cannot be resumed; start the scenario again.', true);
    }
    if (deeperThan(json, MAX_JSON_DEPTH)) return refuse('damaged', `${name} is damaged (nested far deeper than a session).`, 'It cannot be resumed; start the scenario again.', true);
    const envelope = json !== null && typeof json === 'object' ? (json as { kind?: unknown; recordVersion?: unknown }) : {};
    if (envelope.kind !== 'common-ground-session') {
      return refuse('foreign', `${name} is not a Common Ground session file.`, 'Check you gave the right file.', true);
    }
    if (typeof envelope.recordVersion === 'number' && envelope.recordVersion > SESSION_RECORD_VERSION) {
      return refuse('newer', `${name} was saved by a newer version of Common Ground (session file version ${envelope.recordVersion}).`, 'Update Common Ground to resume it.');
    }
    const parsed = SessionRecordSchema().safeParse(json);
    if (!parsed.success) return refuse('damaged', `${name} is not a session this version can read.`, 'It cannot be resumed; start the scenario again.', true);
    return { ok: true, record: parsed.data, path };
  };

  const release = () => {
    held?.lock.release();
    held = undefined;
  };

  const hold = (path: string, options: { takeOver?: boolean } = {}): { replaced?: string } => {
    if (held?.path === path && held.lock.stillHeld()) return {};
    release();
    let result;
    try {
      fs.mkdirp(dirname(path));
      result = acquireFileLock(fs, path, identity, now, options);
    } catch (error) {
      const { reason, hint } = writeFailure(error);
      throw new SessionFileError(`Cannot use the session file ${path}: ${reason}.`, hint, path);
    }
    if (!result.ok) throw new SessionInUseError(result.message, result.hint, path, result.heldBy, result.canTakeOver);
    held = { path, lock: result.lock };
    return result.replaced === undefined ? {} : { replaced: result.replaced };
  };

  return {
    dir,
    pathFor: (scenarioId, mode, startedAt) =>
      join(dir, `${mode === 'workshop' ? 'workshop-' : ''}${scenarioId}-${fileTimestamp(startedAt)}.json`),
    hold,
    holder: (path) => readLockHolder(fs, path, identity, now),
    release,
    save: (path, record) => {
      try {
        hold(path);
      } catch (error) {
        if (!(error instanceof SessionFileError)) throw error;
        throw new SessionFileError(`Not saved: ${error.message}`, error.hint, path);
      }
      try {
        writeFileAtomically(fs, path, `${JSON.stringify(record, null, 2)}\n`, token);
      } catch (error) {
        const { reason, hint } = writeFailure(error);
        throw new SessionFileError(`Not saved: ${reason}. ${path} keeps your moves up to the last save.`, `${hint} The next save writes all your moves again.`, path);
      }
    },
    load,
    keepCopy: (path, why) => {
      try {
        const target = asideName(path, why);
        fs.createFileSynced(target, fs.readText(path));
        fs.fsyncDir(dirname(path));
        return target;
      } catch (error) {
        const { reason, hint } = writeFailure(error);
        throw new SessionFileError(`Could not keep a copy of ${path} before changing it: ${reason}.`, hint, path);
      }
    },
    moveAside,
    listResumable: () => {
      const names = fs.list(dir).filter((name) => name.endsWith('.json') && !name.startsWith('.') && !SET_ASIDE.test(name));
      const sessions: SavedSessionSummary[] = [];
      const finished: SavedSessionSummary[] = [];
      const problems: Array<Extract<LoadResult, { ok: false }>> = [];
      for (const name of names) {
        const result = load(join(dir, name));
        if (!result.ok) {
          if (result.problem !== 'missing') problems.push(result);
        } else (result.record.finished ? finished : sessions).push({ path: result.path, record: result.record });
      }
      const newestFirst = (a: SavedSessionSummary, b: SavedSessionSummary) => b.record.savedAt.localeCompare(a.record.savedAt);
      sessions.sort(newestFirst);
      finished.sort(newestFirst);
      return { sessions, finished, problems };
    },
  };
}
