// Types for bank-holiday-corrections.mjs, a plain-JavaScript build module, so
// TypeScript tests can import it; the JSDoc there is the documentation.

/** A day named in a correction, `YYYY-MM-DD`. */
export interface CorrectionDay {
  readonly date: string;
  readonly name: string;
}

/** One year's fix to what `date-holidays` gives for England and Wales. */
export interface BankHolidayCorrection {
  /** The year the proclamation changed. */
  readonly year: number;
  /** Days `date-holidays` lists that were not bank holidays that year. */
  readonly remove: readonly CorrectionDay[];
  /** Days that were bank holidays that `date-holidays` misses. */
  readonly add: readonly CorrectionDay[];
  /** One line on where the change came from. */
  readonly source: string;
}

/** The corrections the bank-holiday generator applies, one per year. */
export declare const BANK_HOLIDAY_CORRECTIONS: readonly BankHolidayCorrection[];

/**
 * Applies corrections to a list of holidays and returns a new list in date
 * order; throws when a correction no longer fits its input.
 *
 * @example
 * applyBankHolidayCorrections([{ date: '1995-05-01', name: 'Early May bank holiday' }]);
 * // [{ date: '1995-05-08', name: 'Early May bank holiday (VE day)' }]
 */
export declare function applyBankHolidayCorrections(
  holidays: readonly { date: string; name: string }[],
  corrections?: readonly BankHolidayCorrection[],
): { date: string; name: string }[];
