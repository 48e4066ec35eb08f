import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../engine/calendar/calendar-error.js';
import { addWorkingDays } from '../../../engine/calendar/add-working-days.js';
import { addWorkingDaysByDayLoop } from '../../../engine/calendar/add-working-days-by-day-loop.js';
import { countWorkingDaysBetween } from '../../../engine/calendar/count-working-days-between.js';
import { createWorkingDayCalendar } from '../../../engine/calendar/working-day-calendar.js';
import { isWorkingDay } from '../../../engine/calendar/is-working-day.js';
import { nextWorkingDay } from '../../../engine/calendar/next-working-day.js';
import { previousWorkingDay } from '../../../engine/calendar/previous-working-day.js';

const closure = createWorkingDayCalendar({ closures: [{ date: '2026-12-29', name: 'Council Christmas closure' }] });

describe('isWorkingDay', () => {
  it('uses England and Wales unless told otherwise', () => {
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(isWorkingDay('2026-12-29')).toBe(true);
    expect(isWorkingDay('2026-12-29', { calendar: closure })).toBe(false);
  });

  it('refuses impossible dates', () => {
    for (const bad of ['2026-02-30', '2026-13-01', 'tomorrow']) expect(() => isWorkingDay(bad)).toThrow(CalendarError);
  });
});

describe('addWorkingDays', () => {
  it('reaches the 10-working-day limit of stage 3 across Christmas', () => {
    expect(addWorkingDays('2026-12-22', 10)).toBe('2027-01-08');
    expect(addWorkingDays('2026-12-22', 10, { calendar: closure })).toBe('2027-01-11');
  });
});

describe('countWorkingDaysBetween', () => {
  it('counts with the calendar given', () => {
    expect(countWorkingDaysBetween('2026-12-22', '2027-01-08')).toBe(10);
    expect(countWorkingDaysBetween('2026-12-22', '2027-01-08', { calendar: closure })).toBe(9);
  });
});

describe('nextWorkingDay', () => {
  it('skips closures in the calendar given', () => {
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-29');
    expect(nextWorkingDay('2026-12-24', { calendar: closure })).toBe('2026-12-30');
  });
});

describe('previousWorkingDay', () => {
  it('skips closures in the calendar given', () => {
    expect(previousWorkingDay('2026-12-30')).toBe('2026-12-29');
    expect(previousWorkingDay('2026-12-30', { calendar: closure })).toBe('2026-12-24');
  });
});

describe('addWorkingDaysByDayLoop', () => {
  it('gives the same answers as addWorkingDays in these examples', () => {
    expect(addWorkingDaysByDayLoop('2026-12-22', 10)).toBe('2027-01-08');
    expect(addWorkingDaysByDayLoop('2026-12-29', -1)).toBe('2026-12-24');
    expect(addWorkingDaysByDayLoop('2026-12-26', 0)).toBe('2026-12-26');
  });

  it('refuses a fractional number of days', () => {
    expect(() => addWorkingDaysByDayLoop('2026-12-22', 0.5)).toThrow(CalendarError);
  });
});
