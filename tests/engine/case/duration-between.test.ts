import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLondonDateTime } from '../../../engine/index.js';
import { applyDuration } from '../../../engine/scenario/apply-duration.js';
import { parseDuration } from '../../../engine/scenario/parse-duration.js';
import { durationBetween } from '../../../engine/case/duration-between.js';
import { toIsoWithOffset } from '../../../engine/calendar/london-time.js';

const at = (text: string) => parseLondonDateTime(text);

/** Applies the scenario duration text to `from`, as the simulator would. */
function replay(from: string, text: string): string {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return applyDuration(from, parsed.duration);
}

describe('durationBetween', () => {
  it('writes whole working days plus the time left over, skipping the weekend', () => {
    expect(durationBetween(at('2026-12-18T10:00'), at('2026-12-23T15:30'))).toBe('3 working days 5h 30m');
  });

  it('skips the Christmas bank holidays', () => {
    // Thu 24 Dec 2026 to Tue 29 Dec: 25th, 26th (Saturday), 27th and the 28th substitute day are not working days.
    expect(durationBetween(at('2026-12-24T10:00'), at('2026-12-29T10:00'))).toBe('1 working day');
  });

  it('uses hours for a short gap, and for hour-based rules when asked', () => {
    expect(durationBetween(at('2027-03-15T10:00'), at('2027-03-15T13:45'))).toBe('3h 45m');
    expect(durationBetween(at('2027-03-15T10:00'), at('2027-03-19T14:00'), { hours: true })).toBe('100h');
  });

  it('gives nothing when no time passes or time runs backwards', () => {
    expect(durationBetween(at('2027-03-15T10:00'), at('2027-03-15T10:00'))).toBeUndefined();
    expect(durationBetween(at('2027-03-15T10:00'), at('2027-03-14T10:00'))).toBeUndefined();
  });

  it('always lands exactly on the later time when replayed by the simulator (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 * 365 * 24 * 60 }),
        fc.integer({ min: 1, max: 40 * 24 * 60 }),
        fc.boolean(),
        (fromMinute, gapMinutes, hours) => {
          const from = at('2026-01-01T00:00') + fromMinute * 60_000;
          const to = from + gapMinutes * 60_000;
          const text = durationBetween(from, to, { hours });
          return text !== undefined && replay(toIsoWithOffset(from), text) === toIsoWithOffset(to);
        },
      ),
      { numRuns: 300 },
    );
  });
});
