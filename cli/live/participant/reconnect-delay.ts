/** The first wait before reconnecting, in milliseconds. */
export const FIRST_RECONNECT_DELAY_MS = 500;

/** The longest wait: a table should not sit more than a few seconds behind the room. */
export const MAX_RECONNECT_DELAY_MS = 5_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 for the first
 * after a drop): doubling from half a second, capped at five, so a laptop
 * that restarts is found quickly and a dead Wi-Fi is not hammered.
 * @example
 * reconnectDelay(0); // 500
 * reconnectDelay(3); // 4000
 * reconnectDelay(9); // 5000
 */
export function reconnectDelay(attempt: number): number {
  return Math.min(MAX_RECONNECT_DELAY_MS, FIRST_RECONNECT_DELAY_MS * 2 ** Math.max(0, attempt));
}
