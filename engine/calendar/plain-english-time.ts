/**
 * London times in the words of a sentence, the way GOV.UK writes them
 * ("Tuesday 22 December 2026, 4.30pm", "midday", "by the end of Wednesday
 * 6 January 2027"), for answers people read rather than tables they scan.
 * The compact table form stays `formatLondon` ("Tue 22 Dec 2026, 16:30").
 */
import { formatLondonFullDate, londonWallClock, type LondonTime } from './london-time.js';

/**
 * A clock time in words: 12-hour with `am`/`pm`, minutes after a full stop
 * and left out on the hour; `midday` and `midnight` for 12:00 and 00:00.
 *
 * @example
 * formatClockTime(16, 30); // '4.30pm'
 * formatClockTime(9, 0);   // '9am'
 * formatClockTime(12, 0);  // 'midday'
 */
export function formatClockTime(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minute === 0 ? `${twelve}${suffix}` : `${twelve}.${String(minute).padStart(2, '0')}${suffix}`;
}

/**
 * True when a moment is the last minute of its London day (23:59 or later),
 * the time a "by the end of the day" deadline is written for.
 *
 * @example
 * isEndOfLondonDay(parseLondonDateTime('2027-01-06T23:59:59')); // true
 */
export function isEndOfLondonDay(time: LondonTime): boolean {
  const wall = londonWallClock(time);
  return wall.hour === 23 && wall.minute === 59;
}

/**
 * A London moment in words: the full date, then the clock time.
 *
 * @example
 * formatLondonInWords(parseLondonDateTime('2026-12-22T16:30')); // 'Tuesday 22 December 2026, 4.30pm'
 */
export function formatLondonInWords(time: LondonTime): string {
  const wall = londonWallClock(time);
  return `${formatLondonFullDate(time)}, ${formatClockTime(wall.hour, wall.minute)}`;
}

/**
 * When something is due, as the end of a sentence: "by the end of" a day
 * for a deadline at the end of the day, else "by" the moment.
 *
 * @example
 * formatDueBy(parseLondonDateTime('2026-12-22T16:30'));    // 'by Tuesday 22 December 2026, 4.30pm'
 * formatDueBy(parseLondonDateTime('2027-01-06T23:59:59')); // 'by the end of Wednesday 6 January 2027'
 */
export function formatDueBy(time: LondonTime): string {
  return isEndOfLondonDay(time) ? `by the end of ${formatLondonFullDate(time)}` : `by ${formatLondonInWords(time)}`;
}
