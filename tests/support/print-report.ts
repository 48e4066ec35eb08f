/**
 * The figures a long test measures on the way (kills made, hostile inputs
 * refused, precision per kind, room left in a SCORM suspend buffer) are
 * printed only when asked for, so a passing run shows only its results:
 * `TEST_REPORT=1 npx vitest run <file>` prints every report, and a test may
 * name a variable of its own that asks for just its report
 * (`LIVE_LOAD_REPORT=1`). What a test relies on is asserted, never only
 * printed.
 */

/**
 * Writes `text` to standard output when TEST_REPORT=1, or `variable` (when
 * given) is 1.
 *
 * @example
 * ```ts
 * printReport(`plain: ${kills} kills, ${lost} moves lost`);
 * printReport(`live-load figures: ${JSON.stringify(figures)}`, 'LIVE_LOAD_REPORT');
 * ```
 */
export function printReport(text: string, variable?: string): void {
  if (process.env.TEST_REPORT === '1' || (variable !== undefined && process.env[variable] === '1')) process.stdout.write(`${text}\n`);
}
