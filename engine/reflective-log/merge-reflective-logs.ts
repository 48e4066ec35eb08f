/**
 * Adding an imported log to the one in the browser without overwriting
 * anything: what is already here stays as it is, what is new is added, and
 * a CPD entry that differs from the one here with the same id is kept as a
 * second entry beside it.
 */
import type { CpdRecord } from './cpd-record.js';
import type { ReflectiveLog, ReflectiveLogEntry } from './reflective-log.js';

/** What an import changed, for the message the learner is shown. */
export interface MergeSummary {
  /** Scenario reflections and records added. */
  reflectionsAdded: number;
  /** Scenario reflections and records that were already here. */
  reflectionsAlreadyHere: number;
  /** CPD entries added. */
  recordsAdded: number;
  /** CPD entries that were already here, unchanged. */
  recordsAlreadyHere: number;
  /** CPD entries that differ from the one here with the same id, added beside it (counted in `recordsAdded` too). */
  recordsKeptBoth: number;
}

/** The mark imported versions carry, so typing in a scenario never replaces them (see `recordReflection`). */
export const IMPORTED_PLAY_MARK = 'imported';

/** A value as JSON with sorted keys, so two equal entries compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

/** What a CPD entry says, whatever id it has: an entry kept beside another under a new id still matches its copy in the file. */
function recordContent(record: CpdRecord): string {
  const { id: _id, ...content } = record;
  return canonical(content);
}

/** What makes two versions of a reflection the same: where, what and when. */
function reflectionKey(entry: ReflectiveLogEntry): string {
  return JSON.stringify([entry.scenarioId, entry.promptId, entry.text, entry.updatedAt]);
}

/**
 * The browser's log with `incoming` added. Neither input is changed.
 *
 * @example
 * const { log, summary } = mergeReflectiveLogs(current, imported, { newId: () => crypto.randomUUID() });
 * summary.recordsAdded; // 2
 */
export function mergeReflectiveLogs(current: ReflectiveLog, incoming: ReflectiveLog, options: { newId: () => string }): { log: ReflectiveLog; summary: MergeSummary } {
  const summary: MergeSummary = { reflectionsAdded: 0, reflectionsAlreadyHere: 0, recordsAdded: 0, recordsAlreadyHere: 0, recordsKeptBoth: 0 };
  const seen = new Set(current.entries.map(reflectionKey));
  const entries = [...current.entries];
  for (const entry of incoming.entries) {
    const key = reflectionKey(entry);
    if (seen.has(key)) {
      summary.reflectionsAlreadyHere += 1;
      continue;
    }
    seen.add(key);
    entries.push({ ...entry, playMark: IMPORTED_PLAY_MARK });
    summary.reflectionsAdded += 1;
  }
  const records: CpdRecord[] = [...current.records];
  const ids = new Set(records.map((record) => record.id));
  const contents = new Set(records.map(recordContent));
  for (const record of incoming.records) {
    const content = recordContent(record);
    if (contents.has(content)) {
      summary.recordsAlreadyHere += 1;
      continue;
    }
    const clash = ids.has(record.id);
    const added = clash ? { ...structuredClone(record), id: options.newId() } : structuredClone(record);
    records.push(added);
    ids.add(added.id);
    contents.add(content);
    summary.recordsAdded += 1;
    if (clash) summary.recordsKeptBoth += 1;
  }
  return { log: { ...current, entries, records }, summary };
}

/**
 * The import's outcome in a sentence.
 *
 * @example
 * describeMerge({ reflectionsAdded: 3, reflectionsAlreadyHere: 0, recordsAdded: 1, recordsAlreadyHere: 0, recordsKeptBoth: 0 });
 * // 'Imported 1 CPD entry and 3 scenario reflections.'
 */
export function describeMerge(summary: MergeSummary): string {
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
  const added = [
    summary.recordsAdded > 0 ? count(summary.recordsAdded, 'CPD entry', 'CPD entries') : '',
    summary.reflectionsAdded > 0 ? count(summary.reflectionsAdded, 'scenario reflection', 'scenario reflections') : '',
  ].filter(Boolean);
  const already = summary.recordsAlreadyHere + summary.reflectionsAlreadyHere;
  const sentences = [added.length === 0 ? 'Nothing new was imported: everything in the file is already in this log.' : `Imported ${added.join(' and ')}.`];
  if (added.length > 0 && already > 0) sentences.push(`${count(already, 'item was', 'items were')} already here and left as ${already === 1 ? 'it was' : 'they were'}.`);
  if (summary.recordsKeptBoth > 0) {
    const one = summary.recordsKeptBoth === 1;
    sentences.push(`${count(summary.recordsKeptBoth, 'CPD entry in the file is a different version of one', 'CPD entries in the file are different versions of ones')} already here, so both versions of ${one ? 'it' : 'each'} are kept: nothing was overwritten.`);
  }
  return sentences.join(' ');
}
