/**
 * The reflective log in the browser: read (keeping every readable entry and
 * setting only the unreadable ones aside), save, add a reflection (a new
 * version when the scenario is being replayed), change the CPD entries,
 * delete everything. The
 * log's rules live in engine/reflective-log and the storage rules in
 * engine/storage; this file connects them to a store. Nothing here throws
 * on a refusing or damaged store, and nothing stored is removed or written
 * over before a copy of it is confirmed.
 */
import {
  emptyReflectiveLog,
  type EraseResult,
  eraseStoredData,
  type KeyValueStore,
  playThroughOf,
  readStored,
  recordReflection,
  type ReflectiveLog,
  type ReflectiveLogEntry,
  reflectiveLogStorageKey,
  salvageReflectiveLog,
  sessionStorageKey,
  setStoredAside,
  type StoredWriteResult,
  type UnreadableLogEntry,
  unwrapStored,
  wrapStored,
  writeStored,
} from '../../../engine/runtime.js';
import { type SetAsideData, setAsideData, setAsideOutcome } from './set-aside-data.js';
import type { SaveProblem } from './unsaved-notice.js';

const KIND = 'reflective-log';
/** What the envelope of set-aside entries says it holds. */
const UNREADABLE_ENTRIES_KIND = 'reflective-log-unreadable-entries';

/** The log as loaded. */
export interface LoadedLog {
  /** The readable entries. */
  log: ReflectiveLog;
  /**
   * Unreadable entries that could not be set aside (no room), still in the
   * stored log; they are written back with it so they are never lost.
   */
  kept: UnreadableLogEntry[];
  /** A sentence for the page when stored data could not be read; null otherwise. */
  problem: string | null;
  /** What could not be read, for the page to offer as a download; null when all was read. */
  setAside: SetAsideData | null;
  /**
   * Why the stored log must not be written: `held` when it could not be
   * read and there is no copy of it to fall back on, `unavailable` when
   * storage itself could not be read; null when saving is safe.
   */
  held: Exclude<SaveProblem, 'full'> | null;
}

/** The outcome of a save: written, refused by the browser, or held back so as not to write over unreadable data. */
export type LogSaveResult = StoredWriteResult | { ok: false; refusal: SaveProblem; detail: string };

/** How many unreadable entries a message names before saying "and N more". */
const NAMED_PROBLEMS = 3;

function loaded(log: ReflectiveLog, rest: Partial<Omit<LoadedLog, 'log'>> = {}): LoadedLog {
  return { log, kept: [], problem: null, setAside: null, held: null, ...rest };
}

/** The envelope's text, or null when the data cannot be written out (nested too deeply for JSON.stringify). */
function serialise(kind: string, data: unknown, now: string): string | null {
  try {
    return wrapStored(kind, data, now);
  } catch {
    return null;
  }
}

/** Why the entries could not be read: the first few reasons, then how many more. */
function describeProblems(unreadable: readonly UnreadableLogEntry[]): string {
  const named = unreadable.slice(0, NAMED_PROBLEMS).map((entry) => entry.problem);
  const more = unreadable.length - named.length;
  return more > 0 ? `${named.join(' ')} And ${more} more.` : named.join(' ');
}

/**
 * Sets the unreadable entries aside and, once the copy is confirmed, drops
 * them from the stored log. Entries that cannot be written out again are
 * kept by copying the whole stored log (`original`) instead.
 */
