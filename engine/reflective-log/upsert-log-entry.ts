import { isLondonDateTime } from '../calendar/london-time.js';
import type { ReflectiveLog, ReflectiveLogEntry } from './reflective-log.js';

/**
 * What versions are ordered by: the time of the last change, or '' (older
 * than any) when it cannot be read. Times are ISO text in UTC, as the
 * shells write them, so they order as text.
 *
 * @example
 * recencyOf(entry); // '2026-12-18T10:00:00.000Z'
 */
export function recencyOf(entry: ReflectiveLogEntry): string {
  return isLondonDateTime(entry.updatedAt) ? entry.updatedAt : '';
}

/**
 * Where the current version of a scenario's answer to one prompt is: the
 * entry for that scenario and prompt changed last (the later in the log
 * when two were changed at the same moment), or -1 when there is none.
 *
 * @example
 * latestVersionIndex(log.entries, 'closing-too-soon', 'plan-call'); // 0
 */
export function latestVersionIndex(entries: readonly ReflectiveLogEntry[], scenarioId: string, promptId: string): number {
  let latest = -1;
  entries.forEach((entry, index) => {
    if (entry.scenarioId !== scenarioId || entry.promptId !== promptId) return;
    if (latest === -1 || recencyOf(entry) >= recencyOf(entries[latest]!)) latest = index;
  });
  return latest;
}

/**
 * The log with `entry` saved as the current version of its scenario's
 * answer to its prompt: it replaces that version (keeping its place), or is
 * added at the end when there is none. Earlier versions are left alone.
 * Text that is only whitespace removes the current version, so clearing a
 * box clears it from the log too. The input log is not changed.
 *
 * @example
 * upsertLogEntry(emptyReflectiveLog(), { scenarioId: 'closing-too-soon', promptId: 'plan-call', … }).entries.length; // 1
 */
export function upsertLogEntry(log: ReflectiveLog, entry: ReflectiveLogEntry): ReflectiveLog {
  const blank = entry.text.trim() === '';
  const index = latestVersionIndex(log.entries, entry.scenarioId, entry.promptId);
  let entries: ReflectiveLogEntry[];
  if (index === -1) entries = blank ? [...log.entries] : [...log.entries, { ...entry }];
  else if (blank) entries = log.entries.filter((_, at) => at !== index);
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
