import { describe, expect, it } from 'vitest';
import { FIRST_RECONNECT_DELAY_MS, MAX_RECONNECT_DELAY_MS, reconnectDelay } from '../../../../cli/live/participant/reconnect-delay.js';

describe('reconnectDelay', () => {
  it('doubles from half a second and stops at five seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map(reconnectDelay)).toEqual([500, 1_000, 2_000, 4_000, 5_000, 5_000, 5_000]);
    expect(reconnectDelay(0)).toBe(FIRST_RECONNECT_DELAY_MS);
    expect(reconnectDelay(100)).toBe(MAX_RECONNECT_DELAY_MS);
  });

  it('treats a negative attempt as the first', () => {
    expect(reconnectDelay(-3)).toBe(500);
  });
});
