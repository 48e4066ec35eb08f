/**
 * The weekends, bank holidays and closures a deadline table skipped, as the
 * short lines both front-ends show under the table (the terminal's
 * `deadlines` command and the site's calculator), so they say the same.
 */
import type { DeadlineTable, SkippedDay } from './deadline-table.js';
import { addCalendarDays, isWeekendDate } from '../calendar/iso-date.js';
import { formatLondonDate } from '../calendar/london-time.js';

/** A run of skipped days. */
export interface SkippedDayLine {
  /** e.g. "Sat 19 – Sun 20 Dec 2026" or "Fri 25 Dec 2026". */
  when: string;
  /** e.g. "weekend", "weekend (Boxing Day)" or "bank holiday: Christmas Day". */
  what: string;
}

function dayParts(date: string): { weekday: string; day: string; month: string; year: string } {
  const [weekday = '', day = '', month = '', year = ''] = formatLondonDate(date).split(' ');
  return { weekday, day, month, year };
}

/** "Sat 19 – Sun 20 Dec 2026", shortened where month or year repeat. */
function formatDayRange(first: string, last: string): string {
  if (first === last) return formatLondonDate(first);
  const a = dayParts(first);
  const b = dayParts(last);
  const start = a.year !== b.year ? formatLondonDate(first) : a.month !== b.month ? `${a.weekday} ${a.day} ${a.month}` : `${a.weekday} ${a.day}`;
  return `${start} – ${formatLondonDate(last)}`;
}

/**
 * Every skipped day across the stages, once each, in date order. Runs of
 * weekend days are merged, with the name of any holiday that falls on them
 * (Boxing Day on a Saturday is still a weekend; its substitute day is listed
 * on its own).
 *
 * @example
 * skippedDayLines(computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30' }));
 * // [{ when: 'Sat 19 – Sun 20 Dec 2026', what: 'weekend' }, { when: 'Fri 25 Dec 2026', what: 'bank holiday: Christmas Day' }, …]
 */
export function skippedDayLines(table: DeadlineTable): SkippedDayLine[] {
  const byDate = new Map<string, SkippedDay>();
  for (const stage of table.stages) for (const day of stage.skipped) byDate.set(day.date, day);
  const days = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  const lines: SkippedDayLine[] = [];
  for (let index = 0; index < days.length; index += 1) {
    const day = days[index]!;
    if (isWeekendDate(day.date)) {
      let last = day;
      const names = day.name ? [day.name] : [];
      while (days[index + 1] !== undefined && isWeekendDate(days[index + 1]!.date) && days[index + 1]!.date === addCalendarDays(last.date, 1)) {
        index += 1;
        last = days[index]!;
        if (last.name) names.push(last.name);
      }
      lines.push({ when: formatDayRange(day.date, last.date), what: names.length > 0 ? `weekend (${names.join(', ')})` : 'weekend' });
    } else {
      const kind = day.reason === 'bank-holiday' ? 'bank holiday' : day.reason === 'closure' ? 'closure' : 'weekend';
      lines.push({ when: formatLondonDate(day.date), what: day.name ? `${kind}: ${day.name}` : kind });
    }
  }
  return lines;
}
