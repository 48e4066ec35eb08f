import { isRecord } from '../kernel/is-record.js';
import { dataError, parseDataDocument, plainDataDocument, type DataDocument } from './data-document.js';
import { GOV_UK_DIVISION, type GovUkFeed, type GovUkFeedDivision, type GovUkFeedEvent } from './gov-uk-feed-model.js';
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
  if (typeof notes !== 'string') {
    throw dataError(document, [...path, 'notes'], `${key} event ${index + 1} (${date}) has notes that are not text`, FEED_HINT);
  }
  if (typeof bunting !== 'boolean') {
    throw dataError(document, [...path, 'bunting'], `${key} event ${index + 1} (${date}) has bunting that is not true or false`, FEED_HINT);
  }
  return Object.freeze({ title, date, notes, bunting });
}

function readDivision(document: DataDocument, key: string, division: unknown): GovUkFeedDivision {
  if (!isRecord(division) || !Array.isArray(division.events)) {
    throw dataError(document, [key], `the ${key} entry has no list of events`, FEED_HINT);
  }
  const events = division.events.map((event: unknown, index) => readEvent(document, key, event, index));
  const name = typeof division.division === 'string' ? division.division : key;
  return Object.freeze({ division: name, events: Object.freeze(events) });
}

/**
 * Reads and checks a copy of the GOV.UK bank-holidays feed. Pure: pass the
 * file's text (and its name, for messages) or the already-parsed JSON.
 *
 * @returns the feed, validated and frozen
 * @throws {CalendarError} (with `file:line:column` when given text) when the
 * text is not JSON, the `england-and-wales` division is missing, or an event
 * lacks a title or has an impossible date.
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
  const feed: Record<string, GovUkFeedDivision> = {};
  for (const [key, division] of Object.entries(value)) feed[key] = readDivision(document, key, division);
  return Object.freeze(feed);
}
