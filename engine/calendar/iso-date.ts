import { CalendarError } from './calendar-error.js';

/**
 * A calendar day written `YYYY-MM-DD` (for example `'2026-12-29'`). It names a
 * day, not an instant: working-day arithmetic never needs a time zone.
 */
export type IsoDate = string;

/**
 * Days since 1970-01-01 (negative before). The calendar works on these
 * integers; they are plain proleptic-Gregorian day counts, not instants, so no
 * time zone or `Date` object is involved.
 */
export type DayNumber = number;

const DIGIT_0 = 48;
const HYPHEN = 45;

function digit(text: string, index: number): number {
  const d = text.charCodeAt(index) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : -1;
}

/** True in leap years of the Gregorian calendar. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1-12) of a year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 for a year, month (1-12) and day. Integer calendar
 * arithmetic after Howard Hinnant's `days_from_civil`; the inputs must already
 * be a real date.
 */
export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function invalid(text: unknown, why: string): CalendarError {
  const shown = typeof text === 'string' ? `'${text}'` : String(text);
  return new CalendarError(
    `${shown} is not a date: ${why}.`,
    "Write a real calendar day as YYYY-MM-DD, for example '2026-12-29'.",
  );
}

/**
 * The day number of an {@link IsoDate}, checking that it is a real day.
 *
 * @throws {CalendarError} for anything that is not exactly `YYYY-MM-DD` naming
 * a day that exists (so `'2026-02-30'`, `'2026-13-01'` and `'tomorrow'` fail).
 * @example
 * toDayNumber('1970-01-02'); // 1
 * toDayNumber('2026-12-29'); // 20816
 */
export function toDayNumber(day: IsoDate): DayNumber {
  if (typeof day !== 'string' || day.length !== 10) throw invalid(day, 'expected the form YYYY-MM-DD');
  if (day.charCodeAt(4) !== HYPHEN || day.charCodeAt(7) !== HYPHEN) {
    throw invalid(day, 'expected the form YYYY-MM-DD');
  }
  const y0 = digit(day, 0);
  const y1 = digit(day, 1);
  const y2 = digit(day, 2);
  const y3 = digit(day, 3);
  const m0 = digit(day, 5);
  const m1 = digit(day, 6);
  const d0 = digit(day, 8);
  const d1 = digit(day, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) throw invalid(day, 'expected the form YYYY-MM-DD');
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const date = d0 * 10 + d1;
  if (year < 1) throw invalid(day, 'the year must be 0001 or later');
  if (month < 1 || month > 12) throw invalid(day, 'there is no month ' + month);
  if (date < 1 || date > daysInMonth(year, month)) {
    throw invalid(day, `that month has ${daysInMonth(year, month)} days`);
  }
  return dayNumberFromParts(year, month, date);
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad4(n: number): string {
  return n >= 1000 ? String(n) : n >= 100 ? '0' + n : n >= 10 ? '00' + n : '000' + n;
}

/**
 * The {@link IsoDate} of a day number (inverse of {@link toDayNumber}).
 * Integer arithmetic after Howard Hinnant's `civil_from_days`.
 *
 * @throws {CalendarError} when the day falls outside years 0001–9999, which
 * `YYYY-MM-DD` cannot write.
 * @example
 * fromDayNumber(0); // '1970-01-01'
 */
export function fromDayNumber(dayNumber: DayNumber): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) {
    throw new CalendarError(
      `The result falls in the year ${year}, outside what YYYY-MM-DD can write.`,
      'Keep dates and working-day offsets within the years 0001 to 9999.',
    );
  }
  return `${pad4(year)}-${pad2(month)}-${pad2(date)}`;
}

/**
 * Day of the week of a day number: 0 is Monday … 6 is Sunday (ISO order).
 *
 * @example
 * dayOfWeek(toDayNumber('2026-12-25')); // 4 (Friday)
 */
export function dayOfWeek(dayNumber: DayNumber): number {
  // 1970-01-01 was a Thursday (3 in ISO order counting Monday as 0).
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/**
 * True when a value is a well-formed, real {@link IsoDate}.
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2026-02-29'); // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when year, month and day name a real day of the Gregorian calendar,
 * for checking typed or written dates without a `Date` object.
 *
 * @example
 * isRealDate(2026, 2, 29); // false
 * isRealDate(2024, 2, 29); // true
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The date `days` calendar days after `day` (before it when negative).
 *
 * @example
 * addCalendarDays('2026-12-31', 1); // '2027-01-01'
 */
export function addCalendarDays(day: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(day) + days);
}

/**
 * True for a Saturday or a Sunday.
 *
 * @example
 * isWeekendDate('2026-12-26'); // true
 */
export function isWeekendDate(day: IsoDate): boolean {
  return dayOfWeek(toDayNumber(day)) >= 5;
}
