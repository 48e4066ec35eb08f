/**
 * The one check on a time a scenario, a case file or the deadline
 * calculator is given: it must be a London date and time that happens (not
 * one the spring clock change skips), within the years the bank-holiday
 * calendar covers, since working days outside them would silently count
 * weekends only.
 */
import { BANK_HOLIDAY_FIRST_YEAR, BANK_HOLIDAY_LAST_YEAR } from './bank-holidays.js';
import { CalendarError } from './calendar-error.js';
import type { IsoDate } from './iso-date.js';
import { londonWallClock, parseLondonDateTime, type LondonTime } from './london-time.js';

/** Why a time cannot be used. */
export interface DateTimeProblem {
  /** What is wrong, as a sentence naming the time. */
  readonly message: string;
  /** How to put it right. */
  readonly hint: string;
}

/**
 * `undefined` when the text is a London date and time the calendar can
 * use; otherwise why not. Accepts what `parseLondonDateTime` reads: London
 * wall-clock time (`2026-12-18T10:00`, `2026-12-18 10:00`) or an instant
 * with an offset.
 *
 * @example
 * checkLondonDateTime('2026-12-18T10:00'); // undefined
 * checkLondonDateTime('2101-01-04T09:00')?.message;
 * // '2101-01-04T09:00 is in 2101, outside the years the bank-holiday calendar covers (1995 to 2100).'
 */
export function checkLondonDateTime(text: string): DateTimeProblem | undefined {
  let time: LondonTime;
  try {
    time = parseLondonDateTime(text);
  } catch (error) {
    if (error instanceof CalendarError) return { message: error.message, hint: error.hint };
    throw error;
  }
  return checkCalendarYear(time, text.trim());
}

/**
 * `undefined` when a moment falls in the years the bank-holiday calendar
 * covers; otherwise why it cannot be used, naming it as `shown`.
 *
 * @example
 * checkCalendarYear(Date.UTC(2101, 0, 4, 9), '4 January 2101')?.hint;
 * // 'Use a time between 1995 and 2100, so that working days skip the bank holidays.'
 */
export function checkCalendarYear(time: LondonTime, shown: string): DateTimeProblem | undefined {
  const { year } = londonWallClock(time);
  if (year >= BANK_HOLIDAY_FIRST_YEAR && year <= BANK_HOLIDAY_LAST_YEAR) return undefined;
  return {
    message: `${shown} is in ${year}, ${OUTSIDE_YEARS}.`,
    hint: `Use a time between ${BANK_HOLIDAY_FIRST_YEAR} and ${BANK_HOLIDAY_LAST_YEAR}, so that working days skip the bank holidays.`,
  };
}

const OUTSIDE_YEARS = `outside the years the bank-holiday calendar covers (${BANK_HOLIDAY_FIRST_YEAR} to ${BANK_HOLIDAY_LAST_YEAR})`;

/**
 * `undefined` when a holiday or closure day falls in the years the
 * bank-holiday calendar covers; otherwise why a file may not list it: every
 * time outside those years is refused, so such a day could never count,
 * and a day far outside them would make the calendar span millennia.
 *
 * @example
 * checkHolidayYear('2026-12-29'); // undefined
 * checkHolidayYear('2150-01-01')?.message;
 * // '2150-01-01 is in 2150, outside the years the bank-holiday calendar covers (1995 to 2100)'
 */
export function checkHolidayYear(date: IsoDate): DateTimeProblem | undefined {
  const year = Number(date.slice(0, 4));
  if (year >= BANK_HOLIDAY_FIRST_YEAR && year <= BANK_HOLIDAY_LAST_YEAR) return undefined;
  return {
    message: `${date} is in ${year}, ${OUTSIDE_YEARS}`,
    hint: `List only days from ${BANK_HOLIDAY_FIRST_YEAR} to ${BANK_HOLIDAY_LAST_YEAR}: times outside those years are refused, so a day there never counts.`,
  };
}
