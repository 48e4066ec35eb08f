/**
 * How long to wait before sending again after the record store could not
 * be reached: doubling from a second to half a minute, give or take a
 * fifth so that many learners' browsers coming back online at once do not
 * all knock at the same moment. A store that names its own wait
 * (`Retry-After`) is believed, up to five minutes.
 */

/** The first wait, in milliseconds. */
export const FIRST_RETRY_MS = 1000;
/** The longest wait between tries, in milliseconds. */
export const LONGEST_RETRY_MS = 30_000;
const LONGEST_TOLD_MS = 5 * 60_000;

/**
 * The wait before try number `failures + 1`.
 * @example
 * retryDelay(1, { random: () => 0.5 }); // 1000
 * retryDelay(10, { random: () => 0.5 }); // 30000
 * retryDelay(1, { random: () => 0.5, retryAfterMs: 120_000 }); // 120000
 */
export function retryDelay(failures: number, options: { random: () => number; retryAfterMs?: number }): number {
  if (options.retryAfterMs !== undefined && options.retryAfterMs >= 0) return Math.min(options.retryAfterMs, LONGEST_TOLD_MS);
  const base = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * options.random()));
}
