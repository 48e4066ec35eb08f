import { formatLondonLongDate, isIsoDate, parseLondonDateTime } from '../../../engine/index.js';

/**
 * Formats an ISO calendar date the way GOV.UK writes dates: day without a
 * leading zero, month in full, four-digit year. The words come from the
 * engine's London time module, the one place dates are written for people.
 *
 * @throws {RangeError} when the text is not a real date written YYYY-MM-DD.
 * @example
 * ```ts
 * formatLongDate('2024-09-16'); // '16 September 2024'
 * ```
 */
export function formatLongDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`"${isoDate}" is not a date in the form YYYY-MM-DD.`);
  return formatLondonLongDate(parseLondonDateTime(isoDate));
}
