import type { CalendarOption } from './calendar-option.js';
import { englandAndWalesCalendar } from './england-and-wales-calendar.js';
import type { IsoDate } from './iso-date.js';

/**
 * The first working day strictly after `day`.
 *
 * @throws {CalendarError} when `day` is not a real `YYYY-MM-DD` day.
 * @example
 * nextWorkingDay('2026-12-24'); // '2026-12-29'
 */
export function nextWorkingDay(day: IsoDate, options: CalendarOption = {}): IsoDate {
  return (options.calendar ?? englandAndWalesCalendar).nextWorkingDay(day);
}
