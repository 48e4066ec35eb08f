import type { CalendarOption } from './calendar-option.js';
import { englandAndWalesCalendar } from './england-and-wales-calendar.js';
import type { IsoDate } from './iso-date.js';

/**
 * The last working day strictly before `day`.
 *
 * @throws {CalendarError} when `day` is not a real `YYYY-MM-DD` day.
 * @example
 * previousWorkingDay('2027-01-04'); // '2026-12-31'
 */
export function previousWorkingDay(day: IsoDate, options: CalendarOption = {}): IsoDate {
  return (options.calendar ?? englandAndWalesCalendar).previousWorkingDay(day);
}
