import { BANK_HOLIDAY_DATA } from './bank-holidays.data.js';
import type { Holiday } from './holiday.js';
import { dayNumberFromParts, fromDayNumber } from './iso-date.js';

/** The first year the built-in bank-holiday table covers. */
export const BANK_HOLIDAY_FIRST_YEAR: number = BANK_HOLIDAY_DATA.firstYear;

/** The last year the built-in bank-holiday table covers. */
export const BANK_HOLIDAY_LAST_YEAR: number = BANK_HOLIDAY_DATA.lastYear;

let decoded: readonly Holiday[] | undefined;

function decode(): readonly Holiday[] {
  const { table, names, firstYear } = BANK_HOLIDAY_DATA;
  const holidays: Holiday[] = [];
  let day = dayNumberFromParts(firstYear, 1, 1);
  for (let i = 0; i < table.length; i += 3) {
    const name = names[parseInt(table.charAt(i), 36)];
    day += parseInt(table.slice(i + 1, i + 3), 36);
    // A corrupt table is a build fault, not a user error: fail loudly.
    if (name === undefined) throw new Error(`bank-holidays.data.ts is corrupt at entry ${i / 3}: run \`npm run holidays\`.`);
    holidays.push(Object.freeze({ date: fromDayNumber(day), name }));
  }
  return Object.freeze(holidays);
}

/**
 * England and Wales bank holidays for {@link BANK_HOLIDAY_FIRST_YEAR}–
 * {@link BANK_HOLIDAY_LAST_YEAR}, in date order, as `date-holidays` gives
 * them (country GB, state ENG) with the one-off years it gets wrong corrected
 * (1995, 1999, 2002, 2011, 2012; see `cli/tools/bank-holiday-corrections.mjs`):
 * fixed days, Easter, the May and August Mondays, substitute days, and
 * one-offs such as 2022-09-19. Days that fall on a weekend (a Saturday
 * Christmas Day) are listed too, beside their substitute.
 * Decoded once from the generated table and shared (the array is frozen).
 *
 * @example
 * englandAndWalesBankHolidays().find((h) => h.date === '2023-05-08')?.name;
 * // "King Charles III's Coronation"
 */
export function englandAndWalesBankHolidays(): readonly Holiday[] {
  decoded ??= decode();
  return decoded;
}