function setEntriesAside(store: KeyValueStore, log: ReflectiveLog, unreadable: UnreadableLogEntry[], original: string, now: string): LoadedLog {
  const key = reflectiveLogStorageKey();
  const text = serialise(UNREADABLE_ENTRIES_KIND, unreadable, now) ?? original;
  const movedTo = setStoredAside(store, key, text, { now });
  // With the copy confirmed, the log is rewritten without them; if that
  // write is refused they stay in the log too and are set aside again next time.
  if (movedTo) writeStored(store, key, wrapStored(KIND, log, now));
  const count = unreadable.length;
  const shown = log.entries.length;
  const others = shown === 0 ? 'the log holds nothing else' : `the other ${shown.toLocaleString('en-GB')} ${shown === 1 ? 'is' : 'are'} shown below`;
  const problem =
    `${count === 1 ? '1 entry' : `${count.toLocaleString('en-GB')} entries`} of your saved reflective log could not be read (${describeProblems(unreadable)}), ` +
    setAsideOutcome(movedTo, { plural: count > 1, afterMove: others, afterKeep: others });
  return loaded(log, { kept: movedTo ? [] : unreadable, problem, setAside: setAsideData('reflective-log-entries', text, now) });
}

/**
 * Reads the log. Every readable entry is kept; unreadable entries, or a
 * log that cannot be read at all, are copied to a `…:corrupt:<time>` key
 * (removed from the log only once the copy is confirmed) and offered as a
 * download, with a sentence saying what happened.
 *
 * @example
 * ```ts
 * const { log, problem, setAside } = loadReflectiveLog(browserStore(), new Date().toISOString());
 * ```
 */
export function loadReflectiveLog(store: KeyValueStore, now: string): LoadedLog {
  let original = '';
  const result = readStored(
    store,
    reflectiveLogStorageKey(),
    (text) => {
      original = text;
      return salvageReflectiveLog(unwrapStored(text, KIND));
    },
    { now },
  );
  switch (result.status) {
    case 'empty':
      return loaded(emptyReflectiveLog());
    case 'unavailable':
      return loaded(emptyReflectiveLog(), {
        problem: `This browser would not let Common Ground read its storage (${result.detail}), so your reflective log cannot be shown, and nothing will be saved to it.`,
        held: 'unavailable',
      });
    case 'corrupt':
      return loaded(emptyReflectiveLog(), {
        problem:
          `Your saved reflective log could not be read (${result.message}), ` +
          setAsideOutcome(result.movedTo, { plural: false, afterMove: 'a new log has started', afterKeep: 'nothing new will be saved over it' }),
        setAside: setAsideData('reflective-log', result.text, now),
        held: result.movedTo ? null : 'held',
      });
    case 'ok':
      return result.value.unreadable.length === 0 ? loaded(result.value.log) : setEntriesAside(store, result.value.log, result.value.unreadable, original, now);
  }
}

/**
 * Saves the whole log, with any unreadable entries that are still kept in
 * it (see {@link LoadedLog.kept}) written back after the readable ones.
 * Reports a refusal instead of throwing; when the kept entries cannot be
 * written out again, nothing is written, so they stay as they were.
 */
export function saveReflectiveLog(store: KeyValueStore, log: ReflectiveLog, now: string, kept: readonly UnreadableLogEntry[] = []): LogSaveResult {
  const keptIn = (list: UnreadableLogEntry['list']) => kept.filter((entry) => entry.list === list).map((entry) => entry.value);
  const data = kept.length === 0 ? log : { ...log, entries: [...log.entries, ...keptIn('entries')], records: [...log.records, ...keptIn('records')] };
  const text = serialise(KIND, data, now);
  if (text === null) return { ok: false, refusal: 'held', detail: 'Entries that could not be read cannot be written out again.' };
  return writeStored(store, reflectiveLogStorageKey(), text);
}

/** The outcome of {@link recordLogEntry}. */
export interface RecordedLogEntry {
  /** The problem message if the stored log had to be (or could not be) set aside first. */
  problem: string | null;
  /** What could not be read, to offer as a download; null when all was read. */
  setAside: SetAsideData | null;
  /** Whether the log, with the entry, was saved. */
  saved: LogSaveResult;
}

