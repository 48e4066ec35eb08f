import fc from 'fast-check';
import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../engine/calendar/calendar-error.js';
import {
  LONDON,
  addElapsedHours,
  endOfDayInLondon,
  formatLondon,
  formatLondonLongDate,
  fromDate,
  londonWallClock,
  parseLondonDateTime,
  toIsoDate,
  toIsoWithOffset,
} from '../../../engine/calendar/london-time.js';

function calendarErrorFrom(run: () => unknown): CalendarError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('parseLondonDateTime', () => {
  it.each(['2026-12-22T10:00', '2026-12-22T10:00:00', '2026-12-22 10:00', ' 2026-12-22T10:00:00.000 '])(
    'reads %j as 10:00 London time',
    (text) => {
      const dt = parseLondonDateTime(text);
      expect(dt).toBe(Date.UTC(2026, 11, 22, 10));
      expect(toIsoWithOffset(dt)).toBe('2026-12-22T10:00:00.000+00:00');
    },
  );

  it('reads a bare date as midnight at the start of that day', () => {
    expect(toIsoWithOffset(parseLondonDateTime('2026-07-01'))).toBe('2026-07-01T00:00:00.000+01:00');
  });

  it('reads summer times on British Summer Time', () => {
    expect(londonWallClock(parseLondonDateTime('2026-06-22T10:00')).offset).toBe(60);
  });

  it('treats Z and explicit offsets as exact instants, shown in London', () => {
    expect(toIsoWithOffset(parseLondonDateTime('2026-06-22T10:00Z'))).toBe('2026-06-22T11:00:00.000+01:00');
    expect(toIsoWithOffset(parseLondonDateTime('2026-06-22T10:00+01:00'))).toBe('2026-06-22T10:00:00.000+01:00');
    expect(toIsoWithOffset(parseLondonDateTime('2026-06-22T10:00+02:00'))).toBe('2026-06-22T09:00:00.000+01:00');
    expect(toIsoWithOffset(parseLondonDateTime('2026-12-22T10:00-0500'))).toBe('2026-12-22T15:00:00.000+00:00');
  });

  it('refuses a time that the clocks skip in March, saying why', () => {
    const error = calendarErrorFrom(() => parseLondonDateTime('2026-03-29T01:30'));
    expect(error.message).toMatch(/clocks go forward/);
    expect(error.hint).toMatch(/02:30/);
  });

  it('reads the repeated October hour as its first occurrence, on summer time', () => {
    const dt = parseLondonDateTime('2026-10-25T01:30');
    expect(toIsoWithOffset(dt)).toBe('2026-10-25T01:30:00.000+01:00');
    expect(toIsoWithOffset(parseLondonDateTime('2026-10-25T01:30+00:00'))).toBe('2026-10-25T01:30:00.000+00:00');
  });

  it('reads times either side of the March change correctly', () => {
    expect(toIsoWithOffset(parseLondonDateTime('2026-03-29T00:59'))).toBe('2026-03-29T00:59:00.000+00:00');
    expect(toIsoWithOffset(parseLondonDateTime('2026-03-29T02:00'))).toBe('2026-03-29T02:00:00.000+01:00');
  });

  it.each(['2026-02-30T10:00', '2026-12-22T24:00', '2026-12-22T10:60', '2026-12-22T10', 'tomorrow at ten', '22/12/2026 10:00', '2026-12-22Z'])(
    'refuses %j with a hint',
    (text) => {
      const error = calendarErrorFrom(() => parseLondonDateTime(text));
      expect(error.hint.length).toBeGreaterThan(0);
    },
  );

  it('gives back the same wall-clock time for every valid non-gap time', () => {
    const minuteOfYear = fc.integer({ min: 0, max: 365 * 24 * 60 - 1 });
    fc.assert(
      fc.property(minuteOfYear, (m) => {
        // A wall-clock reading of 2026, written out through UTC so that no time zone is involved.
        const text = new Date(Date.UTC(2026, 0, 1) + m * 60_000).toISOString().slice(0, 16);
        const inGap = text.slice(0, 13) === '2026-03-29T01';
        if (inGap) {
          expect(() => parseLondonDateTime(text)).toThrow(CalendarError);
        } else {
          expect(toIsoWithOffset(parseLondonDateTime(text)).slice(0, 16)).toBe(text);
        }
      }),
    );
  });
});

