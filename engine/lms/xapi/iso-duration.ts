/**
 * Time spent as an ISO 8601 duration (ISO 8601:2004 §4.4.3.2, the form
 * xAPI requires for `result.duration`): `PT1H2M3.45S`, to the hundredth of
 * a second, the precision xAPI asks providers to keep to. Hours are not
 * folded into days, whose length varies.
 */

/**
 * Milliseconds as an ISO 8601 duration. A negative or non-finite time (a
 * clock set back) is zero, `PT0S`.
 *
 * @example
 * formatIsoDuration(3_723_450); // 'PT1H2M3.45S'
 * formatIsoDuration(90_000); // 'PT1M30S'
 * formatIsoDuration(0); // 'PT0S'
 */
export function formatIsoDuration(ms: number): string {
  const hundredths = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor(hundredths / 6000) % 60;
  const secondHundredths = hundredths % 6000;
  const seconds = secondHundredths % 100 === 0 ? String(secondHundredths / 100) : (secondHundredths / 100).toFixed(2).replace(/0$/, '');
  const parts = `${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${secondHundredths > 0 || (hours === 0 && minutes === 0) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}
