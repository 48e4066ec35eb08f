/**
 * Build data: England and Wales bank holidays that `date-holidays` gets wrong,
 * and the fix for each. `generate-bank-holidays.mjs` applies these before it
 * encodes the table, and the calendar tests apply them to `date-holidays` to
 * check the committed table has not drifted.
 *
 * Every entry is a one-off made by royal proclamation under the Banking and
 * Financial Dealings Act 1971 (published in the London Gazette). GOV.UK's
 * bank-holiday feed only starts in 2018, so it cannot confirm these years.
 *
 * `remove` lists what `date-holidays` gives that was not a holiday; `add`
 * lists what it misses. Applying a correction fails loudly if `date-holidays`
 * no longer has a day to remove or already has a day to add: that means it has
 * been fixed upstream, and the entry should be deleted rather than applied twice.
 */

/**
 * @typedef {{ readonly date: string, readonly name: string }} CorrectionDay
 * @typedef {{
 *   readonly year: number,
 *   readonly remove: readonly CorrectionDay[],
 *   readonly add: readonly CorrectionDay[],
 *   readonly source: string,
 * }} BankHolidayCorrection
 */

/** @type {readonly BankHolidayCorrection[]} */
export const BANK_HOLIDAY_CORRECTIONS = Object.freeze([
  {
    year: 1995,
    remove: [{ date: '1995-05-01', name: 'Early May bank holiday' }],
    add: [{ date: '1995-05-08', name: 'Early May bank holiday (VE day)' }],
    source: 'Royal proclamation moving the early May bank holiday to 8 May for the 50th anniversary of VE Day.',
  },
  {
    year: 1999,
    remove: [],
    add: [{ date: '1999-12-31', name: 'Millennium bank holiday' }],
    source: 'Royal proclamation appointing Friday 31 December 1999 as an extra bank holiday for the Millennium.',
  },
  {
    year: 2002,
    remove: [{ date: '2002-05-27', name: 'Spring bank holiday' }],
    add: [
      { date: '2002-06-03', name: 'Queen’s Golden Jubilee' },
      { date: '2002-06-04', name: 'Spring bank holiday' },
    ],
    source:
      'Royal proclamation moving the spring bank holiday to Tuesday 4 June and appointing Monday 3 June as an extra bank holiday for the Golden Jubilee.',
  },
  {
    year: 2011,
    remove: [],
    add: [{ date: '2011-04-29', name: 'Royal wedding' }],
    source:
      'Royal proclamation appointing Friday 29 April 2011 as an extra bank holiday for the wedding of Prince William and Catherine Middleton.',
  },
  {
    year: 2012,
    // date-holidays already has the extra day, Tuesday 5 June (Queen’s Diamond
    // Jubilee); it only misses that the spring holiday moved next to it.
    remove: [{ date: '2012-05-28', name: 'Spring bank holiday' }],
    add: [{ date: '2012-06-04', name: 'Spring bank holiday' }],
    source:
      'Royal proclamation moving the spring bank holiday to Monday 4 June beside the extra Diamond Jubilee bank holiday on Tuesday 5 June.',
  },
]);

/**
 * Applies corrections to a list of holidays and returns a new list in date
 * order; the input is not changed.
 *
 * @param {readonly { date: string, name: string }[]} holidays
 * @param {readonly BankHolidayCorrection[]} [corrections]
 * @returns {{ date: string, name: string }[]}
 * @throws {Error} when a day to remove is missing (or named differently), or a
 *   day to add is already there: the correction no longer fits its input.
 * @example
 * applyBankHolidayCorrections([{ date: '1995-05-01', name: 'Early May bank holiday' }]);
 * // [{ date: '1995-05-08', name: 'Early May bank holiday (VE day)' }]
 */
export function applyBankHolidayCorrections(holidays, corrections = BANK_HOLIDAY_CORRECTIONS) {
  const byDate = new Map(holidays.map((h) => [h.date, { date: h.date, name: h.name }]));
  for (const correction of corrections) {
    for (const day of correction.remove) {
      const found = byDate.get(day.date);
      if (found === undefined || found.name !== day.name) {
        throw new Error(
          `Bank-holiday correction for ${correction.year}: expected "${day.name}" on ${day.date} to remove, ` +
            `found ${found === undefined ? 'nothing' : `"${found.name}"`}. If date-holidays now has this right, ` +
            'delete the entry from cli/tools/bank-holiday-corrections.mjs.',
        );
      }
      byDate.delete(day.date);
    }
    for (const day of correction.add) {
      const found = byDate.get(day.date);
      if (found !== undefined) {
        throw new Error(
          `Bank-holiday correction for ${correction.year}: ${day.date} is already "${found.name}". ` +
            'If date-holidays now has this right, delete the entry from cli/tools/bank-holiday-corrections.mjs.',
        );
      }
      byDate.set(day.date, { date: day.date, name: day.name });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
