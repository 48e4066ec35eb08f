import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../engine/calendar/calendar-error.js';
import { englandAndWalesCalendar } from '../../../engine/calendar/england-and-wales-calendar.js';
import { parseGovUkFeed } from '../../../engine/calendar/gov-uk-feed.js';
import { govUkFeedHolidays } from '../../../engine/calendar/gov-uk-feed-model.js';
import { createWorkingDayCalendar } from '../../../engine/calendar/working-day-calendar.js';

const FIXTURE = 'gov-uk-bank-holidays-2025-2026.json';
const text = readFileSync(new URL(`../../fixtures/calendar/${FIXTURE}`, import.meta.url), 'utf8');

function event(date: string, title: string, notes = '') {
  return { title, date, notes, bunting: false };
}

describe('parseGovUkFeed', () => {
  it('reads a saved copy of the official feed', () => {
    const feed = parseGovUkFeed(text, FIXTURE);
    expect(Object.keys(feed)).toEqual(['england-and-wales', 'scotland', 'northern-ireland']);
    expect(feed['england-and-wales']?.events).toHaveLength(16);
  });

  it('accepts already-parsed JSON as well as text', () => {
    expect(parseGovUkFeed(JSON.parse(text))).toEqual(parseGovUkFeed(text, FIXTURE));
  });

  it('refuses a feed without England and Wales', () => {
    expect(() => parseGovUkFeed('{"scotland": {"division": "scotland", "events": []}}', 'feed.json')).toThrow(
      /no "england-and-wales" division/,
    );
  });

  it('points at an impossible date with line and column', () => {
    const bad = text.replace('"2026-04-03"', '"2026-04-31"');
    let thrown: unknown;
    try {
      parseGovUkFeed(bad, FIXTURE);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CalendarError);
    const error = thrown as CalendarError;
    const line = bad.split('\n').findIndex((l) => l.includes('2026-04-31')) + 1;
    expect(error.line).toBe(line);
    expect(error.message).toContain(`${FIXTURE}:${line}:`);
    expect(error.hint).toMatch(/gov\.uk\/bank-holidays\.json/);
  });

  it('refuses text that is not JSON or YAML', () => {
    expect(() => parseGovUkFeed('{"england-and-wales": ', 'feed.json')).toThrow(CalendarError);
  });
});

describe('govUkFeedHolidays', () => {
  it('lists the years covered and adds notes to names', () => {
    const { years, holidays } = govUkFeedHolidays(parseGovUkFeed(text, FIXTURE));
    expect(years).toEqual([2025, 2026]);
    expect(holidays.find((h) => h.date === '2026-12-28')?.name).toBe('Boxing Day (substitute day)');
  });
});

describe('createWorkingDayCalendar', () => {
  it('agrees with the built-in table where the real feed and the table agree', () => {
    const calendar = createWorkingDayCalendar({ govUkFeed: parseGovUkFeed(text, FIXTURE) });
    expect(calendar.addWorkingDays('2026-12-22', 10)).toBe(englandAndWalesCalendar.addWorkingDays('2026-12-22', 10));
  });

  it('lets the feed win for the years it covers and keeps the table for the others', () => {
    // A feed for 2026 only, with one extra day and without Easter Monday.
    const govUkFeed = parseGovUkFeed({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [event('2026-04-03', 'Good Friday'), event('2026-06-15', 'Extra day', 'Extra bank holiday')],
      },
    });
    const calendar = createWorkingDayCalendar({ govUkFeed });
    expect(calendar.isWorkingDay('2026-06-15')).toBe(false);
    expect(calendar.holidayName('2026-06-15')).toBe('Extra day (extra bank holiday)');
    expect(calendar.isWorkingDay('2026-04-06')).toBe(true);
    expect(calendar.isWorkingDay('2026-12-25')).toBe(true);
    expect(calendar.isWorkingDay('2027-03-29')).toBe(false);
    expect(calendar.isWorkingDay('2025-12-25')).toBe(false);
  });

  it('reports weekend days the feed does not list as plain weekends', () => {
    const calendar = createWorkingDayCalendar({ govUkFeed: parseGovUkFeed(text, FIXTURE) });
    expect(calendar.nonWorkingDaysBetween('2026-12-25', '2026-12-26')).toEqual([{ date: '2026-12-26', reason: 'weekend' }]);
  });
});

describe('parseGovUkFeed on an implausible feed', () => {
  it('refuses a feed that makes every day of a year a holiday, at the first event too many', () => {
    const days = Array.from({ length: 365 }, (_, index) => new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10));
    const feed = { 'england-and-wales': { division: 'england-and-wales', events: days.map((date) => event(date, 'Holiday')) } };
    const source = JSON.stringify(feed, null, 2);
    let error: unknown;
    try {
      parseGovUkFeed(source, 'feed.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarError);
    const calendarError = error as CalendarError;
    expect(calendarError.message).toMatch(/2026/);
    expect(calendarError.message).toMatch(/holidays/);
    // The events are five lines apart; the sixteenth of 2026 is the first too many.
    expect(calendarError.line).toBe(source.split('\n').findIndex((line) => line.includes('"2026-01-16"')) + 1);
  });

  it('still reads a real year with its substitute and one-off days', () => {
    expect(() => parseGovUkFeed(text, FIXTURE)).not.toThrow();
  });
});

describe('parseGovUkFeed outside the calendar’s years', () => {
  it('refuses a holiday after 2100 at its date, stating the years the calendar covers, instead of ignoring it', () => {
    const feed = { 'england-and-wales': { division: 'england-and-wales', events: [event('2026-12-25', 'Christmas Day'), event('2101-12-26', 'Boxing Day')] } };
    const source = JSON.stringify(feed, null, 2);
    expect(() => parseGovUkFeed(source, 'feed.json')).toThrow(/^feed\.json:\d+:\d+: england-and-wales event 2 \(Boxing Day\): 2101-12-26 is in 2101, outside .*\(1995 to 2100\)/);
  });

  it('keeps a division called __proto__ as a division, not a prototype', () => {
    const feed = parseGovUkFeed(`{"england-and-wales": {"events": []}, "__proto__": {"events": [${JSON.stringify(event('2026-12-25', 'X'))}]}}`, 'feed.json');
    expect(Object.getPrototypeOf(feed)).toBe(Object.prototype);
    expect(Object.keys(feed)).toEqual(['england-and-wales', '__proto__']);
  });
});
