/**
 * Applies a parsed duration to the simulated clock in Europe/London time,
 * using the shared working-day calendar (weekends and England & Wales bank
 * holidays skipped).
 */
import { addElapsedHours, londonWallClock, parseLondonDateTime, toIsoDate, toIsoWithOffset } from '../calendar/london-time.js';
import { addWorkingDays } from '../calendar/add-working-days.js';
import { nextWorkingDay } from '../calendar/next-working-day.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { fromDayNumber, toDayNumber } from '../calendar/iso-date.js';
import type { Duration } from './duration.js';

export type { WorkingDayCalendar };

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The London instant at a wall-clock time on a day. A time the spring clock
 * change skips (01:00–02:00) moves on to the same minute past 02:00, the
 * next moment a clock shows.
 */
function atLondonTime(day: string, hour: number, minute: number, second: number) {
  try {
    return parseLondonDateTime(`${day}T${pad(hour)}:${pad(minute)}:${pad(second)}`);
  } catch {
    return parseLondonDateTime(`${day}T${pad(hour + 1)}:${pad(minute)}:${pad(second)}`);
  }
}

/**
 * Moves an instant on by a duration in Europe/London time, in this order:
 * weeks and calendar days (same local time, so they cross clock changes as a
 * person expects), then working days (same local time on the Nth working
 * day), then hours and minutes (elapsed time). `next working day at HH:mm`
 * lands at that London time on the next working day after the instant's day.
 *
 * @param instantIso London wall-clock time (`2026-12-18T10:00`) or an ISO instant with offset.
 * @param calendar the working-day calendar; England and Wales when absent.
 * @returns ISO 8601 with the London offset, e.g. `2026-12-23T10:00:00.000+00:00`.
 * @throws {CalendarError} when `instantIso` is not a date and time.
 * @example
 * applyDuration('2026-12-18T10:00', { text: '3 working days', weeks: 0, days: 0, workingDays: 3, hours: 0, minutes: 0 });
 * // '2026-12-23T10:00:00.000+00:00' (Friday to Wednesday, over the weekend)
 */
export function applyDuration(instantIso: string, duration: Duration, calendar?: WorkingDayCalendar): string {
  const options = calendar ? { calendar } : {};
  let moment = parseLondonDateTime(instantIso);
  if (duration.nextWorkingDayAt !== undefined) {
    const [hour = 0, minute = 0] = duration.nextWorkingDayAt.split(':').map(Number);
    return toIsoWithOffset(atLondonTime(nextWorkingDay(toIsoDate(moment), options), hour, minute, 0));
  }
  const calendarDays = duration.weeks * 7 + duration.days;
  if (calendarDays > 0) {
    const { hour, minute, second } = londonWallClock(moment);
    moment = atLondonTime(fromDayNumber(toDayNumber(toIsoDate(moment)) + calendarDays), hour, minute, second);
  }
  if (duration.workingDays > 0) {
    const { hour, minute, second } = londonWallClock(moment);
    moment = atLondonTime(addWorkingDays(toIsoDate(moment), duration.workingDays, options), hour, minute, second);
  }
  if (duration.hours > 0) moment = addElapsedHours(moment, duration.hours);
  // Minutes are elapsed time too; adding them separately avoids fractions of an hour.
  if (duration.minutes > 0) moment += duration.minutes * 60_000;
  return toIsoWithOffset(moment);
}
