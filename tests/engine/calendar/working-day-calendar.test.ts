import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../engine/calendar/calendar-error.js';
import { englandAndWalesCalendar as ew } from '../../../engine/calendar/england-and-wales-calendar.js';
import { createWorkingDayCalendar } from '../../../engine/calendar/working-day-calendar.js';

describe('createWorkingDayCalendar', () => {
  it('uses the England and Wales table when given no options', () => {
    const calendar = createWorkingDayCalendar();
    expect(calendar.isWorkingDay('2022-09-19')).toBe(false);
    expect(calendar.bankHolidays).toEqual(ew.bankHolidays);
  });

  it('gives a weekends-only calendar for an empty bank-holiday list', () => {
    const calendar = createWorkingDayCalendar({ bankHolidays: [] });
    expect(calendar.isWorkingDay('2026-12-25')).toBe(true);
    expect(calendar.isWorkingDay('2026-12-26')).toBe(false);
  });

  it('adds closure days on top of bank holidays', () => {
    const calendar = createWorkingDayCalendar({ closures: [{ date: '2026-12-29', name: 'Council Christmas closure' }] });
    expect(calendar.isWorkingDay('2026-12-29')).toBe(false);
    expect(calendar.nextWorkingDay('2026-12-24')).toBe('2026-12-30');
    expect(calendar.holidayName('2026-12-29')).toBe('Council Christmas closure');
    expect(calendar.closures).toEqual([{ date: '2026-12-29', name: 'Council Christmas closure' }]);
  });

  it('does not change the arrays it is given, and cannot be changed itself', () => {
    const closures = [{ date: '2026-12-30', name: 'Closure' }, { date: '2026-12-29', name: 'Closure' }];
    const copy = structuredClone(closures);
    const calendar = createWorkingDayCalendar({ closures });
    expect(closures).toEqual(copy);
    expect(calendar.closures.map((c) => c.date)).toEqual(['2026-12-29', '2026-12-30']);
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.closures)).toBe(true);
  });

  it('refuses a closure with an impossible date, naming it', () => {
    expect(() => createWorkingDayCalendar({ closures: [{ date: '2026-02-30', name: 'Bad day' }] })).toThrow(/Bad day/);
  });

  it('handles holidays loaded far outside 1995–2100', () => {
    const calendar = createWorkingDayCalendar({
      closures: [
        { date: '1980-01-02', name: 'Old closure' },
        { date: '2150-06-03', name: 'Future closure' },
      ],
    });
    expect(calendar.nextWorkingDay('1980-01-01')).toBe('1980-01-03');
    expect(calendar.addWorkingDays('2150-06-02', 1)).toBe('2150-06-04');
    expect(calendar.countWorkingDaysBetween('2150-06-02', '2150-06-04')).toBe(1);
  });
});

describe('WorkingDayCalendar.isWorkingDay', () => {
  it('treats Saturdays and Sundays as non-working', () => {
    expect(ew.isWorkingDay('2026-12-19')).toBe(false);
    expect(ew.isWorkingDay('2026-12-20')).toBe(false);
    expect(ew.isWorkingDay('2026-12-21')).toBe(true);
  });

  it('treats Easter Friday and Monday as non-working, but not the days between', () => {
    expect(ew.isWorkingDay('2026-04-02')).toBe(true);
    expect(ew.isWorkingDay('2026-04-03')).toBe(false);
    expect(ew.isWorkingDay('2026-04-06')).toBe(false);
    expect(ew.isWorkingDay('2026-04-07')).toBe(true);
  });

  it('uses substitute days when Christmas falls at a weekend (2021)', () => {
    expect(ew.isWorkingDay('2021-12-24')).toBe(true);
    expect(ew.isWorkingDay('2021-12-27')).toBe(false);
    expect(ew.isWorkingDay('2021-12-28')).toBe(false);
    expect(ew.isWorkingDay('2021-12-29')).toBe(true);
  });

  it('weekends only outside the table: 2101 Christmas is a Sunday-to-Monday like any other', () => {
    expect(ew.isWorkingDay('2101-12-26')).toBe(true);
    expect(ew.isWorkingDay('1994-12-26')).toBe(true);
  });
});

