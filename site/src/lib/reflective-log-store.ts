/**
 * The reflective log in the browser: read (setting damaged data aside),
 * save, add an entry, clear. The log's rules live in engine/reflective-log;
 * this file only connects them to a store.
 */
import { emptyReflectiveLog, type KeyValueStore, parseReflectiveLog, readStored, type ReflectiveLog, type ReflectiveLogEntry, reflectiveLogStorageKey, unwrapStored, upsertLogEntry, wrapStored } from '../../../engine/runtime.js';

const KIND = 'reflective-log';

/** The log as loaded, with a message when stored data had to be set aside. */
export interface LoadedLog {
  log: ReflectiveLog;
  /** A sentence for the page when the stored log could not be read; null otherwise. */
  problem: string | null;
}

/**
 * Reads the log; a damaged log is moved to a `…:corrupt:<time>` key and an
 * empty log returned with a message saying so.
 *
 * @example
 * ```ts
 * const { log, problem } = loadReflectiveLog(browserStore(), new Date().toISOString());
 * ```
 */
export function loadReflectiveLog(store: KeyValueStore, now: string): LoadedLog {
  const result = readStored(store, reflectiveLogStorageKey(), (text) => parseReflectiveLog(unwrapStored(text, KIND)), { now });
  if (result.status === 'ok') return { log: result.value, problem: null };
  if (result.status === 'empty') return { log: emptyReflectiveLog(), problem: null };
  const where = result.movedTo ? ` It has been kept under "${result.movedTo}" in this browser's storage.` : '';
  return {
    log: emptyReflectiveLog(),
    problem: `Your saved reflective log could not be read (${result.message}), so it was set aside and a new log started.${where}`,
  };
}

/** Saves the whole log. */
export function saveReflectiveLog(store: KeyValueStore, log: ReflectiveLog, now: string): void {
  store.setItem(reflectiveLogStorageKey(), wrapStored(KIND, log, now));
}

/**
 * Adds or replaces one entry in the stored log (an empty text removes it).
 * Returns the problem message if the stored log had to be set aside first.
 *
 * @example
 * ```ts
 * recordLogEntry(browserStore(), entry, new Date().toISOString());
 * ```
 */
export function recordLogEntry(store: KeyValueStore, entry: ReflectiveLogEntry, now: string): string | null {
  const { log, problem } = loadReflectiveLog(store, now);
  saveReflectiveLog(store, upsertLogEntry(log, entry), now);
  return problem;
}

/** Deletes the stored log. */
export function clearReflectiveLog(store: KeyValueStore): void {
  store.removeItem(reflectiveLogStorageKey());
}
