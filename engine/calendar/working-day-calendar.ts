import { BANK_HOLIDAY_FIRST_YEAR, BANK_HOLIDAY_LAST_YEAR, englandAndWalesBankHolidays } from './bank-holidays.js';
import { CalendarError } from './calendar-error.js';
import { govUkFeedHolidays, type GovUkFeed } from './gov-uk-feed-model.js';
import type { Holiday, NonWorkingDay } from './holiday.js';
import { dayNumberFromParts, dayOfWeek, fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from './iso-date.js';
import { weekdayAt, weekdaysBefore } from './weekday-count.js';

/** What a {@link WorkingDayCalendar} is built from. Every field is optional. */
export interface WorkingDayCalendarOptions {
  /**
   * Bank holidays to use instead of the built-in England and Wales table
   * (1995–2100). Pass `[]` for a weekends-only calendar.
   */
  readonly bankHolidays?: readonly Holiday[];
  /** Extra local closure days (a council's Christmas shutdown, say). */
  readonly closures?: readonly Holiday[];
  /**
   * A copy of the GOV.UK bank-holidays feed (see `parseGovUkFeed`). For every
   * year it lists under `england-and-wales`, it replaces the bank holidays
   * that would otherwise apply; other years keep them.
   */
  readonly govUkFeed?: GovUkFeed;
}

/**
 * Working-day arithmetic over one set of bank holidays and closures. Working
 * days are Monday to Friday that are neither. Immutable; every method is pure.
 *
 * Counting convention: a count never includes the day it starts from and
 * always includes the day it lands on, in either direction. So
 * `countWorkingDaysBetween(d, addWorkingDays(d, n)) === n` for every day `d`
 * and whole number `n`.
 */
export interface WorkingDayCalendar {
  /** The bank holidays in force (after any GOV.UK feed), in date order. */
  readonly bankHolidays: readonly Holiday[];
  /** The extra closure days, in date order. */
  readonly closures: readonly Holiday[];
  /**
   * The years whose bank holidays this calendar knows: 1995 to 2100 for the
   * built-in table, widened to any year a GOV.UK feed or a given holiday
   * lies in. Outside them only weekends are skipped, so the readers of
   * times (scenarios, case files, the deadline calculator) refuse a time
   * outside the built-in years.
   * @example englandAndWalesCalendar.holidayYears; // { first: 1995, last: 2100 }
   */
  readonly holidayYears: { readonly first: number; readonly last: number };
  /**
   * True for a Monday to Friday that is not a bank holiday or closure.
   * @example englandAndWalesCalendar.isWorkingDay('2026-12-28'); // false (Boxing Day substitute)
   */
  isWorkingDay(day: IsoDate): boolean;
  /**
   * The day `n` working days after `day` (before it when `n` is negative);
   * `n = 0` gives `day` itself, working day or not. For `n ≠ 0` the result is
   * always a working day.
   * @example englandAndWalesCalendar.addWorkingDays('2026-12-22', 10); // '2027-01-08'
   */
  addWorkingDays(day: IsoDate, n: number): IsoDate;
  /**
   * Working days `d` with `from < d <= to`; when `to` is before `from`, minus
   * the number with `to <= d < from`.
   * @example englandAndWalesCalendar.countWorkingDaysBetween('2026-12-22', '2027-01-08'); // 10
   */
  countWorkingDaysBetween(from: IsoDate, to: IsoDate): number;
  /**
   * The first working day strictly after `day`.
   * @example englandAndWalesCalendar.nextWorkingDay('2026-12-24'); // '2026-12-29'
   */
  nextWorkingDay(day: IsoDate): IsoDate;
  /**
   * The last working day strictly before `day`.
   * @example englandAndWalesCalendar.previousWorkingDay('2026-12-29'); // '2026-12-24'
   */
  previousWorkingDay(day: IsoDate): IsoDate;
  /**
   * The non-working days a count from `from` to `to` steps over (the same
   * days {@link WorkingDayCalendar.countWorkingDaysBetween} considers), in date
   * order, each with its reason: for explaining what a deadline skipped.
   * @example englandAndWalesCalendar.nonWorkingDaysBetween('2026-12-24', '2026-12-29');
   * // Christmas Day, Boxing Day (a Saturday), Sunday, the Boxing Day substitute
   */
  nonWorkingDaysBetween(from: IsoDate, to: IsoDate): readonly NonWorkingDay[];
  /**
   * The bank holiday's name on `day`, else the closure's, else `undefined`.
   * @example englandAndWalesCalendar.holidayName('2022-09-19'); // "Queen Elizabeth's Funeral Day"
   */
  holidayName(day: IsoDate): string | undefined;
}

function yearOf(day: DayNumber): number {
  return Number(fromDayNumber(day).slice(0, 4));
}

/** Day numbers and names, checking each date; the first name on a day wins. */
function indexByDay(holidays: readonly Holiday[], what: string): Map<DayNumber, string> {
  const byDay = new Map<DayNumber, string>();
  for (const holiday of holidays) {
    let day: DayNumber;
    try {
      day = toDayNumber(holiday.date);
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      throw new CalendarError(`The ${what} '${holiday.name}' has an impossible date: ${error.message}`, error.hint);
    }
    if (!byDay.has(day)) byDay.set(day, holiday.name);
  }
  return byDay;
}

function sortedHolidays(byDay: Map<DayNumber, string>): readonly Holiday[] {
  return Object.freeze(
    [...byDay.entries()].sort(([a], [b]) => a - b).map(([day, name]) => Object.freeze({ date: fromDayNumber(day), name })),
  );
}

function resolveBankHolidays(options: WorkingDayCalendarOptions): Map<DayNumber, string> {
  const base = indexByDay(options.bankHolidays ?? englandAndWalesBankHolidays(), 'bank holiday');
  if (options.govUkFeed === undefined) return base;
  const feed = govUkFeedHolidays(options.govUkFeed);
  const covered = new Set(feed.years);
  const merged = new Map<DayNumber, string>();
  for (const [day, name] of base) if (!covered.has(yearOf(day))) merged.set(day, name);
  for (const [day, name] of indexByDay(feed.holidays, 'GOV.UK feed holiday')) merged.set(day, name);
  return merged;
}

function checkWholeNumber(n: number): void {
  if (!Number.isSafeInteger(n)) {
    throw new CalendarError(
      `${String(n)} is not a whole number of working days.`,
      'Pass a whole number such as 10 or -3.',
    );
  }
}

/**
 * Builds a working-day calendar: weekends, the England and Wales bank
 * holidays (or your own list), a GOV.UK feed that wins for the years it
 * covers, and extra closure days.
 *
 * Precomputes (on first use), over 1995–2100 widened to any loaded holiday, a
 * running count of working days and the list of working days, so adding and
 * counting are O(1). Outside that span only weekends apply (no holiday lies
 * there), which is plain arithmetic.
 *
 * @throws {CalendarError} when a holiday or closure has an impossible date.
 * @example
 * const calendar = createWorkingDayCalendar({
 *   closures: [{ date: '2026-12-29', name: 'Council Christmas closure' }],
 * });
 * calendar.nextWorkingDay('2026-12-24'); // '2026-12-30'
 */
export function createWorkingDayCalendar(options: WorkingDayCalendarOptions = {}): WorkingDayCalendar {
  const bankByDay = resolveBankHolidays(options);
  const closureByDay = indexByDay(options.closures ?? [], 'closure');

  const isWorkingDayNumber = (day: DayNumber): boolean =>
    dayOfWeek(day) < 5 && !bankByDay.has(day) && !closureByDay.has(day);

  let start = dayNumberFromParts(BANK_HOLIDAY_FIRST_YEAR, 1, 1);
  let end = dayNumberFromParts(BANK_HOLIDAY_LAST_YEAR, 12, 31);
  for (const day of bankByDay.keys()) {
    if (day < start) start = day;
    if (day > end) end = day;
  }
  const holidayYears = Object.freeze({ first: yearOf(start), last: yearOf(end) });
  for (const day of closureByDay.keys()) {
    if (day < start) start = day;
    if (day > end) end = day;
  }

  const weekdaysBeforeStart = weekdaysBefore(start);
  const weekdaysToEnd = weekdaysBefore(end + 1);

  // rank[i]: working days in [start, start + i]. workingDays[k - 1]: the k-th.
  // Built on the first count or addition, not with the calendar: the default
  // calendar is made when a bundle loads, and most starts of the terminal
  // app never add a working day before their first frame.
  let tables: { rank: Int32Array; workingDays: Int32Array; total: number } | null = null;
  const built = () => {
    if (tables) return tables;
    const rank = new Int32Array(end - start + 1);
    const allWorking = new Int32Array(end - start + 1);
    let total = 0;
    for (let i = 0; i < rank.length; i += 1) {
      if (isWorkingDayNumber(start + i)) {
        allWorking[total] = start + i;
        total += 1;
      }
      rank[i] = total;
    }
    tables = { rank, workingDays: allWorking.slice(0, total), total };
    return tables;
  };

  /** Running count of working days up to and including `day` (0 just before `start`). */
  const cumulative = (day: DayNumber): number => {
    if (day < start) return weekdaysBefore(day + 1) - weekdaysBeforeStart;
    const { rank, total } = built();
    if (day > end) return total + weekdaysBefore(day + 1) - weekdaysToEnd;
    return rank[day - start] as number;
  };

  /** The working day whose running count is `k` (inverse of `cumulative`). */
  const workingDayAt = (k: number): DayNumber => {
    if (k <= 0) return weekdayAt(weekdaysBeforeStart + k);
    const { workingDays, total } = built();
    if (k > total) return weekdayAt(weekdaysToEnd + k - total);
    return workingDays[k - 1] as number;
  };

  const add = (day: DayNumber, n: number): DayNumber => {
    if (n > 0) return workingDayAt(cumulative(day) + n);
    if (n < 0) return workingDayAt(cumulative(day - 1) + n + 1);
    return day;
  };

  const count = (from: DayNumber, to: DayNumber): number =>
    to >= from ? cumulative(to) - cumulative(from) : cumulative(to - 1) - cumulative(from - 1);

  const describe = (day: DayNumber): NonWorkingDay | undefined => {
    const bank = bankByDay.get(day);
    if (bank !== undefined) return { date: fromDayNumber(day), reason: 'bank-holiday', name: bank };
    const closure = closureByDay.get(day);
    if (closure !== undefined) return { date: fromDayNumber(day), reason: 'closure', name: closure };
    return dayOfWeek(day) >= 5 ? { date: fromDayNumber(day), reason: 'weekend' } : undefined;
  };

  const calendar: WorkingDayCalendar = {
    bankHolidays: sortedHolidays(bankByDay),
    closures: sortedHolidays(closureByDay),
    holidayYears,
    isWorkingDay: (day) => isWorkingDayNumber(toDayNumber(day)),
    addWorkingDays(day, n) {
      checkWholeNumber(n);
      return fromDayNumber(add(toDayNumber(day), n));
    },
    countWorkingDaysBetween: (from, to) => count(toDayNumber(from), toDayNumber(to)),
    nextWorkingDay: (day) => fromDayNumber(add(toDayNumber(day), 1)),
    previousWorkingDay: (day) => fromDayNumber(add(toDayNumber(day), -1)),
    nonWorkingDaysBetween(from, to) {
      const a = toDayNumber(from);
      const b = toDayNumber(to);
      const [first, last] = b >= a ? [a + 1, b] : [b, a - 1];
      const days: NonWorkingDay[] = [];
      for (let day = first; day <= last; day += 1) {
        const found = describe(day);
        if (found !== undefined) days.push(Object.freeze(found));
      }
      return Object.freeze(days);
    },
    holidayName(day) {
      const n = toDayNumber(day);
      return bankByDay.get(n) ?? closureByDay.get(n);
    },
  };
  return Object.freeze(calendar);
}