/** What the saved play-through of the entry's scenario says about its prompt; nothing when it cannot be read. */
function storedPlayThrough(store: KeyValueStore, entry: ReflectiveLogEntry) {
  try {
    return playThroughOf(store.getItem(sessionStorageKey(entry.scenarioId)), entry.promptId);
  } catch {
    return playThroughOf(null, entry.promptId);
  }
}

/**
 * Saves what the learner typed into a scenario's prompt: it replaces the
 * current version while the learner is editing it in this play-through,
 * and is a new version, keeping the earlier one, when the scenario is
 * being replayed (see `recordReflection`). An empty text removes the
 * current version. Never throws: a refused save, or a stored log that must
 * not be written over, is reported in `saved`.
 *
 * @example
 * ```ts
 * const { saved } = recordLogEntry(browserStore(), entry, new Date().toISOString());
 * if (!saved.ok) showUnsavedNotice(saved.refusal);
 * ```
 */
export function recordLogEntry(store: KeyValueStore, entry: ReflectiveLogEntry, now: string): RecordedLogEntry {
  const play = storedPlayThrough(store, entry);
  const { saved, problem, setAside } = updateReflectiveLog(store, (log) => recordReflection(log, entry, play), now);
  return { problem, setAside, saved };
}

/** The outcome of {@link updateReflectiveLog}. */
export interface UpdatedLog extends RecordedLogEntry {
  /** The log as now stored when the save succeeded; otherwise the log as read, unchanged. */
  log: ReflectiveLog;
}

/**
 * Reads the stored log, changes it with `change` (a pure function from the
 * engine: save or delete a CPD entry, merge an import) and saves it, with
 * any unreadable entries still kept in it. Never throws, and never writes
 * over a log it could not read or set aside.
 *
 * @example
 * ```ts
 * const { saved, log } = updateReflectiveLog(browserStore(), (current) => saveCpdRecord(current, record), now);
 * ```
 */
export function updateReflectiveLog(store: KeyValueStore, change: (log: ReflectiveLog) => ReflectiveLog, now: string): UpdatedLog {
  const { log, kept, problem, setAside, held } = loadReflectiveLog(store, now);
  if (held !== null) return { log, problem, setAside, saved: { ok: false, refusal: held, detail: problem ?? '' } };
  const next = change(log);
  const saved = saveReflectiveLog(store, next, now, kept);
  return { log: saved.ok ? next : log, problem, setAside, saved };
}

/**
 * Deletes the stored log; false when the browser refused.
 *
 * @example
 * ```ts
 * if (!clearReflectiveLog(browserStore())) showMessage('The log could not be deleted.');
 * ```
 */
export function clearReflectiveLog(store: KeyValueStore): boolean {
  try {
    store.removeItem(reflectiveLogStorageKey());
    return true;
  } catch {
    return false;
  }
}

/**
 * "Delete everything": removes every trace Common Ground left in this
 * store (the log, every scenario's saved progress and typed text, copies
 * set aside) and says what went, or why it could not.
 *
 * @example
 * ```ts
 * const result = deleteEverything(browserStore());
 * ```
 */
export function deleteEverything(store: KeyValueStore): EraseResult {
  return eraseStoredData(store);
}

/**
 * Why a change on the log page was not saved, in a sentence; `what` names
 * what was being saved ("the CPD entry", "the import").
 *
 * @example
 * logSaveRefusal('full', 'The CPD entry'); // "The CPD entry was not saved: this browser's storage is full. …"
 */
export function logSaveRefusal(refusal: SaveProblem, what: string): string {
  switch (refusal) {
    case 'full':
      return `${what} was not saved: this browser's storage is full. Nothing has been lost yet: download the log as a Word document or a backup, or delete saved progress you no longer need, then try again.`;
    case 'unavailable':
      return `${what} was not saved: this browser is not letting Common Ground use its storage (it may be switched off, or blocked as in some private windows).`;
    case 'held':
      return `${what} was not saved, so that the stored log that could not be read is not written over. Download what could not be read from the notice above, then try again.`;
  }
}
