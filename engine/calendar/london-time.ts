import { DateTime } from 'luxon';
import { CalendarError } from './calendar-error.js';
import { toDayNumber, type IsoDate } from './iso-date.js';

/** The time zone every deadline in this project is read in. */
export const LONDON = 'Europe/London';

// Date, optional time (T or space) with optional seconds and fraction, and an
// offset only when there is a time.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const FORMAT_HINT = "Write a London date and time like '2026-12-22T10:00' or '2026-12-22 10:00', or a date alone.";

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function checkDateTime(dt: DateTime): DateTime {
  if (!(dt instanceof DateTime) || !dt.isValid) {
    throw new CalendarError('That is not a valid date and time.', 'Pass a valid Luxon DateTime, e.g. from parseLondonDateTime.');
  }
  return dt;
}

/**
 * Reads a date and time as London wall-clock time.
 *
 * Accepts `2026-12-22T10:00`, `2026-12-22T10:00:00`, `2026-12-22 10:00` and a
 * bare `2026-12-22` (midnight at the start of that day). With no offset the
 * time is what a London clock shows; with `Z` or an offset such as `+01:00`
 * it is that exact instant. The result is always in the London zone.
 *
 * Clock changes: a time inside the spring-forward gap (01:00–02:00 on the
 * last Sunday of March) does not exist and is refused. A time in the repeated
 * autumn hour (01:00–02:00 on the last Sunday of October) happens twice; it
 * is read as the first occurrence, still on British Summer Time (+01:00).
 * Add an explicit offset (`+00:00`) to mean the second.
 *
 * @throws {CalendarError} for text in another form, an impossible date or
 * time, or a London time that the clocks skip.
 * @example
 * parseLondonDateTime('2026-12-22 10:00').toISO(); // '2026-12-22T10:00:00.000+00:00'
 * parseLondonDateTime('2026-10-25T01:30').offset;  // 60 (the first, BST, 01:30)
 */
export function parseLondonDateTime(text: string): DateTime {
  const match = typeof text === 'string' ? DATE_TIME.exec(text.trim()) : null;
  if (match === null) {
    throw new CalendarError(`'${String(text)}' is not a date and time this program can read.`, FORMAT_HINT);
  }
  const [, date = '', hh = '00', mm = '00', ss = '00', fraction = '0', offset] = match;
  toDayNumber(date); // throws a CalendarError naming an impossible date
  const hour = Number(hh);
  const minute = Number(mm);
  const second = Number(ss);
  if (hour > 23 || minute > 59 || second > 59) {
    throw new CalendarError(`'${text}' has an impossible time of day.`, 'Use a 24-hour time from 00:00 to 23:59.');
  }
  const millisecond = Number(fraction.padEnd(3, '0'));
  const iso = `${date}T${hh}:${mm}:${ss}.${String(millisecond).padStart(3, '0')}`;

  if (offset !== undefined) {
    const instant = DateTime.fromISO(iso + offset, { zone: LONDON });
    if (!instant.isValid) throw new CalendarError(`'${text}' has an offset this program cannot read.`, "Write an offset as 'Z' or like '+01:00'.");
    return instant;
  }

  const local = DateTime.fromISO(iso, { zone: LONDON });
  if (local.hour !== hour || local.minute !== minute || local.toISODate() !== date) {
    // Luxon moves a time in the gap forward; we refuse instead of guessing.
    throw new CalendarError(
      `${date} ${hh}:${mm} never happens in London: the clocks go forward an hour at 01:00 that night, straight to 02:00.`,
      `Use a time before 01:00 or from 02:00 onwards (for example ${date} 02:${mm}).`,
    );
  }
  // In the repeated autumn hour Luxon picks the later (GMT) instant; the
  // earliest candidate is the first occurrence, on summer time.
  const [first = local] = local.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  return first;
}

/**
 * The London calendar day an instant falls on.
 *
 * @example
 * toIsoDate(parseLondonDateTime('2026-06-30T23:30Z')); // '2026-07-01' (00:30 BST)
 */
export function toIsoDate(dt: DateTime): IsoDate {
  return checkDateTime(dt).setZone(LONDON).toFormat('yyyy-MM-dd');
}

/**
 * The instant a London clock shows `time` on `day`: by default one second
 * before midnight, the usual "by the end of the day" deadline.
 *
 * @throws {CalendarError} for an impossible day or time, or a time the clocks skip.
 * @example
 * formatLondon(endOfDayInLondon('2027-01-08')); // 'Fri 8 Jan 2027, 23:59'
 * endOfDayInLondon('2027-01-08', '17:00').toISO(); // '2027-01-08T17:00:00.000+00:00'
 */
export function endOfDayInLondon(day: IsoDate, time = '23:59:59'): DateTime {
  toDayNumber(day);
  if (!/^\d{2}:\d{2}(?::\d{2})?$/.test(time)) {
    throw new CalendarError(`'${time}' is not a time of day.`, "Write a 24-hour time like '17:00' or '23:59:59'.");
  }
  return parseLondonDateTime(`${day}T${time}`);
}

/**
 * The instant `hours` real hours after `dt` (before it when negative), shown
 * in London. Elapsed time, not wall-clock time: across the October change, 24
 * hours after Saturday 10:00 is Sunday 09:00 on the clock.
 *
 * @throws {CalendarError} when `hours` is not a finite number.
 * @example
 * formatLondon(addElapsedHours(parseLondonDateTime('2026-10-24T10:00'), 24)); // 'Sun 25 Oct 2026, 09:00'
 */
export function addElapsedHours(dt: DateTime, hours: number): DateTime {
  if (!Number.isFinite(hours)) {
    throw new CalendarError(`${String(hours)} is not a number of hours.`, 'Pass a finite number such as 24 or 96.');
  }
  // Luxon adds hours as exact durations (unlike days), which is what we want.
  return checkDateTime(dt).plus({ hours }).setZone(LONDON);
}

/**
 * A London date and time for people: weekday, day, month, year and 24-hour
 * time, in British order. Names are fixed English abbreviations rather than
 * the host's locale data, so output is the same in every browser and Node.
 *
 * @example
 * formatLondon(parseLondonDateTime('2026-12-18T10:00')); // 'Fri 18 Dec 2026, 10:00'
 */
export function formatLondon(dt: DateTime): string {
  const local = checkDateTime(dt).setZone(LONDON);
  const weekday = WEEKDAYS[local.weekday - 1] ?? '';
  const month = MONTHS[local.month - 1] ?? '';
  return `${weekday} ${local.day} ${month} ${local.year}, ${local.toFormat('HH:mm')}`;
}

/**
 * An ISO 8601 timestamp in London time with its offset written out
 * (`+00:00` in winter, `+01:00` in summer; never `Z`), for files and logs.
 *
 * @example
 * toIsoWithOffset(parseLondonDateTime('2026-12-22T10:00')); // '2026-12-22T10:00:00.000+00:00'
 */
export function toIsoWithOffset(dt: DateTime): string {
  return checkDateTime(dt).setZone(LONDON).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZ");
}
