/**
 * Time spent, as SCORM 1.2's CMITimespan for `cmi.core.session_time`:
 * `HHHH:MM:SS.SS`, hours at least two digits and at most four. Longer than
 * 9999:59:59.99 cannot be written, so it is capped there (more than a year
 * with the package open is a tab left open, not study).
 */

/** The longest time a CMITimespan can hold, in milliseconds. */
export const MAX_CMI_TIMESPAN_MS = (((9999 * 60 + 59) * 60 + 59) * 100 + 99) * 10;

/**
 * Milliseconds as a CMITimespan, to the hundredth of a second (rounded).
 * A negative or non-finite time (a clock that went backwards) is zero.
 *
 * @example
 * formatCmiTimespan(3_723_450); // '01:02:03.45'
 * formatCmiTimespan(0); // '00:00:00.00'
 */
export function formatCmiTimespan(ms: number): string {
  const safe = Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_CMI_TIMESPAN_MS) : 0;
  const hundredths = Math.round(safe / 10);
  const pad = (value: number, digits = 2) => String(value).padStart(digits, '0');
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor(hundredths / 6000) % 60;
  const seconds = Math.floor(hundredths / 100) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(hundredths % 100)}`;
}