describe('toIsoDate', () => {
  it('gives the London day of an instant, which can differ from the UTC day in summer', () => {
    expect(toIsoDate(parseLondonDateTime('2026-06-30T23:30Z'))).toBe('2026-07-01');
    expect(toIsoDate(parseLondonDateTime('2026-12-31T23:30Z'))).toBe('2026-12-31');
  });
});

describe('endOfDayInLondon', () => {
  it('defaults to one second before midnight, in winter and summer', () => {
    expect(toIsoWithOffset(endOfDayInLondon('2027-01-08'))).toBe('2027-01-08T23:59:59.000+00:00');
    expect(toIsoWithOffset(endOfDayInLondon('2026-07-08'))).toBe('2026-07-08T23:59:59.000+01:00');
  });

  it('accepts a time of day', () => {
    expect(toIsoWithOffset(endOfDayInLondon('2026-10-25', '17:00'))).toBe('2026-10-25T17:00:00.000+00:00');
  });

  it('refuses an impossible day or time', () => {
    expect(() => endOfDayInLondon('2026-02-30')).toThrow(CalendarError);
    expect(() => endOfDayInLondon('2026-12-22', '5pm')).toThrow(CalendarError);
  });
});

describe('addElapsedHours', () => {
  it('counts real hours across the October change: 24 h after Saturday 10:00 is Sunday 09:00', () => {
    const later = addElapsedHours(parseLondonDateTime('2026-10-24T10:00'), 24);
    expect(formatLondon(later)).toBe('Sun 25 Oct 2026, 09:00');
  });

  it('counts real hours across the March change: 24 h after Saturday 10:00 is Sunday 11:00', () => {
    const later = addElapsedHours(parseLondonDateTime('2026-03-28T10:00'), 24);
    expect(formatLondon(later)).toBe('Sun 29 Mar 2026, 11:00');
  });

  it('handles the 96-hour upper limit of stage 1 in an ordinary week', () => {
    expect(formatLondon(addElapsedHours(parseLondonDateTime('2026-12-14T09:00'), 96))).toBe('Fri 18 Dec 2026, 09:00');
  });

  it('always moves by exactly that many milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * 365 * 24 }), fc.integer({ min: -200, max: 200 }), (h, hours) => {
        const start = parseLondonDateTime('2026-01-01T00:00') + h * 3_600_000;
        expect(addElapsedHours(start, hours) - start).toBe(hours * 3_600_000);
      }),
    );
  });

  it('refuses a non-finite number of hours', () => {
    expect(() => addElapsedHours(parseLondonDateTime('2026-10-24T10:00'), Number.NaN)).toThrow(CalendarError);
  });
});

describe('formatLondon', () => {
  it('writes weekday, day, month, year and 24-hour time', () => {
    expect(formatLondon(parseLondonDateTime('2026-12-18T10:00'))).toBe('Fri 18 Dec 2026, 10:00');
    expect(formatLondon(parseLondonDateTime('2026-09-07T17:05'))).toBe('Mon 7 Sep 2026, 17:05');
  });

  it('shows an instant given in UTC in London time', () => {
    expect(formatLondon(Date.parse('2026-06-22T09:00:00Z'))).toBe('Mon 22 Jun 2026, 10:00');
  });
});

describe('toIsoWithOffset', () => {
  it('always writes the offset, never Z', () => {
    expect(toIsoWithOffset(Date.parse('2026-12-22T10:00:00Z'))).toBe('2026-12-22T10:00:00.000+00:00');
  });

  it('refuses a moment that is not a finite number', () => {
    expect(() => toIsoWithOffset(Number.NaN)).toThrow(CalendarError);
    expect(() => toIsoWithOffset(Number.POSITIVE_INFINITY)).toThrow(CalendarError);
  });
});

