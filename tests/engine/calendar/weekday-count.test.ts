import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../../../engine/calendar/iso-date.js';
import { weekdayAt, weekdaysBefore } from '../../../engine/calendar/weekday-count.js';

describe('weekdaysBefore', () => {
  it('grows by one across each weekday and not across weekend days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (x) => {
        expect(weekdaysBefore(x + 1) - weekdaysBefore(x)).toBe(dayOfWeek(x) < 5 ? 1 : 0);
      }),
    );
  });
});

describe('weekdayAt', () => {
  it('returns the weekday at each running position', () => {
    fc.assert(
      fc.property(fc.integer({ min: -600_000, max: 2_000_000 }), (t) => {
        const day = weekdayAt(t);
        expect(dayOfWeek(day)).toBeLessThan(5);
        expect(weekdaysBefore(day + 1)).toBe(t);
      }),
    );
  });
});
