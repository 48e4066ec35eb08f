import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCmiTimespan, MAX_CMI_TIMESPAN_MS } from '../../../engine/lms/session-time.js';

describe('formatCmiTimespan', () => {
  it('writes HH:MM:SS.SS, to the hundredth of a second', () => {
    expect(formatCmiTimespan(0)).toBe('00:00:00.00');
    expect(formatCmiTimespan(3_723_450)).toBe('01:02:03.45');
    expect(formatCmiTimespan(59_994)).toBe('00:00:59.99');
    expect(formatCmiTimespan(59_995)).toBe('00:01:00.00');
    expect(formatCmiTimespan(100 * 3_600_000)).toBe('100:00:00.00');
  });

  it('caps at 9999:59:59.99 and treats a backwards or broken clock as zero', () => {
    expect(formatCmiTimespan(MAX_CMI_TIMESPAN_MS)).toBe('9999:59:59.99');
    expect(formatCmiTimespan(MAX_CMI_TIMESPAN_MS * 2)).toBe('9999:59:59.99');
    expect(formatCmiTimespan(Number.POSITIVE_INFINITY)).toBe('00:00:00.00');
    expect(formatCmiTimespan(-5)).toBe('00:00:00.00');
    expect(formatCmiTimespan(Number.NaN)).toBe('00:00:00.00');
  });

  it('is always a CMITimespan that reads back to the time, within 5 ms (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: MAX_CMI_TIMESPAN_MS, noNaN: true }), (ms) => {
        const text = formatCmiTimespan(ms);
        const parts = /^(\d{2,4}):([0-5]\d):([0-5]\d)\.(\d{2})$/.exec(text);
        expect(parts).not.toBeNull();
        const [, h, m, s, cs] = parts!.map(Number) as [number, number, number, number, number];
        expect(Math.abs(((h * 60 + m) * 60 + s) * 1000 + cs * 10 - ms)).toBeLessThanOrEqual(5);
      }),
    );
  });
});
