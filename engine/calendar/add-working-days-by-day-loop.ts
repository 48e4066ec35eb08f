import type { CalendarOption } from './calendar-option.js';
import { CalendarError } from './calendar-error.js';
import { englandAndWalesCalendar } from './england-and-wales-calendar.js';
import { fromDayNumber, toDayNumber, type IsoDate } from './iso-date.js';

/**
 * {@link addWorkingDays} done the slow, obvious way: step one calendar day at
 * a time and ask the calendar whether each is a working day. Kept as the
 * benchmark baseline and as the test oracle the fast path is checked
 * against; use `addWorkingDays` in real code. O(n).
 *
 * @throws {CalendarError} when `day` is not a real day or `n` is not a whole number.
 * @example
 * addWorkingDaysByDayLoop('2026-12-22', 10); // '2027-01-08', same as addWorkingDays
 */
export function addWorkingDaysByDayLoop(day: IsoDate, n: number, options: CalendarOption = {}): IsoDate {
  const calendar = options.calendar ?? englandAndWalesCalendar;
  if (!Number.isSafeInteger(n)) {
    throw new CalendarError(`${String(n)} is not a whole number of working days.`, 'Pass a whole number such as 10 or -3.');
  }
  const step = n < 0 ? -1 : 1;
  let current = toDayNumber(day);
  for (let remaining = Math.abs(n); remaining > 0; ) {
    current += step;
    if (calendar.isWorkingDay(fromDayNumber(current))) remaining -= 1;
  }
  return fromDayNumber(current);
}
