import type { CalendarOption } from './calendar-option.js';
import { englandAndWalesCalendar } from './england-and-wales-calendar.js';
import type { IsoDate } from './iso-date.js';

/**
 * True when `day` is a working day: Monday to Friday and not a bank holiday
 * (or closure, when the calendar has them).
 *
 * @throws {CalendarError} when `day` is not a real `YYYY-MM-DD` day.
 * @example
 * isWorkingDay('2026-12-24'); // true
 * isWorkingDay('2026-12-28'); // false: Boxing Day falls on a Saturday, so Monday is the substitute
 */
export function isWorkingDay(day: IsoDate, options: CalendarOption = {}): boolean {
  return (options.calendar ?? englandAndWalesCalendar).isWorkingDay(day);
}
