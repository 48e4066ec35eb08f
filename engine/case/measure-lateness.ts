/**
 * How late a step was, in the unit its rule is written in: working days for
 * a day-based deadline, elapsed hours and minutes for an hour-based one. The
 * stage checks and the panel cap both say lateness this way.
 */
import { countOf } from '../kernel/count-of.js';
import { countWorkingDaysBetween } from '../calendar/count-working-days-between.js';
import { toIsoDate, type LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { Lateness } from './case-audit.js';

/** Elapsed minutes in words: `4 hours`, `1 hour 30 minutes`, `45 minutes`. */
function minutesInWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return countOf(rest, 'minute');
  return rest === 0 ? countOf(hours, 'hour') : `${countOf(hours, 'hour')} ${countOf(rest, 'minute')}`;
}

/**
 * How late `happened` is after `due`, at least a minute.
 *
 * @example
 * measureLateness(parseLondonDateTime('2027-03-19T10:00'), parseLondonDateTime('2027-03-19T14:00'), 'hours', calendar).text; // '4 hours'
 * measureLateness(parseLondonDateTime('2027-04-05T23:59:59.000+01:00'), parseLondonDateTime('2027-04-09T10:00'), 'working-days', calendar).text; // '4 working days'
 */
export function measureLateness(due: LondonTime, happened: LondonTime, unit: Lateness['unit'], calendar: WorkingDayCalendar): Lateness {
  const minutes = Math.max(1, Math.ceil((happened - due) / 60_000));
  const workingDays = countWorkingDaysBetween(toIsoDate(due), toIsoDate(happened), { calendar });
  // A day-based deadline missed without a further working day passing (late
  // the same evening, or on a weekend) is still late: say by how long.
  const text = unit === 'working-days' && workingDays > 0 ? countOf(workingDays, 'working day') : minutesInWords(minutes);
  return { unit, workingDays, minutes, text };
}
