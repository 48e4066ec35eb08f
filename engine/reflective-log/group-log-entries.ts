import { formatLondonFullDate, isLondonDateTime, londonDateOf, parseLondonDateTime } from '../calendar/london-time.js';
import type { ReflectiveLog, ReflectiveLogEntry } from './reflective-log.js';

/** The entries of one scenario written on one London calendar day. */
export interface LogDayGroup {
  /** `YYYY-MM-DD`, the London date of the entries' last change. */
  date: string;
  /** e.g. "Friday 18 December 2026". */
  dateLabel: string;
  entries: ReflectiveLogEntry[];
}

/** The entries of one scenario. */
export interface LogScenarioGroup {
  scenarioId: string;
  /** The title as last saved. */
  scenarioTitle: string;
  /** Days, most recent first. */
  days: LogDayGroup[];
}

/** "Friday 18 December 2026". */
function formatDayLabel(iso: string): string {
  return formatLondonFullDate(parseLondonDateTime(iso));
}

/**
 * Groups the log by scenario (most recently written first) and, within a
 * scenario, by London day (most recent first); entries inside a day keep
 * the log's order. Entries with an unreadable time go under "Undated".
 *
 * @example
 * groupLogEntries(log)[0]?.days[0]?.dateLabel; // 'Friday 18 December 2026'
 */
export function groupLogEntries(log: ReflectiveLog): LogScenarioGroup[] {
  const scenarios = new Map<string, { group: LogScenarioGroup; latest: string; days: Map<string, LogDayGroup> }>();
  for (const entry of log.entries) {
    const valid = isLondonDateTime(entry.updatedAt);
    const date = valid ? londonDateOf(entry.updatedAt) : '';
    let scenario = scenarios.get(entry.scenarioId);
    if (!scenario) {
      scenario = { group: { scenarioId: entry.scenarioId, scenarioTitle: entry.scenarioTitle, days: [] }, latest: '', days: new Map() };
      scenarios.set(entry.scenarioId, scenario);
    }
    if (valid && entry.updatedAt > scenario.latest) {
      scenario.latest = entry.updatedAt;
      scenario.group.scenarioTitle = entry.scenarioTitle;
    }
    let day = scenario.days.get(date);
    if (!day) {
      day = { date, dateLabel: valid ? formatDayLabel(entry.updatedAt) : 'Undated', entries: [] };
      scenario.days.set(date, day);
    }
    day.entries.push(entry);
  }
  return [...scenarios.values()]
    .sort((a, b) => (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0))
    .map(({ group, days }) => ({
      ...group,
      days: [...days.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
    }));
}
