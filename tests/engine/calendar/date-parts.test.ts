import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDateTimeParts, dateTimePartsOf, EMPTY_DATE_TIME_PARTS, readTimeOfDay, type DateTimeParts } from '../../../engine/calendar/date-parts.js';
import { isRealDate } from '../../../engine/calendar/iso-date.js';

const subject = 'Stage 5 referral made';
const parts = (day: string, month: string, year: string, time: string): DateTimeParts => ({ day, month, year, time });
const check = (value: DateTimeParts, required = false) => checkDateTimeParts(value, { subject, required });

describe('checkDateTimeParts', () => {
  it('reads day, month, year and time into a London date and time', () => {
    expect(check(parts('18', '12', '2026', '16:30'))).toEqual({ ok: true, value: '2026-12-18T16:30' });
    expect(check(parts(' 8 ', '1', '2027', '9am'))).toEqual({ ok: true, value: '2027-01-08T09:00' });
    expect(check(parts('08', 'Dec', '2026', '4.30pm'))).toEqual({ ok: true, value: '2026-12-08T16:30' });
    expect(check(parts('1', 'september', '2026', '0930'))).toEqual({ ok: true, value: '2026-09-01T09:30' });
  });

  it('leaves an optional date empty, and asks for a required one', () => {
    expect(check(EMPTY_DATE_TIME_PARTS)).toEqual({ ok: true, value: undefined });
    expect(checkDateTimeParts(EMPTY_DATE_TIME_PARTS, { subject, required: true, whenEmpty: 'Enter the date and time the disagreement was raised' })).toEqual({
      ok: false,
      problem: { message: 'Enter the date and time the disagreement was raised', parts: ['day', 'month', 'year', 'time'] },
    });
  });

  it('says which part of the date is missing, marking only those boxes', () => {
    expect(check(parts('18', '', '2026', '10:00'))).toEqual({ ok: false, problem: { message: 'Stage 5 referral made must include a month', parts: ['month'] } });
    expect(check(parts('', '', '2026', ''))).toEqual({ ok: false, problem: { message: 'Stage 5 referral made must include a day and month', parts: ['day', 'month'] } });
    expect(check(parts('', '', '', '10:00'))).toEqual({
      ok: false,
      problem: { message: 'Stage 5 referral made must include a day, month and year', parts: ['day', 'month', 'year'] },
    });
    expect(check(parts('18', '12', '2026', ''))).toEqual({
      ok: false,
      problem: { message: 'Stage 5 referral made must include a time, for example 16:30 or 4.30pm', parts: ['time'] },
    });
  });

  it('names an impossible date: "31 February is not a real date"', () => {
    expect(check(parts('31', '2', '2026', '10:00'))).toEqual({ ok: false, problem: { message: '31 February is not a real date', parts: ['day', 'month'] } });
    expect(check(parts('31', '4', '2027', '10:00'))).toMatchObject({ problem: { message: '31 April is not a real date' } });
    expect(check(parts('29', '2', '2026', '10:00'))).toMatchObject({ problem: { message: '29 February 2026 is not a real date: 2026 is not a leap year' } });
    expect(check(parts('29', '2', '2028', '10:00'))).toEqual({ ok: true, value: '2028-02-29T10:00' });
  });

  it('says what is wrong with a month, a day or a year that cannot be', () => {
    expect(check(parts('12', '13', '2026', '10:00'))).toEqual({ ok: false, problem: { message: 'Stage 5 referral made must be a real date: there is no month 13', parts: ['month'] } });
    expect(check(parts('32', '1', '2026', '10:00'))).toMatchObject({ problem: { message: 'Stage 5 referral made must be a real date: no month has 32 days', parts: ['day'] } });
    expect(check(parts('0', '1', '2026', '10:00'))).toMatchObject({ problem: { parts: ['day'] } });
    expect(check(parts('18', '12', '26', '10:00'))).toEqual({
      ok: false,
      problem: { message: 'Stage 5 referral made must include a year with 4 numbers, for example 2026', parts: ['year'] },
    });
    expect(check(parts('first', 'x', '2026', '10:00'))).toMatchObject({ problem: { parts: ['day', 'month'] } });
  });

  it('refuses a time that does not exist, and the hour the clocks skip in spring', () => {
    expect(check(parts('18', '12', '2026', '25:00'))).toMatchObject({ problem: { message: expect.stringMatching(/^25:00 is not a real time/), parts: ['time'] } });
    expect(check(parts('18', '12', '2026', 'soon'))).toMatchObject({ problem: { parts: ['time'] } });
    expect(check(parts('29', '3', '2026', '1.30am'))).toEqual({
      ok: false,
      problem: {
        message: '1.30am on 29 March 2026 never happens in London: the clocks go forward from 1am to 2am that night, so enter a time before 1am or from 2am',
        parts: ['time'],
      },
    });
  });

  it('gives exactly the real dates a value, and that value has the same day, month and year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (year, month, day, hour, minute) => {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const result = check(parts(String(day), String(month), String(year), time));
        const real = isRealDate(year, month, day);
        const skipped = month === 3 && hour === 1 && !result.ok && result.problem.parts[0] === 'time';
        if (!real) {
          expect(result).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/is not a real date|must be a real date/) } });
        } else if (!skipped) {
          expect(result).toEqual({ ok: true, value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}` });
          if (result.ok) expect(dateTimePartsOf(result.value!)).toEqual(parts(String(day), String(month), String(year), time));
        }
      }),
    );
  });

  it('never throws, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), fc.boolean(), (day, month, year, time, required) => {
        const result = checkDateTimeParts(parts(day, month, year, time), { subject, required });
        if (result.ok && result.value !== undefined) expect(result.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
        if (!result.ok) expect(result.problem.parts.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('readTimeOfDay', () => {
  it.each([
    ['16:30', 16, 30],
    ['16.30', 16, 30],
    ['1630', 16, 30],
    ['9', 9, 0],
    ['00:00', 0, 0],
    ['4.30pm', 16, 30],
    ['4:30 PM', 16, 30],
    ['4:30 p.m.', 16, 30],
    ['12pm', 12, 0],
    ['12.15am', 0, 15],
    ['midday', 12, 0],
    ['noon', 12, 0],
  ])('reads %s', (text, hour, minute) => {
    expect(readTimeOfDay(text)).toEqual({ ok: true, hour, minute });
  });

  it('asks which midnight is meant', () => {
    for (const text of ['midnight', '12am', '24:00']) expect(readTimeOfDay(text)).toMatchObject({ ok: false, message: expect.stringMatching(/^Midnight could be the start or the end of the day/) });
  });

  it.each(['13pm', '0am', '10:60', '24:30', '4.3pm', 'half four', '16:30m', ''])('refuses %j', (text) => {
    expect(readTimeOfDay(text).ok).toBe(false);
  });
});
