import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { applyBankHolidayCorrections } from '../../../cli/tools/bank-holiday-corrections.mjs';
import {
  BANK_HOLIDAY_FIRST_YEAR,
  BANK_HOLIDAY_LAST_YEAR,
  englandAndWalesBankHolidays,
} from '../../../engine/calendar/bank-holidays.js';
import { BANK_HOLIDAY_DATA } from '../../../engine/calendar/bank-holidays.data.js';

function nameOn(date: string): string | undefined {
  return englandAndWalesBankHolidays().find((h) => h.date === date)?.name;
}

describe('englandAndWalesBankHolidays', () => {
  it('equals date-holidays plus the corrections for every year 1995–2100, so the table cannot drift', () => {
    const hd = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
    const fromDateHolidays: { date: string; name: string }[] = [];
    for (let year = 1995; year <= 2100; year += 1) {
      for (const h of hd.getHolidays(year)) fromDateHolidays.push({ date: h.date.slice(0, 10), name: h.name });
    }
    expect(englandAndWalesBankHolidays()).toEqual(applyBankHolidayCorrections(fromDateHolidays));
  });

  it('covers 1995 to 2100', () => {
    expect([BANK_HOLIDAY_FIRST_YEAR, BANK_HOLIDAY_LAST_YEAR]).toEqual([1995, 2100]);
    const holidays = englandAndWalesBankHolidays();
    expect(holidays[0]?.date).toBe('1995-01-01');
    expect(holidays.at(-1)?.date).toBe('2100-12-28');
  });

  it('lists holidays in strictly increasing date order', () => {
    const dates = englandAndWalesBankHolidays().map((h) => h.date);
    expect(dates.every((date, i) => i === 0 || (dates[i - 1] as string) < date)).toBe(true);
  });

  it.each([
    ['2020-05-08', 'Early May bank holiday (VE day)'],
    ['2022-06-02', 'Spring bank holiday'],
    ['2022-06-03', 'Queen’s Platinum Jubilee'],
    ['2022-09-19', "Queen Elizabeth's Funeral Day"],
    ['2023-05-08', "King Charles III's Coronation"],
  ])('includes the one-off holiday on %s (%s)', (date, name) => {
    expect(nameOn(date)).toBe(name);
  });

  it('moves the early May holiday in 2020 rather than adding one', () => {
    expect(nameOn('2020-05-04')).toBeUndefined();
  });

  it.each([
    ['2021-12-27', 'Christmas Day (substitute day)'],
    ['2021-12-28', 'Boxing Day (substitute day)'],
    ['2022-12-27', 'Christmas Day (substitute day)'],
    ['2022-01-03', "New Year's Day (substitute day)"],
    ['2026-12-28', 'Boxing Day (substitute day)'],
  ])('includes the substitute day %s (%s)', (date, name) => {
    expect(nameOn(date)).toBe(name);
  });

  it('returns the same frozen array every time', () => {
    expect(englandAndWalesBankHolidays()).toBe(englandAndWalesBankHolidays());
    expect(Object.isFrozen(englandAndWalesBankHolidays())).toBe(true);
  });
});

describe('BANK_HOLIDAY_DATA', () => {
  it('stays compact: three characters per holiday', () => {
    expect(BANK_HOLIDAY_DATA.table.length).toBe(3 * englandAndWalesBankHolidays().length);
  });
});
