/**
 * "Delete everything": removing every trace Common Ground left in a
 * browser's storage (the reflective log, each scenario's saved progress
 * with the text typed in it, copies of unreadable data set aside, keys of
 * other versions) and saying what was removed. On a shared computer the
 * next person must find nothing, so each removal is checked afterwards.
 */
import type { KeyValueStore } from './key-value-store.js';
import { describeStorageKey, isCommonGroundKey } from './storage-keys.js';
import { describeThrown } from './write-stored.js';

/** A store whose keys can be listed, as Web Storage's can. */
export interface ListableStore extends KeyValueStore {
  /** How many keys there are. */
  readonly length: number;
  /** The key at `index`, or null past the end. */
  key(index: number): string | null;
}

/** What {@link eraseStoredData} removed, and what it could not. */
export interface ErasedData {
  /** Whether the reflective log was there and removed. */
  log: boolean;
  /** The scenarios whose saved progress was removed. */
  sessions: string[];
  /** Copies of unreadable data removed. */
  setAside: number;
  /** Other Common Ground keys removed. */
  other: number;
  /** Keys still there because the browser refused to remove them. */
  failed: string[];
}

/** The outcome of {@link eraseStoredData}. */
export type EraseResult = { ok: true; erased: ErasedData } | { ok: false; detail: string };

/** True when the store can list its keys. */
function isListable(store: KeyValueStore): store is ListableStore {
  const candidate = store as Partial<ListableStore>;
  return typeof candidate.key === 'function' && typeof candidate.length === 'number';
}

/** Every Common Ground key in the store. */
function commonGroundKeys(store: ListableStore): string[] {
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key !== null && isCommonGroundKey(key)) keys.push(key);
  }
  return keys;
}

/**
 * Removes every Common Ground key from the store and checks each is gone.
 * Keys of other sites or tools are left alone. Never throws: storage that
 * cannot be listed or read at all is reported as not ok.
 *
 * @example
 * const result = eraseStoredData(localStorage);
 * if (result.ok) show(describeErasure(result.erased, { records: 2, reflections: 5 }));
 */
export function eraseStoredData(store: KeyValueStore): EraseResult {
  let keys: string[];
  try {
    if (!isListable(store)) return { ok: false, detail: 'This browser did not let Common Ground list what it has stored.' };
    keys = commonGroundKeys(store);
  } catch (error) {
    return { ok: false, detail: describeThrown(error) };
  }
  const erased: ErasedData = { log: false, sessions: [], setAside: 0, other: 0, failed: [] };
  for (const key of keys) {
    try {
      store.removeItem(key);
      if (store.getItem(key) !== null) throw new Error('still there');
    } catch {
      erased.failed.push(key);
      continue;
    }
    const what = describeStorageKey(key);
    if (what.kind === 'reflective-log') erased.log = true;
    else if (what.kind === 'session') erased.sessions.push(what.scenarioId);
    else if (what.kind === 'set-aside') erased.setAside += 1;
    else erased.other += 1;
  }
  return { ok: true, erased };
}

/** How much the log held, for {@link describeErasure}. */
export interface ErasedLogCounts {
  /** CPD entries. */
  records: number;
  /** Versions of scenario reflections and records. */
  reflections: number;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What was deleted, in a sentence or two for the learner.
 *
 * @example
 * describeErasure({ log: true, sessions: ['closing-too-soon'], setAside: 0, other: 0, failed: [] }, { records: 1, reflections: 3 });
 * // 'Deleted from this browser: your reflective log (1 CPD entry and 3 scenario reflections) and your saved progress in 1 scenario, with everything typed there. Nothing from Common Ground is left in this browser’s storage.'
 */
export function describeErasure(erased: ErasedData, counts: ErasedLogCounts): string {
  const parts: string[] = [];
  if (erased.log) {
    const held = [counts.records > 0 ? count(counts.records, 'CPD entry', 'CPD entries') : '', counts.reflections > 0 ? count(counts.reflections, 'scenario reflection', 'scenario reflections') : ''].filter(Boolean);
    parts.push(`your reflective log${held.length > 0 ? ` (${list(held)})` : ''}`);
  }
  if (erased.sessions.length > 0) parts.push(`your saved progress in ${count(erased.sessions.length, 'scenario', 'scenarios')}, with everything typed there`);
  if (erased.setAside > 0) parts.push(count(erased.setAside, 'copy of data that could not be read', 'copies of data that could not be read'));
  if (erased.other > 0) parts.push(count(erased.other, 'other saved item', 'other saved items'));
  const done = parts.length === 0 ? 'There was nothing from Common Ground in this browser’s storage.' : `Deleted from this browser: ${list(parts)}.`;
  if (erased.failed.length > 0) {
    return `${done} This browser would not delete ${count(erased.failed.length, 'item', 'items')}, so ${erased.failed.length === 1 ? 'it is' : 'they are'} still stored: try again, or clear this site’s data in the browser’s settings.`;
  }
  return parts.length === 0 ? done : `${done} Nothing from Common Ground is left in this browser’s storage.`;
}
