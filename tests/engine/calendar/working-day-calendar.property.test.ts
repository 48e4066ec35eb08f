import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDaysByDayLoop } from '../../../engine/calendar/add-working-days-by-day-loop.js';
import { englandAndWalesCalendar } from '../../../engine/calendar/england-and-wales-calendar.js';
import type { GovUkFeed } from '../../../engine/calendar/gov-uk-feed-model.js';
import { fromDayNumber, toDayNumber } from '../../../engine/calendar/iso-date.js';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../../engine/calendar/working-day-calendar.js';

// Days from a little before the table to a little after, so the edges and
// the weekend-only fallback are both exercised.
const day = fc
  .integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2106-12-31') })
  .map((n) => fromDayNumber(n));
const nonZero = fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0);
const anyN = fc.integer({ min: -300, max: 300 });

const closureList = fc.array(
  fc.record({ date: day, name: fc.constantFrom('Council closure', 'Office move', 'Training day') }),
  { maxLength: 40 },
);

// A feed for a few random years, with random (possibly weekday) holidays:
// it must replace the table for exactly those years.
const feed: fc.Arbitrary<GovUkFeed> = fc
  .uniqueArray(fc.integer({ min: 1993, max: 2103 }), { minLength: 1, maxLength: 4 })
  .chain((years) =>
    fc.tuple(
      ...years.map((year) =>
        fc.uniqueArray(fc.integer({ min: toDayNumber(`${year}-01-01`), max: toDayNumber(`${year}-12-31`) }), {
          minLength: 1,
          maxLength: 10,
        }),
      ),
    ),
  )
  .map((perYear) => ({
    'england-and-wales': {
      division: 'england-and-wales',
      events: perYear.flat().map((n) => ({ title: 'Feed holiday', date: fromDayNumber(n), notes: '', bunting: false })),
    },
  }));

/** Each property runs against the default calendar and random loaded ones. */
const calendars: fc.Arbitrary<WorkingDayCalendar> = fc.oneof(
  fc.constant(englandAndWalesCalendar),
  closureList.map((closures) => createWorkingDayCalendar({ closures })),
  fc.tuple(closureList, feed).map(([closures, govUkFeed]) => createWorkingDayCalendar({ closures, govUkFeed })),
);

/** Counting the slow way, straight from the definition. */
function countByDayLoop(calendar: WorkingDayCalendar, from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  let count = 0;
  if (b >= a) for (let d = a + 1; d <= b; d += 1) count += calendar.isWorkingDay(fromDayNumber(d)) ? 1 : 0;
  else for (let d = b; d < a; d += 1) count -= calendar.isWorkingDay(fromDayNumber(d)) ? 1 : 0;
  return count;
}

describe('addWorkingDays', () => {
  it('never lands on a weekend, bank holiday or closure when n is not zero', () => {
    fc.assert(
      fc.property(calendars, day, nonZero, (calendar, d, n) => {
        const result = calendar.addWorkingDays(d, n);
        expect(calendar.isWorkingDay(result)).toBe(true);
        expect(calendar.holidayName(result)).toBeUndefined();
      }),
    );
  });

  it('is strictly increasing in n: more working days always lands later', () => {
    fc.assert(
      fc.property(calendars, day, anyN, anyN, (calendar, d, m, n) => {
        fc.pre(m !== n);
        const [low, high] = m < n ? [m, n] : [n, m];
        // ISO dates of the same width sort as strings in date order.
        expect(calendar.addWorkingDays(d, low) < calendar.addWorkingDays(d, high)).toBe(true);
      }),
    );
  });

  it('is undone by countWorkingDaysBetween', () => {
    fc.assert(
      fc.property(calendars, day, anyN, (calendar, d, n) => {
        expect(calendar.countWorkingDaysBetween(d, calendar.addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it('equals the day-by-day loop', () => {
    fc.assert(
      fc.property(calendars, day, anyN, (calendar, d, n) => {
        expect(calendar.addWorkingDays(d, n)).toBe(addWorkingDaysByDayLoop(d, n, { calendar }));
      }),
    );
  });

  it('moves in the direction of n', () => {
    fc.assert(
      fc.property(calendars, day, nonZero, (calendar, d, n) => {
        const result = calendar.addWorkingDays(d, n);
        expect(n > 0 ? result > d : result < d).toBe(true);
      }),
    );
  });
});

describe('countWorkingDaysBetween', () => {
  it('equals counting day by day, in both directions', () => {
    const nearby = fc.integer({ min: -120, max: 120 });
    fc.assert(
      fc.property(calendars, day, nearby, (calendar, from, offset) => {
        const to = fromDayNumber(toDayNumber(from) + offset);
        expect(calendar.countWorkingDaysBetween(from, to)).toBe(countByDayLoop(calendar, from, to));
      }),
    );
  });

  it('adds up along the way: count(a, b) + count(b, c) === count(a, c) when a <= b <= c', () => {
    fc.assert(
      fc.property(calendars, day, day, day, (calendar, x, y, z) => {
        const [a, b, c] = [x, y, z].sort() as [string, string, string];
        expect(calendar.countWorkingDaysBetween(a, b) + calendar.countWorkingDaysBetween(b, c)).toBe(
          calendar.countWorkingDaysBetween(a, c),
        );
      }),
    );
  });
});

describe('nonWorkingDaysBetween', () => {
  it('lists exactly the days a count steps over that do not count', () => {
    fc.assert(
      fc.property(calendars, day, fc.integer({ min: -60, max: 60 }), (calendar, from, offset) => {
        const to = fromDayNumber(toDayNumber(from) + offset);
        const skipped = calendar.nonWorkingDaysBetween(from, to);
        expect(skipped.length + Math.abs(calendar.countWorkingDaysBetween(from, to))).toBe(Math.abs(offset));
        for (const entry of skipped) expect(calendar.isWorkingDay(entry.date)).toBe(false);
      }),
    );
  });
});

describe('createWorkingDayCalendar', () => {
  it('lets a GOV.UK feed replace the table for the years it covers, and only those', () => {
    fc.assert(
      fc.property(feed, day, (govUkFeed, d) => {
        const calendar = createWorkingDayCalendar({ govUkFeed });
        const events = govUkFeed['england-and-wales']?.events ?? [];
        const years = new Set(events.map((e) => e.date.slice(0, 4)));
        const inFeed = events.some((e) => e.date === d);
        const expected = years.has(d.slice(0, 4))
          ? inFeed
            ? 'Feed holiday'
            : undefined
          : englandAndWalesCalendar.holidayName(d);
        expect(calendar.holidayName(d)).toBe(expected);
      }),
    );
  });
});
