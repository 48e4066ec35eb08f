/**
 * Which workshop the command runs, and on what terms: a new one, the one in
 * the file named with `--session`, or the latest unfinished one of the
 * scenario (`--resume`); held under its lock, or shown read-only when
 * another Common Ground has it. Nothing is lost on the way:
 *
 * - a file the user named is resumed or refused, never written over;
 * - in the app's own folder a damaged file is moved aside, and the trainer told where;
 * - a workshop saved by a newer version is left where it is;
 * - decisions that no longer replay after a scenario edit are named, and the
 *   file as it was is kept beside it before anything is saved over it;
 * - a second copy is told who holds the session (process, machine, since
 *   when) and offered read-only viewing, or taking over once the lock is old.
 */
import { formatLondonIso, nodeTitle, restoreWorkshop, WorkshopError, type Scenario, type Workshop } from '../../../engine/index.js';
import { CliUsageError } from '../../cli-io.js';
import { nodeSessionFs, SessionFileError, SessionInUseError, type SessionRecord, type SessionStore } from '../../session-store/index.js';

/** The workshop the command runs. */
export interface OpenedWorkshop {
  workshop: Workshop;
  /** Its session file. */
  path: string;
  /** When it began (ISO). */
  startedAt: string;
  /** What to tell the trainer first (resumed, moved aside, decisions dropped, lock taken over…). */
  notices: string[];
  /** Set when it is shown read-only: nothing is saved. `heldBy` says who has it. */
  readOnly?: { heldBy: string };
}

/** What the trainer chose to do about a session another Common Ground holds. */
export type InUseAnswer = 'read-only' | 'take-over' | 'stop';

/** Options of {@link openWorkshop}. */
export interface OpenWorkshopOptions {
  store: SessionStore;
  scenario: Scenario;
  /** The file named with `--session`, resolved; undefined when none. */
  session: string | undefined;
  resume: boolean;
  readOnly: boolean;
  takeOver: boolean;
  /** A new workshop, when there is nothing to resume. */
  start: () => Workshop;
  now: () => Date;
  /**
   * Asks what to do about a session another Common Ground holds (at a
   * terminal); without it (a script) the command stops with a message that
   * names `--read-only` and `--take-over`.
   */
  askInUse?: (held: SessionInUseError) => Promise<InUseAnswer>;
}

/** A saved workshop as one to run, or why it cannot be; `setAside` when the file can never be resumed by this version. */
type Restored = { ok: true; workshop: Workshop; notice?: string; dropped: boolean } | { ok: false; message: string; hint: string; setAside: boolean };

/** The words for one dropped decision: where it was taken and what was chosen, by title and choice wording where the scenario still has them. */
function describeDropped(scenario: Scenario, saved: Workshop, kept: number): string {
  return saved.rounds
    .slice(kept)
    .map((round, offset) => {
      const scene = scenario.scenes[round.sceneId];
      const where = scene ? `“${nodeTitle(scenario, round.sceneId)}”` : `the scene “${round.sceneId}” (no longer in the scenario)`;
      const label = (id: string | undefined) => `“${scene?.choices.find((choice) => choice.id === id)?.label ?? id ?? '?'}”`;
      const what =
        round.kind === 'continue'
          ? 'the story moved on'
          : round.decided !== null
            ? `the room chose ${label(round.decided)}`
            : round.tables.map((table, at) => `${saved.tables[table] ?? `Table ${table + 1}`} chose ${label(round.votes[at])}`).join(', ');
      return `decision ${kept + offset + 1}, at ${where}: ${what}`;
    })
    .join('; ');
}

