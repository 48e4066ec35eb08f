import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAY_CORRECTIONS,
  applyBankHolidayCorrections,
} from '../../../cli/tools/bank-holiday-corrections.mjs';
import { addWorkingDays } from '../../../engine/calendar/add-working-days.js';
import { countWorkingDaysBetween } from '../../../engine/calendar/count-working-days-between.js';
import { englandAndWalesBankHolidays } from '../../../engine/calendar/bank-holidays.js';
import { isWorkingDay } from '../../../engine/calendar/is-working-day.js';
import { nextWorkingDay } from '../../../engine/calendar/next-working-day.js';
import { previousWorkingDay } from '../../../engine/calendar/previous-working-day.js';

function holidaysIn(year: number): { date: string; name: string }[] {
  return englandAndWalesBankHolidays()
    .filter((h) => h.date.startsWith(`${year}-`))
    .map((h) => ({ date: h.date, name: h.name }));
}

// The one-off years date-holidays gets wrong, checked through the public
// calendar functions against the proclamations themselves.
describe('isWorkingDay', () => {
  it('keeps 1 May 1995 as a working day and gives 8 May 1995 off for VE Day', () => {
    expect(isWorkingDay('1995-05-01')).toBe(true);
    expect(isWorkingDay('1995-05-08')).toBe(false);
  });

  it('gives Friday 31 December 1999 off for the Millennium, beside the Christmas and New Year substitutes', () => {
    expect(isWorkingDay('1999-12-31')).toBe(false);
    expect(['1999-12-27', '1999-12-28', '2000-01-03'].map((d) => isWorkingDay(d))).toEqual([false, false, false]);
    expect(['1999-12-29', '1999-12-30', '2000-01-04'].map((d) => isWorkingDay(d))).toEqual([true, true, true]);
  });

  it('moves the 2002 spring holiday to 4 June and adds 3 June for the Golden Jubilee', () => {
    expect(isWorkingDay('2002-05-27')).toBe(true);
    expect(isWorkingDay('2002-06-03')).toBe(false);
    expect(isWorkingDay('2002-06-04')).toBe(false);
  });

  it('gives Friday 29 April 2011 off for the royal wedding', () => {
    expect(isWorkingDay('2011-04-29')).toBe(false);
    expect(isWorkingDay('2011-04-28')).toBe(true);
  });

  it('moves the 2012 spring holiday to 4 June, beside the Diamond Jubilee on 5 June', () => {
    expect(isWorkingDay('2012-05-28')).toBe(true);
    expect(isWorkingDay('2012-06-04')).toBe(false);
    expect(isWorkingDay('2012-06-05')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('steps over the 2002 Golden Jubilee weekend (Saturday to Tuesday)', () => {
    expect(addWorkingDays('2002-05-31', 1)).toBe('2002-06-05');
    expect(addWorkingDays('2002-06-05', -1)).toBe('2002-05-31');
  });

  it('counts 27 May 2002 as a working day, since the spring holiday moved', () => {
    expect(addWorkingDays('2002-05-24', 1)).toBe('2002-05-27');
  });

  it('steps over the 1999 Millennium holiday and the New Year substitute', () => {
    expect(addWorkingDays('1999-12-30', 1)).toBe('2000-01-04');
  });

  it('steps over the royal wedding and the early May holiday in 2011', () => {
    expect(addWorkingDays('2011-04-28', 1)).toBe('2011-05-03');
  });
});

describe('countWorkingDaysBetween', () => {
  it('finds one working day fewer in the weeks of each corrected year that gained a holiday', () => {
    // Monday to the next Monday is five working days in an ordinary week.
    expect(countWorkingDaysBetween('1995-05-01', '1995-05-08')).toBe(4);
    expect(countWorkingDaysBetween('1995-04-24', '1995-05-01')).toBe(5);
    expect(countWorkingDaysBetween('2012-05-28', '2012-06-11')).toBe(8);
  });
});

describe('nextWorkingDay', () => {
  it('skips the 2012 Diamond Jubilee double holiday', () => {
    expect(nextWorkingDay('2012-06-01')).toBe('2012-06-06');
  });
});

describe('previousWorkingDay', () => {
  it('lands on the Thursday before the 2011 royal wedding', () => {
    expect(previousWorkingDay('2011-05-03')).toBe('2011-04-28');
  });
});

describe('englandAndWalesBankHolidays', () => {
  it('lists 1995, 1999, 2002, 2011 and 2012 as proclaimed', () => {
    expect(holidaysIn(1995).filter((h) => h.date.startsWith('1995-05'))).toEqual([
      { date: '1995-05-08', name: 'Early May bank holiday (VE day)' },
      { date: '1995-05-29', name: 'Spring bank holiday' },
    ]);
    expect(holidaysIn(1999).at(-1)).toEqual({ date: '1999-12-31', name: 'Millennium bank holiday' });
    expect(holidaysIn(2002).filter((h) => h.date >= '2002-05-01' && h.date < '2002-07-01')).toEqual([
      { date: '2002-05-06', name: 'Early May bank holiday' },
      { date: '2002-06-03', name: 'Queen’s Golden Jubilee' },
      { date: '2002-06-04', name: 'Spring bank holiday' },
    ]);
    expect(holidaysIn(2011).filter((h) => h.date >= '2011-04-01' && h.date < '2011-06-01')).toEqual([
      { date: '2011-04-22', name: 'Good Friday' },
      { date: '2011-04-25', name: 'Easter Monday' },
      { date: '2011-04-29', name: 'Royal wedding' },
      { date: '2011-05-02', name: 'Early May bank holiday' },
      { date: '2011-05-30', name: 'Spring bank holiday' },
    ]);
    expect(holidaysIn(2012).filter((h) => h.date >= '2012-05-01' && h.date < '2012-07-01')).toEqual([
      { date: '2012-05-07', name: 'Early May bank holiday' },
      { date: '2012-06-04', name: 'Spring bank holiday' },
      { date: '2012-06-05', name: 'Queen’s Diamond Jubilee' },
    ]);
  });

  it('has eight bank holidays in each ordinary year and nine in each year a proclamation added one', () => {
    // Weekend days with a substitute are listed beside it, so count only weekdays.
    const weekdayCount = (year: number): number =>
      holidaysIn(year).filter((h) => {
        const weekday = new Date(`${h.date}T00:00:00Z`).getUTCDay();
        return weekday !== 0 && weekday !== 6;
      }).length;
    expect([1995, 1999, 2002, 2011, 2012].map(weekdayCount)).toEqual([8, 9, 9, 9, 9]);
    expect([1996, 2003, 2013].map(weekdayCount)).toEqual([8, 8, 8]);
  });
});

describe('applyBankHolidayCorrections', () => {
  const early1995 = { date: '1995-05-01', name: 'Early May bank holiday' };

  it('removes and adds days and returns them in date order without changing its input', () => {
    const input = [{ date: '1995-12-25', name: 'Christmas Day' }, early1995];
    const only1995 = BANK_HOLIDAY_CORRECTIONS.filter((c) => c.year === 1995);
    expect(applyBankHolidayCorrections(input, only1995)).toEqual([
      { date: '1995-05-08', name: 'Early May bank holiday (VE day)' },
      { date: '1995-12-25', name: 'Christmas Day' },
    ]);
    expect(input).toEqual([{ date: '1995-12-25', name: 'Christmas Day' }, early1995]);
  });

  it('refuses to remove a day that is not there, so an upstream fix is noticed', () => {
    const only1995 = BANK_HOLIDAY_CORRECTIONS.filter((c) => c.year === 1995);
    expect(() => applyBankHolidayCorrections([], only1995)).toThrow(/delete the entry/);
  });

  it('refuses to remove a day listed under another name', () => {
    const only1995 = BANK_HOLIDAY_CORRECTIONS.filter((c) => c.year === 1995);
    expect(() => applyBankHolidayCorrections([{ date: '1995-05-01', name: 'May Day' }], only1995)).toThrow(
      /found "May Day"/,
    );
  });

  it('refuses to add a day that is already there, so an upstream fix is noticed', () => {
    const only2011 = BANK_HOLIDAY_CORRECTIONS.filter((c) => c.year === 2011);
    expect(() =>
      applyBankHolidayCorrections([{ date: '2011-04-29', name: 'Wedding of Prince William' }], only2011),
    ).toThrow(/already "Wedding of Prince William"/);
  });

  it('gives every correction a source note and keeps each day inside its year', () => {
    for (const c of BANK_HOLIDAY_CORRECTIONS) {
      expect(c.source).toMatch(/^Royal proclamation .+\.$/);
      for (const day of [...c.remove, ...c.add]) expect(day.date.startsWith(`${c.year}-`)).toBe(true);
    }
  });
});
