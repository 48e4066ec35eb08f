/**
 * Writes the table's ISO times the way people read deadlines in England:
 * "Tue 5 Jan 2027, 23:59", in London time (the calendar's `formatLondon`).
 */
import { formatLondon, parseLondonDateTime, type LondonTime } from '../calendar/index.js';

function readable(text: string): LondonTime | undefined {
  try {
    return parseLondonDateTime(text);
  } catch {
    return undefined;
  }
}

/**
 * Formats an ISO 8601 time (any offset) as London local time with weekday,
 * to the minute. Text that is not ISO 8601 is returned as it is.
 *
 * @example
 * formatDueTime('2027-01-05T23:59:59.000+00:00'); // 'Tue 5 Jan 2027, 23:59'
 * formatDueTime('2026-03-31T08:00:00Z');          // 'Tue 31 Mar 2026, 09:00'
 */
export function formatDueTime(iso: string): string {
  const time = readable(iso);
  return time === undefined ? iso : formatLondon(time);
}

/**
 * Formats an ISO date (`YYYY-MM-DD`) with its weekday.
 *
 * @example
 * formatDay('2026-12-25'); // 'Fri 25 Dec 2026'
 */
export function formatDay(isoDate: string): string {
  const day = readable(isoDate);
  return day === undefined ? isoDate : formatLondon(day).replace(/, \d\d:\d\d$/, '');
}