describe('WorkingDayCalendar.addWorkingDays', () => {
  it('skips Christmas, the Boxing Day substitute and New Year (2026)', () => {
    expect(ew.addWorkingDays('2026-12-22', 10)).toBe('2027-01-08');
  });

  it('skips Good Friday and Easter Monday', () => {
    // Thursday 2 April 2026 + 1 working day lands on Tuesday 7 April.
    expect(ew.addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(ew.addWorkingDays('2026-04-07', -1)).toBe('2026-04-02');
  });

  it('skips the 2022 Jubilee pair and the funeral day', () => {
    expect(ew.addWorkingDays('2022-06-01', 1)).toBe('2022-06-06');
    expect(ew.addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
  });

  it('returns the day itself for zero, even on a weekend', () => {
    expect(ew.addWorkingDays('2026-12-26', 0)).toBe('2026-12-26');
  });

  it('counts back from a weekend to the Friday before', () => {
    expect(ew.addWorkingDays('2026-12-19', -1)).toBe('2026-12-18');
    expect(ew.addWorkingDays('2026-12-19', 1)).toBe('2026-12-21');
  });

  it('crosses the edges of the table correctly', () => {
    expect(ew.addWorkingDays('2100-12-24', 2)).toBe('2100-12-30');
    expect(ew.addWorkingDays('1995-01-03', -1)).toBe('1994-12-30');
    expect(ew.addWorkingDays('1994-12-30', 1)).toBe('1995-01-03');
  });

  it('refuses a fractional or infinite number of days', () => {
    expect(() => ew.addWorkingDays('2026-12-22', 1.5)).toThrow(CalendarError);
    expect(() => ew.addWorkingDays('2026-12-22', Number.POSITIVE_INFINITY)).toThrow(CalendarError);
  });

  it('refuses an impossible date', () => {
    expect(() => ew.addWorkingDays('2026-02-30', 1)).toThrow(CalendarError);
  });
});

describe('WorkingDayCalendar.countWorkingDaysBetween', () => {
  it('counts days after the start up to and including the end', () => {
    expect(ew.countWorkingDaysBetween('2026-12-22', '2027-01-08')).toBe(10);
    expect(ew.countWorkingDaysBetween('2026-12-21', '2026-12-22')).toBe(1);
    expect(ew.countWorkingDaysBetween('2026-12-22', '2026-12-22')).toBe(0);
  });

  it('is negative going backwards, counting the end but not the start', () => {
    expect(ew.countWorkingDaysBetween('2026-12-29', '2026-12-24')).toBe(-1);
    expect(ew.countWorkingDaysBetween('2026-12-26', '2026-12-24')).toBe(-1);
  });

  it('counts nothing across a closed Christmas week', () => {
    expect(ew.countWorkingDaysBetween('2021-12-24', '2021-12-28')).toBe(0);
  });
});

describe('WorkingDayCalendar.nextWorkingDay', () => {
  it('steps over Christmas and the substitute day', () => {
    expect(ew.nextWorkingDay('2026-12-24')).toBe('2026-12-29');
    expect(ew.nextWorkingDay('2022-12-23')).toBe('2022-12-28');
  });

  it('is strictly after the day given', () => {
    expect(ew.nextWorkingDay('2026-12-22')).toBe('2026-12-23');
  });
});

describe('WorkingDayCalendar.previousWorkingDay', () => {
  it('steps back over New Year and the weekend', () => {
    expect(ew.previousWorkingDay('2027-01-04')).toBe('2026-12-31');
    expect(ew.previousWorkingDay('2023-01-03')).toBe('2022-12-30');
  });
});

describe('WorkingDayCalendar.nonWorkingDaysBetween', () => {
  it('lists what a Christmas deadline skipped, with reasons and names', () => {
    expect(ew.nonWorkingDaysBetween('2026-12-24', '2026-12-29')).toEqual([
      { date: '2026-12-25', reason: 'bank-holiday', name: 'Christmas Day' },
      { date: '2026-12-26', reason: 'bank-holiday', name: 'Boxing Day' },
      { date: '2026-12-27', reason: 'weekend' },
      { date: '2026-12-28', reason: 'bank-holiday', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it('marks closure days as closures', () => {
    const calendar = createWorkingDayCalendar({ closures: [{ date: '2026-12-29', name: 'Council closure' }] });
    expect(calendar.nonWorkingDaysBetween('2026-12-28', '2026-12-29')).toEqual([
      { date: '2026-12-29', reason: 'closure', name: 'Council closure' },
    ]);
  });

  it('covers the same days as a backward count, in date order', () => {
    expect(ew.nonWorkingDaysBetween('2027-01-04', '2026-12-31').map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('returns nothing for the same day', () => {
    expect(ew.nonWorkingDaysBetween('2026-12-25', '2026-12-25')).toEqual([]);
  });
});

describe('WorkingDayCalendar.holidayName', () => {
  it('names bank holidays and returns undefined for ordinary days', () => {
    expect(ew.holidayName('2023-05-08')).toBe("King Charles III's Coronation");
    expect(ew.holidayName('2023-05-09')).toBeUndefined();
  });
});

describe('the years a calendar knows', () => {
  it('states the years of its bank holidays: 1995 to 2100 for the built-in table', () => {
    expect(ew.holidayYears).toEqual({ first: 1995, last: 2100 });
  });

  it('widens them to the years a GOV.UK feed covers', () => {
    const calendar = createWorkingDayCalendar({ govUkFeed: { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Christmas Day', date: '2101-12-26', notes: 'Substitute day', bunting: true }] } } });
    expect(calendar.holidayYears).toEqual({ first: 1995, last: 2101 });
  });
});
