import type { ReflectiveLog, ReflectiveLogEntry } from './reflective-log.js';

/**
 * The log with `entry` saved: it replaces the entry for the same scenario
 * and prompt (keeping its place), or is added at the end. Text that is only
 * whitespace removes the entry, so clearing a box clears the log too. The
 * input log is not changed.
 *
 * @example
 * upsertLogEntry(emptyReflectiveLog(), { scenarioId: 'closing-too-soon', promptId: 'plan-call', … }).entries.length; // 1
 */
export function upsertLogEntry(log: ReflectiveLog, entry: ReflectiveLogEntry): ReflectiveLog {
  const same = (other: ReflectiveLogEntry) => other.scenarioId === entry.scenarioId && other.promptId === entry.promptId;
  const blank = entry.text.trim() === '';
  const index = log.entries.findIndex(same);
  let entries: ReflectiveLogEntry[];
  if (index === -1) entries = blank ? [...log.entries] : [...log.entries, { ...entry }];
  else if (blank) entries = log.entries.filter((other) => !same(other));
  else entries = log.entries.map((other, at) => (at === index ? { ...entry } : other));
  return { ...log, entries };
}

/**
 * The log without any entries of one scenario (for "clear this scenario").
 *
 * @example
 * removeScenarioEntries(log, 'closing-too-soon');
 */
export function removeScenarioEntries(log: ReflectiveLog, scenarioId: string): ReflectiveLog {
  return { ...log, entries: log.entries.filter((entry) => entry.scenarioId !== scenarioId) };
}