describe('londonWallClock', () => {
  it('reads the clock on either side of the October change, where 01:30 happens twice', () => {
    const first = parseLondonDateTime('2026-10-25T01:30');
    expect(londonWallClock(first)).toEqual({ year: 2026, month: 10, day: 25, weekday: 7, hour: 1, minute: 30, second: 0, millisecond: 0, offset: 60 });
    expect(londonWallClock(first + 3_600_000)).toMatchObject({ hour: 1, minute: 30, offset: 0 });
  });

  it('agrees with the runtime time-zone data on the London day and time of any instant', () => {
    const format = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (time) => {
        const clock = londonWallClock(time);
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(`${pad(clock.day)}/${pad(clock.month)}/${clock.year}, ${pad(clock.hour)}:${pad(clock.minute)}`).toBe(format.format(time));
      }),
    );
  });
});

describe('fromDate', () => {
  it('gives the moment of a Date', () => {
    expect(toIsoDate(fromDate(new Date('2026-06-30T23:30:00Z')))).toBe('2026-07-01');
  });

  it('refuses an invalid Date', () => {
    expect(() => fromDate(new Date('not a date'))).toThrow(CalendarError);
  });
});

describe('formatLondonLongDate', () => {
  it('writes the London day with the full month name', () => {
    expect(formatLondonLongDate(parseLondonDateTime('2026-01-05T09:00'))).toBe('5 January 2026');
    expect(formatLondonLongDate(parseLondonDateTime('2026-09-30T23:30Z'))).toBe('1 October 2026');
  });
});

describe('toIsoWithOffset far from today', () => {
  it('writes London local mean time (year 1, before 1847) with a whole-minute offset that names the same instant', () => {
    const time = parseLondonDateTime('0001-01-01T10:00:00Z');
    const text = toIsoWithOffset(time);
    expect(text).toMatch(/^0001-01-01T\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(parseLondonDateTime(text)).toBe(time);
  });

  it('writes years past 9999 and before year 1 in the expanded form, round-tripping', () => {
    for (const iso of ['+012345-06-01T10:00:00Z', '-000001-06-01T10:00:00Z']) {
      const time = Date.parse(iso);
      const text = toIsoWithOffset(time);
      expect(text, iso).toMatch(/^[+-]\d{6}-06-01T\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
      expect(Date.parse(text)).toBe(time);
    }
  });
});

describe('londonWallClock across every clock change from 1900 to 2100', () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  /** The library's answer, asked afresh: the module remembers one offset per UTC hour. */
  const offsetFromZoneData = (time: number) => tzOffset(LONDON, new Date(time));

  it('gives the zone data\'s offset at both ends of every hour of a day with a change, which always falls on a whole UTC hour', () => {
    let changes = 0;
    for (let day = Date.UTC(1900, 0, 1); day < Date.UTC(2100, 0, 1); day += DAY) {
      if (offsetFromZoneData(day) === offsetFromZoneData(day + DAY)) continue;
      changes += 1;
      for (let hour = day; hour < day + DAY; hour += HOUR) {
        // The first moment of the hour asks the zone data; the last is answered from what was remembered.
        const first = londonWallClock(hour).offset;
        const last = londonWallClock(hour + HOUR - 1).offset;
        expect(first, new Date(hour).toISOString()).toBe(offsetFromZoneData(hour));
        expect(last, new Date(hour + HOUR - 1).toISOString()).toBe(offsetFromZoneData(hour + HOUR - 1));
      }
    }
    // Two a year since 1972, more in the war years: a scan that found none would prove nothing.
    expect(changes).toBeGreaterThan(300);
  });

  it('asks the zone data at every moment before 1900: local mean time ended 75 seconds into an hour of UTC', () => {
    // 1 December 1847: London took Greenwich time at 00:01:15 UTC, so two moments of one UTC hour have different offsets.
    const before = Date.UTC(1847, 11, 1, 0, 0, 30);
    const after = Date.UTC(1847, 11, 1, 0, 2, 0);
    expect(offsetFromZoneData(before)).not.toBe(offsetFromZoneData(after));
    expect(londonWallClock(before).offset).toBe(offsetFromZoneData(before));
    expect(londonWallClock(after).offset).toBe(offsetFromZoneData(after));
  });
});