/** The workshop in a session record, replayed against `scenario`. */
function restoreRecord(record: SessionRecord, path: string, scenario: Scenario, currentFormat: number): Restored {
  if (record.mode !== 'workshop') {
    return { ok: false, message: `${path} is a solo session, not a workshop.`, hint: `Resume it with \`common-ground play ${record.scenarioId} --session ${path}\`.`, setAside: false };
  }
  try {
    const text = JSON.stringify(record.workshop ?? null);
    const saved = restoreWorkshop(text).workshop;
    const restored = restoreWorkshop(text, scenario);
    const kept = restored.workshop.rounds.length;
    if (kept === saved.rounds.length) return { ok: true, workshop: restored.workshop, dropped: false, ...(restored.warning ? { notice: restored.warning } : {}) };
    return { ok: true, workshop: restored.workshop, dropped: true, notice: `${restored.warning ?? ''} Dropped: ${describeDropped(scenario, saved, kept)}.`.trim() };
  } catch (error) {
    if (!(error instanceof WorkshopError)) throw error;
    // A newer workshop format is resumed by a newer Common Ground: it stays where it is.
    const version = (record.workshop as { formatVersion?: unknown } | undefined)?.formatVersion;
    const newer = typeof version === 'number' && version > currentFormat;
    if (error.code === 'wrong-scenario') return { ok: false, message: error.message, hint: error.hint, setAside: false };
    return { ok: false, message: `The workshop in ${path} cannot be resumed: ${error.message}`, hint: newer ? 'Update Common Ground to resume it.' : error.hint, setAside: !newer };
  }
}

/** Who holds a workshop opened with --read-only that no other Common Ground has open. */
const NOBODY = 'no other Common Ground';

/** The first thing said about a workshop shown read-only. */
function readOnlyNotice(heldBy: string): string {
  return heldBy === NOBODY ? 'Shown read-only, as asked: nothing done here is saved.' : `Shown read-only: ${heldBy} has this workshop open. Nothing done here is saved.`;
}

/** What to tell a second copy, and how it may go on. */
function inUseRefusal(held: SessionInUseError): CliUsageError {
  const offers = [
    'To watch it without changing anything, run the same command with --read-only.',
    held.canTakeOver ? 'If that Common Ground has stopped, carry the workshop on here with --take-over.' : 'To carry it on here, close the other one first.',
  ];
  return new CliUsageError(`${held.message} It was left as it is.`, offers.join(' '));
}

/**
 * Opens the workshop to run.
 * @throws {CliUsageError} when the file named cannot be resumed (left as it is), or another Common Ground has it and the trainer did not choose to view it or take it over.
 * @example
 * const opened = await openWorkshop({ store, scenario, session: undefined, resume: true, readOnly: false, takeOver: false, start: () => startWorkshop(scenario, { tables: 4 }), now: () => new Date() });
 */
