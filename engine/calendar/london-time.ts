/**
 * London time: the one module that knows about time zones. Everything else
 * in the engine holds a moment as a {@link LondonTime} (milliseconds since
 * 1970-01-01T00:00Z, a plain number, so it compares, sorts and subtracts
 * without a library) and reads or writes it in Europe/London through the
 * functions here. The zone's rules come from `@date-fns/tz`'s `tzOffset`,
 * which asks the runtime's own time-zone data for the offset at a moment: a
 * few hundred bytes in the browser instead of a whole date library.
 */
import { tzOffset } from '@date-fns/tz';
import { CalendarError } from './calendar-error.js';
import { toDayNumber, type IsoDate } from './iso-date.js';

/** The time zone every deadline in this project is read in. */
export const LONDON = 'Europe/London';

/**
 * An exact moment, as milliseconds since 1970-01-01T00:00Z. Which wall-clock
 * time it is in London is worked out by this module's functions.
 */
export type LondonTime = number;

/** What a London clock and calendar show at a moment. */
export interface LondonWallClock {
  year: number;
  /** 1 (January) to 12. */
  month: number;
  /** Day of the month, 1 to 31. */
  day: number;
  /** 1 (Monday) to 7 (Sunday), as ISO 8601 counts them. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes ahead of UTC: 0 on Greenwich Mean Time, 60 on British Summer Time. */
  offset: number;
}

// Date, optional time (T or space) with optional seconds and fraction, and an
// offset only when there is a time.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const FORMAT_HINT = "Write a London date and time like '2026-12-22T10:00' or '2026-12-22 10:00', or a date alone.";

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function checkTime(time: LondonTime): LondonTime {
  if (typeof time !== 'number' || !Number.isFinite(time)) {
    throw new CalendarError('That is not a valid date and time.', 'Pass a moment from parseLondonDateTime (milliseconds since 1970, a finite number).');
  }
  return time;
}

/**
 * From here on London's offset changes only on a whole hour of UTC (every
 * change since British Summer Time began in 1916 came at 01:00, 02:00 or
 * 03:00 GMT; before 1847 the clock ran on local mean time, 75 seconds
 * behind). So one answer serves a whole UTC hour.
 */
const WHOLE_HOUR_CHANGES_FROM = Date.UTC(1900, 0, 1);
/** Offsets already asked for, by UTC hour: `tzOffset` formats the moment with Intl each time, and a deadline table asks hundreds of times. */
const offsetByHour = new Map<number, number>();
/** Enough hours for decades of dates; past it the map starts again, so it never grows without bound. */
const MAX_REMEMBERED_HOURS = 50_000;

