import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../site/src/lib/format-long-date.js';

describe('formatLongDate', () => {
  it('writes the guidance date the GOV.UK way', () => {
    expect(formatLongDate('2024-09-16')).toBe('16 September 2024');
  });

  it('drops the leading zero of the day', () => {
    expect(formatLongDate('2027-01-04')).toBe('4 January 2027');
  });

  it('agrees with Intl en-GB for every valid date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const expected = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
        expect(formatLongDate(iso)).toBe(expected);
      }),
    );
  });

  it('rejects text that is not an ISO date', () => {
    expect(() => formatLongDate('16/09/2024')).toThrow(RangeError);
    expect(() => formatLongDate('2024-13-01')).toThrow(RangeError);
  });
});
