import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDuration } from '../../../../engine/lms/xapi/iso-duration.js';
import { statementProblems } from './xapi-statement-rules.js';

/** Reads back what formatIsoDuration writes, in hundredths of a second. */
function hundredths(duration: string): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(duration)!;
  return (Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60) * 100 + Math.round(Number(match[3] ?? 0) * 100);
}

const withDuration = (duration: string) => ({ actor: { mbox: 'mailto:a@example.org' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, object: { id: 'https://example.org/a' }, result: { duration } });

describe('formatIsoDuration', () => {
  it('writes hours, minutes and seconds to the hundredth, leaving out the parts that are zero', () => {
    expect(formatIsoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(formatIsoDuration(90_000)).toBe('PT1M30S');
    expect(formatIsoDuration(3_600_000)).toBe('PT1H');
    expect(formatIsoDuration(1_500)).toBe('PT1.5S');
    expect(formatIsoDuration(4)).toBe('PT0S');
    expect(formatIsoDuration(100 * 3_600_000)).toBe('PT100H');
  });

  it('writes a clock that went backwards, or no time, as zero', () => {
    expect(formatIsoDuration(-5)).toBe('PT0S');
    expect(formatIsoDuration(Number.NaN)).toBe('PT0S');
  });

  it('always writes a duration xAPI accepts, that reads back to the same hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 3_600_000 }), (ms) => {
        const duration = formatIsoDuration(ms);
        expect(statementProblems(withDuration(duration))).toEqual([]);
        expect(hundredths(duration)).toBe(Math.round(ms / 10));
      }),
    );
  });
});
