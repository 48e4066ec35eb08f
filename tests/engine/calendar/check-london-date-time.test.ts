import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_FIRST_YEAR, BANK_HOLIDAY_LAST_YEAR } from '../../../engine/calendar/bank-holidays.js';
import { checkLondonDateTime } from '../../../engine/calendar/check-london-date-time.js';

describe('checkLondonDateTime', () => {
  it('accepts a London time, or an instant with an offset, inside the bank-holiday years', () => {
    for (const text of ['2026-12-18T10:00', '2026-12-18 10:00', '2026-06-01T10:00+01:00', `${BANK_HOLIDAY_FIRST_YEAR}-01-01T00:00`, `${BANK_HOLIDAY_LAST_YEAR}-12-31T23:59`]) {
      expect(checkLondonDateTime(text), text).toBeUndefined();
    }
  });

  it('says why a time the clocks skip cannot be used', () => {
    expect(checkLondonDateTime('2026-03-29T01:30')?.message).toMatch(/never happens in London/);
  });

  it('says which years the calendar covers for a time outside them', () => {
    for (const text of ['9999-12-31T23:59', '2101-01-04T09:00', '1994-12-31T23:59', '0001-01-01T10:00']) {
      const problem = checkLondonDateTime(text);
      expect(problem?.message, text).toMatch(/1995 to 2100/);
      expect(problem?.hint).toMatch(/between 1995 and 2100/);
    }
  });

  it('says why text that is not a date and time cannot be read', () => {
    expect(checkLondonDateTime('tomorrow')?.message).toMatch(/not a date and time/);
    expect(checkLondonDateTime('2026-02-30T10:00')?.message).toMatch(/not a date/);
  });
});
