import { INPUT_CAPS } from '../kernel/input-caps.js';
import { isRecord } from '../kernel/is-record.js';
import { dataError, parseDataDocument, plainDataDocument, type DataDocument } from './data-document.js';
import { GOV_UK_DIVISION, type GovUkFeed, type GovUkFeedDivision, type GovUkFeedEvent } from './gov-uk-feed-model.js';
import { checkHolidayYear } from './check-london-date-time.js';
import { isIsoDate } from './iso-date.js';

const FEED_HINT = 'Use a saved copy of https://www.gov.uk/bank-holidays.json, unedited.';

function readEvent(document: DataDocument, key: string, event: unknown, index: number): GovUkFeedEvent {
  const path = [key, 'events', index];
  if (!isRecord(event)) throw dataError(document, path, `${key} event ${index + 1} is not an object`, FEED_HINT);
  const { title, date, notes = '', bunting = false } = event;
  if (typeof title !== 'string' || title.trim() === '') {
    throw dataError(document, [...path, 'title'], `${key} event ${index + 1} has no title`, FEED_HINT);
  }
  if (!isIsoDate(date)) {
    throw dataError(document, [...path, 'date'], `${key} event ${index + 1} (${title}) has ${JSON.stringify(date)} as its date, which is not a real day`, FEED_HINT);
  }
  const outside = checkHolidayYear(date);
  if (outside) throw dataError(document, [...path, 'date'], `${key} event ${index + 1} (${title}): ${outside.message}`, outside.hint);
  if (typeof notes !== 'string') {
    throw dataError(document, [...path, 'notes'], `${key} event ${index + 1} (${date}) has notes that are not text`, FEED_HINT);
  }
  if (typeof bunting !== 'boolean') {
    throw dataError(document, [...path, 'bunting'], `${key} event ${index + 1} (${date}) has bunting that is not true or false`, FEED_HINT);
  }
  return Object.freeze({ title, date, notes, bunting });
}

/**
 * A real year has 8 to 12 holidays in a division; a feed far past that (a
 * holiday every day, say) is not GOV.UK's, and would leave no working days.
 */
function checkHolidaysPerYear(document: DataDocument, key: string, events: readonly GovUkFeedEvent[]): void {
  const cap = INPUT_CAPS.feedHolidaysPerYear;
  const perYear = new Map<string, number>();
  events.forEach((event, index) => {
    const year = event.date.slice(0, 4);
    const count = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, count);
    if (count > cap) {
      throw dataError(document, [key, 'events', index, 'date'], `${key} lists more than ${cap} holidays in ${year} (${event.date} is one too many); a real year has 8 to 12, so this is not the GOV.UK feed`, FEED_HINT);
    }
  });
}

function readDivision(document: DataDocument, key: string, division: unknown): GovUkFeedDivision {
  if (!isRecord(division) || !Array.isArray(division.events)) {
    throw dataError(document, [key], `the ${key} entry has no list of events`, FEED_HINT);
  }
  const events = division.events.map((event: unknown, index) => readEvent(document, key, event, index));
  checkHolidaysPerYear(document, key, events);
  const name = typeof division.division === 'string' ? division.division : key;
  return Object.freeze({ division: name, events: Object.freeze(events) });
}

/**
 * Reads and checks a copy of the GOV.UK bank-holidays feed. Pure: pass the
 * file's text (and its name, for messages) or the already-parsed JSON.
 *
 * @returns the feed, validated and frozen
 * @throws {CalendarError} (with `file:line:column` when given text) when the
 * text is not JSON, the `england-and-wales` division is missing, an event
 * lacks a title or has an impossible date or one outside the calendar's
 * years (1995 to 2100), or a division lists more
 * holidays in a year than any real year has (`INPUT_CAPS.feedHolidaysPerYear`).
 * @example
 * const feed = parseGovUkFeed(text, 'bank-holidays.json');
 * const calendar = createWorkingDayCalendar({ govUkFeed: feed });
 */
export function parseGovUkFeed(source: string | unknown, fileName = 'bank-holidays.json'): GovUkFeed {
  const document =
    typeof source === 'string'
      ? parseDataDocument(source, fileName, 'GOV.UK bank-holidays feed')
      : plainDataDocument(source, fileName);
  const { value } = document;
  if (!isRecord(value)) {
    throw dataError(document, [], 'this is not the GOV.UK bank-holidays feed (expected an object of divisions)', FEED_HINT);
  }
  if (!(GOV_UK_DIVISION in value)) {
    throw dataError(document, [], `the feed has no "${GOV_UK_DIVISION}" division`, FEED_HINT);
  }
  // `fromEntries` defines each key as data, so a division called `__proto__` stays a division.
  const feed: Record<string, GovUkFeedDivision> = Object.fromEntries(Object.entries(value).map(([key, division]) => [key, readDivision(document, key, division)]));
  return Object.freeze(feed);
}
