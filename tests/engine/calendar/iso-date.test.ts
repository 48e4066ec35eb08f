import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../engine/calendar/calendar-error.js';
import { dayOfWeek, fromDayNumber, isIsoDate, toDayNumber } from '../../../engine/calendar/iso-date.js';

const DAY_MS = 86_400_000;

describe('toDayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2026-12-29')).toBe(20816);
  });

  it('agrees with Date.UTC for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2200, 11, 31) / DAY_MS }), (n) => {
        const iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });

  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2025-02-29', 'tomorrow', '2026-1-01', '2026/01/01', ' 2026-01-01', '0000-01-01', ''])(
    'refuses %j with a CalendarError that carries a hint',
    (text) => {
      let thrown: unknown;
      try {
        toDayNumber(text);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CalendarError);
      expect((thrown as CalendarError).name).toBe('CalendarError');
      expect((thrown as CalendarError).hint).toMatch(/YYYY-MM-DD/);
    },
  );

  it('accepts 29 February in a leap year, including 2000', () => {
    expect(() => toDayNumber('2024-02-29')).not.toThrow();
    expect(() => toDayNumber('2000-02-29')).not.toThrow();
    expect(() => toDayNumber('2100-02-29')).toThrow(CalendarError);
  });
});

describe('fromDayNumber', () => {
  it('is the inverse of toDayNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('0001-01-01'), max: toDayNumber('9999-12-31') }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('zero-pads years, months and days', () => {
    expect(fromDayNumber(toDayNumber('0099-03-05'))).toBe('0099-03-05');
  });

  it('refuses a day beyond the year 9999', () => {
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow(CalendarError);
  });
});

describe('dayOfWeek', () => {
  it('numbers Monday 0 to Sunday 6, before and after 1970', () => {
    expect(dayOfWeek(toDayNumber('2026-12-21'))).toBe(0);
    expect(dayOfWeek(toDayNumber('2026-12-25'))).toBe(4);
    expect(dayOfWeek(toDayNumber('2026-12-27'))).toBe(6);
    expect(dayOfWeek(toDayNumber('1969-12-29'))).toBe(0);
  });
});

describe('isIsoDate', () => {
  it('says whether a value is a real YYYY-MM-DD day', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate(20260229)).toBe(false);
  });
});
