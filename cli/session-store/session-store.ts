/**
 * Saving and loading session files. Every save is atomic, so a crash loses
 * at most the step being taken; a file that cannot be read is moved aside
 * (never overwritten, never deleted) and reported, and the app carries on.
 */
import { basename, dirname, join } from 'node:path';
import { SessionRecordSchema, type SessionRecord } from './session-record.js';
import type { SessionFs } from './session-fs.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** What loading a session file gives. */
export type LoadResult =
  | { ok: true; record: SessionRecord; path: string }
  | { ok: false; path: string; message: string; movedTo: string | undefined };

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
  /** Writes the record atomically (creating the folder first). */
  save(path: string, record: SessionRecord): void;
  /** Reads a session file; a corrupt one is moved aside and described. */
  load(path: string): LoadResult;
  /** Unfinished sessions in the folder, newest first; corrupt files are moved aside and reported. */
  listResumable(): { sessions: SavedSessionSummary[]; problems: Array<Extract<LoadResult, { ok: false }>> };
}

/** Options of {@link createSessionStore}. */
export interface SessionStoreOptions {
  fs: SessionFs;
  /** The folder of default session files. */
  dir: string;
  /** Wall-clock time, for the corrupt-file names. */
  now: () => Date;
  /** Distinguishes this process's temporary files. */
  token: string;
}

/** A timestamp usable in a file name on every platform: 2026-12-18T10-00-00-000Z. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Creates a session store over a file system.
 * @example
 * const store = createSessionStore({ fs: nodeSessionFs(), dir: sessionsDir(dataDir), now: () => new Date(), token: String(process.pid) });
 * store.save(store.pathFor('closing-too-soon', 'solo', new Date()), record);
 */
export function createSessionStore(options: SessionStoreOptions): SessionStore {
  const { fs, dir, now, token } = options;

  const moveAside = (path: string): string | undefined => {
    const stem = basename(path).replace(/\.json$/i, '');
    const stamp = fileTimestamp(now());
    let target = join(dirname(path), `${stem}.corrupt-${stamp}.json`);
    // Never overwrite an earlier set-aside copy.
    for (let n = 2; fs.exists(target); n += 1) target = join(dirname(path), `${stem}.corrupt-${stamp}-${n}.json`);
    try {
      fs.rename(path, target);
      fs.fsyncDir(dirname(path));
      return target;
    } catch {
      return undefined;
    }
  };

  const load = (path: string): LoadResult => {
    let text: string;
    try {
      text = fs.readText(path);
    } catch {
      return { ok: false, path, message: `The session file "${path}" could not be read.`, movedTo: undefined };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const movedTo = moveAside(path);
      return { ok: false, path, message: `The session file "${basename(path)}" is damaged (not valid JSON).`, movedTo };
    }
    const parsed = SessionRecordSchema().safeParse(json);
    if (!parsed.success) {
      const movedTo = moveAside(path);
      return { ok: false, path, message: `The session file "${basename(path)}" is not a session this version can read.`, movedTo };
    }
    return { ok: true, record: parsed.data, path };
  };

  return {
    dir,
    pathFor: (scenarioId, mode, startedAt) =>
      join(dir, `${mode === 'workshop' ? 'workshop-' : ''}${scenarioId}-${fileTimestamp(startedAt)}.json`),
    save: (path, record) => {
      fs.mkdirp(dirname(path));
      writeFileAtomically(fs, path, `${JSON.stringify(record, null, 2)}\n`, token);
    },
    load,
    listResumable: () => {
      const names = fs
        .list(dir)
        .filter((name) => name.endsWith('.json') && !name.startsWith('.') && !name.includes('.corrupt-'));
      const sessions: SavedSessionSummary[] = [];
      const problems: Array<Extract<LoadResult, { ok: false }>> = [];
      for (const name of names) {
        const result = load(join(dir, name));
        if (!result.ok) problems.push(result);
        else if (!result.record.finished) sessions.push({ path: result.path, record: result.record });
      }
      sessions.sort((a, b) => b.record.savedAt.localeCompare(a.record.savedAt));
      return { sessions, problems };
    },
  };
}
