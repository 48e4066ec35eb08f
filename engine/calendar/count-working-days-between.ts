import type { CalendarOption } from './calendar-option.js';
import { englandAndWalesCalendar } from './england-and-wales-calendar.js';
import type { IsoDate } from './iso-date.js';

/**
 * How many working days lie after `from` up to and including `to`; negative
 * (the working days from `to` up to but not including `from`) when `to` comes
 * first. It undoes {@link addWorkingDays}: `count(d, add(d, n)) === n`.
 *
 * @throws {CalendarError} when either day is not a real `YYYY-MM-DD` day.
 * @example
 * countWorkingDaysBetween('2026-12-22', '2027-01-08'); // 10
 * countWorkingDaysBetween('2026-12-29', '2026-12-24'); // -1
 */
export function countWorkingDaysBetween(from: IsoDate, to: IsoDate, options: CalendarOption = {}): number {
  return (options.calendar ?? englandAndWalesCalendar).countWorkingDaysBetween(from, to);
}
