import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDuration } from '../../../engine/scenario/apply-duration.js';
import { parseDuration } from '../../../engine/scenario/parse-duration.js';
import type { Duration } from '../../../engine/scenario/duration.js';

const duration = (text: string): Duration => {
  const result = parseDuration(text);
  if (!result.ok) throw new Error(result.message);
  return result.duration;
};

describe('applyDuration', () => {
  it('skips weekends and the Christmas bank holidays for working days, keeping the time', () => {
    // Friday 18 December 2026; 25 and 28 December are bank holidays (Boxing Day falls on a Saturday).
    expect(applyDuration('2026-12-18T10:00', duration('3 working days'))).toBe('2026-12-23T10:00:00.000+00:00');
    expect(applyDuration('2026-12-23T15:00', duration('1 working day'))).toBe('2026-12-24T15:00:00.000+00:00');
    expect(applyDuration('2026-12-24T15:00', duration('1 working day'))).toBe('2026-12-29T15:00:00.000+00:00');
  });

  it('treats hours as elapsed time across the October clock change', () => {
    // 24 real hours after Saturday 10:00 BST is Sunday 09:00 GMT.
    expect(applyDuration('2026-10-24T10:00', duration('24h'))).toBe('2026-10-25T09:00:00.000+00:00');
  });

  it('treats days as calendar days at the same London time across the clock change', () => {
    expect(applyDuration('2026-10-24T10:00', duration('1 day'))).toBe('2026-10-25T10:00:00.000+00:00');
    expect(applyDuration('2026-03-28T10:00', duration('1 week'))).toBe('2026-04-04T10:00:00.000+01:00');
  });

  it('lands "next working day at 09:00" on the next working day at that time', () => {
    expect(applyDuration('2026-12-24T16:00', duration('next working day at 09:00'))).toBe('2026-12-29T09:00:00.000+00:00');
    expect(applyDuration('2026-12-21T08:00', duration('next working day at 09:00'))).toBe('2026-12-22T09:00:00.000+00:00');
  });

  it('applies calendar days first and elapsed hours after', () => {
    expect(applyDuration('2026-12-18T10:00', duration('1 day 2h'))).toBe('2026-12-19T12:00:00.000+00:00');
  });

  it('never moves the clock backwards', () => {
    const start = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });
    const part = fc.integer({ min: 0, max: 20 });
    fc.assert(
      fc.property(start, part, part, part, part, (date, days, workingDays, hours, minutes) => {
        fc.pre(days + workingDays + hours + minutes > 0);
        const from = date.toISOString();
        const to = applyDuration(from, { text: '', weeks: 0, days, workingDays, hours, minutes });
        expect(Date.parse(to)).toBeGreaterThan(Date.parse(from));
      }),
      { numRuns: 200 },
    );
  });
});
