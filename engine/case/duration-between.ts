/**
 * The `after` duration that carries a scenario's simulated clock from one
 * real event time to the next: whole working days (which keep the local
 * time) plus the elapsed hours and minutes left over, or hours alone for
 * short gaps and hour-based rules.
 */
import { countWorkingDaysBetween } from '../calendar/count-working-days-between.js';
import { englandAndWalesCalendar } from '../calendar/england-and-wales-calendar.js';
import { parseLondonDateTime, toIsoDate, toIsoWithOffset, type LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { applyDuration } from '../scenario/apply-duration.js';

const MINUTE = 60_000;

function hoursAndMinutes(minutes: number): string[] {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [...(hours > 0 ? [`${hours}h`] : []), ...(rest > 0 ? [`${rest}m`] : [])];
}

/** Options for {@link durationBetween}. */
export interface DurationBetweenOptions {
  /** Write the gap in hours even when it spans days (for hour-based rules such as stage 1's 96 hours). */
  hours?: boolean;
  /** Working days; England and Wales when left out. */
  calendar?: WorkingDayCalendar;
}

/**
 * A duration in the scenario format that, applied to `from` with
 * `applyDuration`, lands exactly on `to` (to the minute); `undefined` when
 * `to` is not later than `from`.
 *
 * @example
 * durationBetween(parseLondonDateTime('2026-12-18T10:00'), parseLondonDateTime('2026-12-23T15:30'));
 * // '3 working days 5h 30m' (Friday to Wednesday over the weekend)
 * durationBetween(parseLondonDateTime('2027-03-15T10:00'), parseLondonDateTime('2027-03-19T14:00'), { hours: true });
 * // '100h'
 */
export function durationBetween(from: LondonTime, to: LondonTime, options: DurationBetweenOptions = {}): string | undefined {
  const calendar = options.calendar ?? englandAndWalesCalendar;
  const total = Math.floor((to - from) / MINUTE);
  if (total <= 0) return undefined;
  if (options.hours || total < 24 * 60 || toIsoDate(from) === toIsoDate(to)) return hoursAndMinutes(total).join(' ');
  const start = toIsoWithOffset(from);
  const workingDaysAfter = (n: number) =>
    parseLondonDateTime(applyDuration(start, { text: `${n} working days`, weeks: 0, days: 0, workingDays: n, hours: 0, minutes: 0 }, calendar));
  // The most whole working days that do not overshoot, then elapsed time.
  for (let n = countWorkingDaysBetween(toIsoDate(from), toIsoDate(to), { calendar }); n > 0; n -= 1) {
    const landed = workingDaysAfter(n);
    if (landed <= to) {
      const rest = Math.floor((to - landed) / MINUTE);
      return [`${n} working day${n === 1 ? '' : 's'}`, ...hoursAndMinutes(rest)].join(' ');
    }
  }
  return hoursAndMinutes(total).join(' ');
}
