import type { CalendarOption } from './calendar-option.js';
import { englandAndWalesCalendar } from './england-and-wales-calendar.js';
import type { IsoDate } from './iso-date.js';

/**
 * The day `n` working days after `day`, or before it when `n` is negative.
 * `n = 0` returns `day` unchanged; any other `n` lands on a working day.
 *
 * @throws {CalendarError} when `day` is not a real day or `n` is not a whole number.
 * @example
 * // Stage 3 of the guidance allows at most 10 working days.
 * addWorkingDays('2026-12-22', 10); // '2027-01-08' (skips Christmas and New Year)
 * addWorkingDays('2026-12-29', -1); // '2026-12-24'
 */
export function addWorkingDays(day: IsoDate, n: number, options: CalendarOption = {}): IsoDate {
  return (options.calendar ?? englandAndWalesCalendar).addWorkingDays(day, n);
}