/** London's offset from UTC at a moment, in minutes. */
function offsetAt(time: LondonTime): number {
  if (!(time >= WHOLE_HOUR_CHANGES_FROM)) return tzOffset(LONDON, new Date(time));
  const hour = Math.floor(time / HOUR);
  const known = offsetByHour.get(hour);
  if (known !== undefined) return known;
  const offset = tzOffset(LONDON, new Date(hour * HOUR));
  if (offsetByHour.size >= MAX_REMEMBERED_HOURS) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

/** Milliseconds of a wall-clock reading as if it were UTC; years below 100 are not shifted to the 1900s. */
function wallClockAsUtc(year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

/**
 * Every moment at which a London clock shows this wall-clock reading: none in
 * the spring-forward gap, two in the repeated autumn hour, otherwise one.
 * Earliest first.
 */
function momentsShowing(wall: number): LondonTime[] {
  // London's offset a day either side covers both offsets around any change.
  const offsets = new Set([offsetAt(wall - 24 * HOUR), offsetAt(wall), offsetAt(wall + 24 * HOUR)]);
  const moments = [...offsets].map((offset) => wall - offset * MINUTE).filter((moment) => offsetAt(moment) * MINUTE === wall - moment);
  return [...new Set(moments)].sort((a, b) => a - b);
}

/**
 * What a London clock and calendar show at a moment.
 *
 * @throws {CalendarError} when `time` is not a finite number.
 * @example
 * londonWallClock(parseLondonDateTime('2026-06-22T10:00')); // { year: 2026, month: 6, day: 22, weekday: 1, hour: 10, …, offset: 60 }
 */
export function londonWallClock(time: LondonTime): LondonWallClock {
  const offset = offsetAt(checkTime(time));
  const shifted = new Date(time + offset * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: ((shifted.getUTCDay() + 6) % 7) + 1,
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    offset,
  };
}

/**
 * Reads a date and time as London wall-clock time.
 *
 * Accepts `2026-12-22T10:00`, `2026-12-22T10:00:00`, `2026-12-22 10:00` and a
 * bare `2026-12-22` (midnight at the start of that day). With no offset the
 * time is what a London clock shows; with `Z` or an offset such as `+01:00`
 * it is that exact instant.
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
 * toIsoWithOffset(parseLondonDateTime('2026-12-22 10:00')); // '2026-12-22T10:00:00.000+00:00'
 * londonWallClock(parseLondonDateTime('2026-10-25T01:30')).offset; // 60 (the first, BST, 01:30)
 */
export function parseLondonDateTime(text: string): LondonTime {
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
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = wallClockAsUtc(year, month, day, hour, minute, second, millisecond);

  if (offset !== undefined) {
    if (offset === 'Z') return wall;
    const digits = offset.replace(':', '');
    const offsetHours = Number(digits.slice(1, 3));
    const offsetMinutes = Number(digits.slice(3, 5));
    if (offsetHours > 23 || offsetMinutes > 59) {
      throw new CalendarError(`'${text}' has an offset this program cannot read.`, "Write an offset as 'Z' or like '+01:00'.");
    }
    const sign = offset.startsWith('-') ? -1 : 1;
    return wall - sign * (offsetHours * HOUR + offsetMinutes * MINUTE);
  }

  // In the repeated autumn hour the earliest moment is the first occurrence, on summer time.
  const [first] = momentsShowing(wall);
  if (first === undefined) {
    // The clocks skip this reading; we refuse instead of guessing which side was meant.
    throw new CalendarError(
      `${date} ${hh}:${mm} never happens in London: the clocks go forward an hour at 01:00 that night, straight to 02:00.`,
      `Use a time before 01:00 or from 02:00 onwards (for example ${date} 02:${mm}).`,
    );
  }
  return first;
}

/**
 * The moment of a JavaScript `Date`, checked.
 *
 * @throws {CalendarError} for an invalid Date.
 * @example
 * toIsoDate(fromDate(new Date('2026-06-30T23:30Z'))); // '2026-07-01'
 */
export function fromDate(date: Date): LondonTime {
  if (!(date instanceof Date)) {
    throw new CalendarError('That is not a valid date and time.', 'Pass a JavaScript Date.');
  }
  return checkTime(date.getTime());
}

/**
 * The London calendar day a moment falls on.
 *
 * @example
 * toIsoDate(parseLondonDateTime('2026-06-30T23:30Z')); // '2026-07-01' (00:30 BST)
 */
export function toIsoDate(time: LondonTime): IsoDate {
  const { year, month, day } = londonWallClock(time);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The moment a London clock shows `time` on `day`: by default one second
 * before midnight, the usual "by the end of the day" deadline.
 *
 * @throws {CalendarError} for an impossible day or time, or a time the clocks skip.
 * @example
 * formatLondon(endOfDayInLondon('2027-01-08')); // 'Fri 8 Jan 2027, 23:59'
 * toIsoWithOffset(endOfDayInLondon('2027-01-08', '17:00')); // '2027-01-08T17:00:00.000+00:00'
 */
export function endOfDayInLondon(day: IsoDate, time = '23:59:59'): LondonTime {
  toDayNumber(day);
  if (!/^\d{2}:\d{2}(?::\d{2})?$/.test(time)) {
    throw new CalendarError(`'${time}' is not a time of day.`, "Write a 24-hour time like '17:00' or '23:59:59'.");
  }
  return parseLondonDateTime(`${day}T${time}`);
}

/**
 * The moment `hours` real hours after `time` (before it when negative).
 * Elapsed time, not wall-clock time: across the October change, 24 hours
 * after Saturday 10:00 is Sunday 09:00 on the clock.
 *
 * @throws {CalendarError} when `hours` is not a finite number.
 * @example
 * formatLondon(addElapsedHours(parseLondonDateTime('2026-10-24T10:00'), 24)); // 'Sun 25 Oct 2026, 09:00'
 */
export function addElapsedHours(time: LondonTime, hours: number): LondonTime {
  if (!Number.isFinite(hours)) {
    throw new CalendarError(`${String(hours)} is not a number of hours.`, 'Pass a finite number such as 24 or 96.');
  }
  // Rounded to the millisecond, as a fraction of an hour need not be whole milliseconds.
  return checkTime(time) + Math.round(hours * HOUR);
}

/**
 * A London date and time for people: weekday, day, month, year and 24-hour
 * time, in British order. Names are fixed English abbreviations rather than
 * the host's locale data, so output is the same in every browser and Node.
 *
 * @example
 * formatLondon(parseLondonDateTime('2026-12-18T10:00')); // 'Fri 18 Dec 2026, 10:00'
 */
export function formatLondon(time: LondonTime): string {
  const local = londonWallClock(time);
  return `${WEEKDAYS[local.weekday - 1] ?? ''} ${local.day} ${MONTHS[local.month - 1] ?? ''} ${local.year}, ${pad(local.hour)}:${pad(local.minute)}`;
}

/**
 * The London date in words, for documents: day, full month name and year.
 *
 * @example
 * formatLondonLongDate(parseLondonDateTime('2026-01-05T09:00')); // '5 January 2026'
 */
export function formatLondonLongDate(time: LondonTime): string {
  const local = londonWallClock(time);
  return `${local.day} ${MONTH_NAMES[local.month - 1] ?? ''} ${local.year}`;
}

/**
 * The London date in full, for headings: weekday, day, full month name and
 * year, with the same fixed English names as {@link formatLondon}.
 *
 * @example
 * formatLondonFullDate(parseLondonDateTime('2026-12-18T10:00')); // 'Friday 18 December 2026'
 */
export function formatLondonFullDate(time: LondonTime): string {
  const local = londonWallClock(time);
  return `${WEEKDAY_NAMES[local.weekday - 1] ?? ''} ${formatLondonLongDate(time)}`;
}

/** The moment a text stands for, or `undefined` when it is not a date and time this module reads. */
function readable(text: string): LondonTime | undefined {
  try {
    return parseLondonDateTime(text);
  } catch {
    return undefined;
  }
}

/**
 * True when {@link parseLondonDateTime} reads the text: a real London date
 * and time (not one the clocks skip), or a date alone.
 *
 * @example
 * isLondonDateTime('2026-03-29T01:30'); // false: the spring-forward gap
 */
export function isLondonDateTime(text: string): boolean {
  return readable(text) !== undefined;
}

/**
 * {@link formatLondon} of an ISO 8601 text (any offset, or London local
 * time): the one way every front end writes a stored time for people. Text
 * that is not a date and time is returned as it is, so a label never throws.
 *
 * @example
 * formatLondonIso('2027-01-05T23:59:59.000+00:00'); // 'Tue 5 Jan 2027, 23:59'
 * formatLondonIso('2026-03-31T08:00:00Z');          // 'Tue 31 Mar 2026, 09:00'
 */
export function formatLondonIso(text: string): string {
  const time = readable(text);
  return time === undefined ? text : formatLondon(time);
}

/**
 * A calendar date (`YYYY-MM-DD`) with its weekday, as the deadline tables
 * list skipped days. Text that is not a date is returned as it is.
 *
 * @example
 * formatLondonDate('2026-12-25'); // 'Fri 25 Dec 2026'
 */
export function formatLondonDate(isoDate: string): string {
  const time = readable(isoDate);
  return time === undefined ? isoDate : formatLondon(time).replace(/, \d\d:\d\d$/, '');
}

/**
 * The London calendar date of an instant written as ISO text, `YYYY-MM-DD`:
 * an entry written late on a summer evening belongs to that London day, not
 * the UTC one.
 *
 * @example
 * londonDateOf('2026-06-30T23:30:00.000Z'); // '2026-07-01'
 */
export function londonDateOf(iso: string): IsoDate {
  return toIsoDate(parseLondonDateTime(iso));
}

/** A year as ISO 8601 writes it: four digits, or six with a sign outside 0000–9999. */
function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

/**
 * An ISO 8601 timestamp in London time with its offset written out
 * (`+00:00` in winter, `+01:00` in summer; never `Z`), for files and logs.
 * Before 1847 London kept local mean time, 1 minute 15 seconds off
 * Greenwich, which an ISO offset cannot write: the offset is then rounded
 * to the minute and the clock time written for it, so the text still names
 * exactly the same instant. Years outside 0000–9999 take the expanded
 * form (`+012345`).
 *
 * @example
 * toIsoWithOffset(parseLondonDateTime('2026-12-22T10:00')); // '2026-12-22T10:00:00.000+00:00'
 * toIsoWithOffset(parseLondonDateTime('0001-01-01T10:00:00Z')); // '0001-01-01T10:01:00.000+00:01'
 */
export function toIsoWithOffset(time: LondonTime): string {
  const offset = Math.round(londonWallClock(time).offset);
  const local = new Date(checkTime(time) + offset * MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const size = Math.abs(offset);
  return (
    `${isoYear(local.getUTCFullYear())}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`
  );
}
