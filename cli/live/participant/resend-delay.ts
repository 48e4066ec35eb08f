/** The first wait before sending a vote the laptop could not take, in milliseconds. */
export const FIRST_RESEND_DELAY_MS = 3_000;

/** The longest wait: a vote should reach the laptop well before the trainer closes the vote. */
export const MAX_RESEND_DELAY_MS = 15_000;

/**
 * How long to wait before sending the kept vote again after its `attempt`th
 * refusal in a row (0 for the first): doubling from three seconds, capped at
 * fifteen. Slower than reconnecting (reconnect-delay.ts), because the
 * socket is fine here: a full disk or a rate limit needs time, and sending
 * faster helps neither.
 * @example
 * resendDelay(0); // 3000
 * resendDelay(2); // 12000
 * resendDelay(5); // 15000
 */
export function resendDelay(attempt: number): number {
  return Math.min(MAX_RESEND_DELAY_MS, FIRST_RESEND_DELAY_MS * 2 ** Math.max(0, attempt));
}
