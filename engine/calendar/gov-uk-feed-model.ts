/**
 * The GOV.UK bank-holidays feed as data, and the England and Wales holidays
 * in it. Kept apart from the feed's parser (gov-uk-feed.ts) so the calendar
 * itself never loads the YAML/JSON reader.
 */
import type { Holiday } from './holiday.js';
import type { IsoDate } from './iso-date.js';

/** One event in the GOV.UK bank-holidays feed. */
export interface GovUkFeedEvent {
  /** The holiday's name, e.g. `'New Year’s Day'`. */
  readonly title: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** Usually empty; `'Substitute day'` or `'Extra bank holiday'` when it applies. */
  readonly notes: string;
  /** Whether GOV.UK shows bunting; carried through, not used. */
  readonly bunting: boolean;
}

/** One division of the feed (`england-and-wales`, `scotland`, `northern-ireland`). */
export interface GovUkFeedDivision {
  readonly division: string;
  readonly events: readonly GovUkFeedEvent[];
}

/**
 * The official GOV.UK bank-holidays feed (https://www.gov.uk/bank-holidays.json):
 * one entry per division. The calendar uses `england-and-wales`.
 */
export interface GovUkFeed {
  readonly [division: string]: GovUkFeedDivision;
}

/** The division this project's calendar follows. */
export const GOV_UK_DIVISION = 'england-and-wales';

/** England and Wales holidays from a feed, and the years the feed speaks for. */
export interface GovUkFeedHolidays {
  /** Every year with at least one England and Wales event, ascending. */
  readonly years: readonly number[];
  /** The holidays; a note such as "Substitute day" is added to the name. */
  readonly holidays: readonly Holiday[];
}

/**
 * The England and Wales holidays in a feed. A year the feed lists replaces
 * the built-in table for that whole year.
 *
 * @example
 * govUkFeedHolidays(feed).holidays.find((h) => h.date === '2022-12-27')?.name;
 * // 'Christmas Day (substitute day)'
 */
export function govUkFeedHolidays(feed: GovUkFeed): GovUkFeedHolidays {
  const division = feed[GOV_UK_DIVISION];
  const events = division?.events ?? [];
  const years = [...new Set(events.map((event) => Number(event.date.slice(0, 4))))].sort((a, b) => a - b);
  const holidays = events.map((event) => {
    const note = event.notes.trim();
    return Object.freeze({ date: event.date, name: note === '' ? event.title : `${event.title} (${note.toLowerCase()})` });
  });
  return Object.freeze({ years: Object.freeze(years), holidays: Object.freeze(holidays) });
}