export async function openWorkshop(options: OpenWorkshopOptions): Promise<OpenedWorkshop> {
  const { store, scenario } = options;
  // The saved format this build writes, read from a new workshop so it has one home (engine/workshop/workshop.ts).
  const currentFormat = options.start().formatVersion;
  const notices: string[] = [];
  const startedNow = () => ({ workshop: options.start(), startedAt: options.now().toISOString() });

  /**
   * Holds the lock of `path`; when another Common Ground has it, asks (or
   * follows --read-only / --take-over). Returns who has it when the trainer
   * chose to watch it read-only.
   */
  const holdOrView = async (path: string): Promise<{ heldBy: string } | undefined> => {
    if (options.readOnly) {
      const holder = store.holder(path);
      return { heldBy: holder?.heldBy ?? NOBODY };
    }
    try {
      const { replaced } = store.hold(path, { takeOver: options.takeOver });
      if (replaced) notices.push(`The workshop was taken over from ${replaced}; that copy can no longer save it.`);
      return undefined;
    } catch (error) {
      if (!(error instanceof SessionFileError)) throw error;
      if (!(error instanceof SessionInUseError)) {
        // A folder that cannot be written (read-only, full): the room can still run; every save then says it failed, and why.
        notices.push(`The workshop cannot be saved: ${error.message} ${error.hint}`);
        return undefined;
      }
      const answer = options.askInUse ? await options.askInUse(error) : 'stop';
      if (answer === 'read-only') return { heldBy: error.heldBy };
      if (answer === 'take-over' && error.canTakeOver) {
        const { replaced } = store.hold(path, { takeOver: true });
        notices.push(`The workshop was taken over from ${replaced ?? error.heldBy}; that copy can no longer save it.`);
        return undefined;
      }
      throw inUseRefusal(error);
    }
  };

  /** Loads and restores the workshop at `path`, keeping the file as it was when decisions were dropped. */
  const resumeAt = (path: string, inAppFolder: boolean, readOnly: boolean): Restored & { startedAt?: string } => {
    const loaded = store.load(path, { setAside: inAppFolder && !readOnly });
    if (!loaded.ok) return { ok: false, message: `${loaded.message}${loaded.movedTo ? ` It was moved aside to ${loaded.movedTo}.` : ''}`, hint: loaded.hint, setAside: false };
    const restored = restoreRecord(loaded.record, path, scenario, currentFormat);
    if (!restored.ok || !restored.dropped || readOnly) return { ...restored, startedAt: loaded.record.startedAt };
    try {
      const copy = store.keepCopy(path, 'before-edit');
      return { ...restored, notice: `${restored.notice} The workshop as it was is kept in ${copy}.`, startedAt: loaded.record.startedAt };
    } catch (error) {
      // Without the copy, the next save would lose the dropped decisions for good: not resumed.
      if (!(error instanceof SessionFileError)) throw error;
      return { ok: false, message: `${restored.notice} ${error.message}`, hint: error.hint, setAside: false };
    }
  };

  if (options.session !== undefined) {
    // The file the user named: resumed, started, or refused; never written over, never moved.
    const path = options.session;
    // The lock first, then the look: a file another process saves meanwhile is then resumed, not written over.
    const readOnly = await holdOrView(path);
    if (nodeSessionFs().entry(path).kind === 'missing') {
      if (readOnly) throw new CliUsageError(`There is no workshop in ${path} to show.`, 'Check the path of the session file.');
      return { ...startedNow(), path, notices };
    }
    const resumed = resumeAt(path, false, readOnly !== undefined);
    if (!resumed.ok) {
      store.release();
      throw new CliUsageError(`${resumed.message} It was left as it is.`, `${resumed.hint} To start afresh instead, choose another --session file.`);
    }
    if (resumed.notice) notices.push(resumed.notice);
    if (readOnly) notices.push(readOnlyNotice(readOnly.heldBy));
    return { workshop: resumed.workshop, path, startedAt: resumed.startedAt ?? options.now().toISOString(), notices, ...(readOnly ? { readOnly } : {}) };
  }

  if (options.resume) {
    // The latest unfinished workshop of this scenario in the app's own folder; damaged files there are moved aside and named.
    const { sessions, problems } = store.listResumable();
    for (const problem of problems) notices.push(`${problem.message}${problem.movedTo ? ` It was moved aside to ${problem.movedTo}.` : ''}`);
    for (const entry of sessions.filter((candidate) => candidate.record.mode === 'workshop' && candidate.record.scenarioId === scenario.id)) {
      const readOnly = await holdOrView(entry.path);
      const resumed = resumeAt(entry.path, true, readOnly !== undefined);
      if (resumed.ok) {
        notices.push(`Resumed the workshop saved ${entry.record.savedAt === '' ? '' : `at ${formatSavedAt(entry.record.savedAt)} `}in ${entry.path}.`);
        if (resumed.notice) notices.push(resumed.notice);
        if (readOnly) notices.push(readOnlyNotice(readOnly.heldBy));
        return { workshop: resumed.workshop, path: entry.path, startedAt: resumed.startedAt ?? options.now().toISOString(), notices, ...(readOnly ? { readOnly } : {}) };
      }
      store.release();
      const movedTo = resumed.setAside && !readOnly ? store.moveAside(entry.path) : undefined;
      notices.push(`${resumed.message}${movedTo ? ` It was moved aside to ${movedTo}.` : ''} ${resumed.hint}`);
    }
    if (options.readOnly) throw new CliUsageError(`There is no saved workshop of ${scenario.id} to show.`, 'Name the file with --session FILE.');
    notices.push('There is no saved workshop of this scenario to resume, so a new one was started.');
  } else if (options.readOnly) {
    throw new CliUsageError('--read-only shows a saved workshop: which one?', 'Add --session FILE, or --resume for the latest of this scenario.');
  }
  const started = startedNow();
  return { ...started, path: store.pathFor(scenario.id, 'workshop', new Date(started.startedAt)), notices };
}

/** A saved-at time for people, in London time. */
function formatSavedAt(iso: string): string {
  return `${formatLondonIso(iso)} (London time)`;
}
