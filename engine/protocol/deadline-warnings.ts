/**
 * Warnings for deadlines counted in elapsed hours (stage 1's 24 to 96 hours,
 * the panel's 48 hours): unlike working-day deadlines they can fall on a
 * weekend, a bank holiday or in the night, when nobody is at work to meet
 * them. The moment itself never moves; the warning says so, and the plan it
 * suggests is marked as our advice, because the source gives none.
 */
import { endOfDayInLondon, formatLondon, londonWallClock, toIsoDate, type LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { OfficeHours } from './protocol.schema.js';

/** Why a moment is a poor time to have to meet a deadline by. */
function whyAwkward(
  time: LondonTime,
  calendar: WorkingDayCalendar,
  officeHours: OfficeHours | undefined,
): string | undefined {
  const day = toIsoDate(time);
  const wall = londonWallClock(time);
  if (wall.weekday >= 6) return 'a weekend';
  if (!calendar.isWorkingDay(day)) {
    const name = calendar.holidayName(day);
    const closure = calendar.closures.some((holiday) => holiday.date === day);
    return `${closure ? 'a closure day' : 'a bank holiday'}${name ? ` (${name})` : ''}`;
  }
  if (officeHours === undefined) return undefined;
  const clock = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  if (clock < officeHours.start || clock > officeHours.end) {
    return `outside office hours (${officeHours.start} to ${officeHours.end}, our assumption)`;
  }
  return undefined;
}

/**
 * The last close of business at or before `time`: the same day's close when
 * `time` is after it on a working day, else the close of the working day
 * before (or the end of that day when no office hours are set).
 */
function lastCloseBefore(time: LondonTime, calendar: WorkingDayCalendar, officeHours: OfficeHours | undefined): LondonTime {
  const day = toIsoDate(time);
  if (officeHours !== undefined && calendar.isWorkingDay(day)) {
    const close = endOfDayInLondon(day, officeHours.end);
    if (close <= time) return close;
  }
  const before = calendar.previousWorkingDay(day);
  return endOfDayInLondon(before, officeHours?.end ?? '23:59:59');
}

/** A warning in full, and in one short line for a status bar. */
export interface HourDeadlineWarning {
  /** The whole sentence, naming the deadline, with our advice and that the deadline does not move. */
  text: string;
  /** About 80 characters: the reason and the advice, e.g. "Falls on a weekend: plan to settle it by Fri 18 Dec 2026, 17:00 (our advice)". */
  short: string;
}

/**
 * The warning for one hour-based deadline, or `undefined` when it falls in
 * working hours on a working day. `since` is the moment it counts from, so
 * the advice never points at a time before it.
 *
 * @example
 * // Raised Fri 18 Dec 2026, 16:30: stage 1's 24-hour aim falls on the Saturday.
 * hourDeadlineWarning('Aim to resolve', parseLondonDateTime('2026-12-19T16:30'), parseLondonDateTime('2026-12-18T16:30'), calendar, { start: '09:00', end: '17:00' });
 * // { text: 'Aim to resolve falls on Sat 19 Dec 2026, 16:30, a weekend. Our advice: plan to settle it by
 * //   Fri 18 Dec 2026, 17:00, the close of the working day before. The deadline itself does not move.',
 * //   short: 'Falls on a weekend: plan to settle it by Fri 18 Dec 2026, 17:00 (our advice)' }
 */
export function hourDeadlineWarning(
  label: string,
  due: LondonTime,
  since: LondonTime,
  calendar: WorkingDayCalendar,
  officeHours: OfficeHours | undefined,
): HourDeadlineWarning | undefined {
  const why = whyAwkward(due, calendar, officeHours);
  if (why === undefined) return undefined;
  const plan = lastCloseBefore(due, calendar, officeHours);
  if (plan <= since) {
    // Raised on a Saturday, due on the Sunday: no working hours lie between.
    return {
      text:
        `${label} falls on ${formatLondon(due)}, ${why}, and no working hours come between the event it counts from and it. ` +
        'Our advice: agree straight away who will talk to whom and when. The deadline itself does not move.',
      short: `Falls on ${why}, with no working hours before it: arrange it now (our advice)`,
    };
  }
  const sameDay = toIsoDate(plan) === toIsoDate(due);
  return {
    text:
      `${label} falls on ${formatLondon(due)}, ${why}. Our advice: plan to settle it by ${formatLondon(plan)}, ` +
      `the close of ${sameDay ? 'that working day' : 'the working day before'}. The deadline itself does not move.`,
    short: `Falls ${why.startsWith('outside') ? why.replace(/ \(.*\)$/, '') : `on ${why}`}: plan to settle it by ${formatLondon(plan)} (our advice)`,
  };
}
