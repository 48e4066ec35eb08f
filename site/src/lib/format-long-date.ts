const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Formats an ISO calendar date the way GOV.UK writes dates: day without a
 * leading zero, month in full, four-digit year. Done by hand rather than with
 * `Intl` so the output never depends on the build machine's locale data.
 *
 * @example
 * ```ts
 * formatLongDate('2024-09-16'); // '16 September 2024'
 * ```
 */
export function formatLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  if (!match || !month || day < 1 || day > 31) {
    throw new RangeError(`"${isoDate}" is not a date in the form YYYY-MM-DD.`);
  }
  return `${day} ${month} ${match[1]}`;
}
