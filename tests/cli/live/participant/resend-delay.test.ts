import { describe, expect, it } from 'vitest';
import { FIRST_RESEND_DELAY_MS, MAX_RESEND_DELAY_MS, resendDelay } from '../../../../cli/live/participant/resend-delay.js';

describe('resendDelay', () => {
  it('waits three seconds first, then doubles up to fifteen', () => {
    expect([0, 1, 2, 3, 4, 50].map(resendDelay)).toEqual([3_000, 6_000, 12_000, 15_000, 15_000, 15_000]);
    expect(resendDelay(0)).toBe(FIRST_RESEND_DELAY_MS);
    expect(resendDelay(1_000)).toBe(MAX_RESEND_DELAY_MS);
  });

  it('treats a negative attempt as the first', () => {
    expect(resendDelay(-1)).toBe(3_000);
  });

  it('never waits less than the time before it', () => {
    const waits = Array.from({ length: 12 }, (_, attempt) => resendDelay(attempt));
    expect(waits.every((wait, index) => index === 0 || wait >= waits[index - 1]!)).toBe(true);
  });
});
