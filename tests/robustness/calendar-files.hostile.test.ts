/**
 * Hostile-input corpora for the two calendar file readers behind
 * `deadlines --holidays FILE` and `--closures FILE`: `parseGovUkFeed` (a
 * saved GOV.UK bank-holidays feed) and `parseClosureDays` (extra closure
 * days). Each gets the data-file hostilities every reader gets, and its
 * own: holidays on every day of a year, impossible dates, years outside
 * the calendar's, dates as numbers, missing and blank names, escape
 * sequences in names, repeated days, `__proto__` divisions, then random
 * mutations of a good file. Each input is time-capped, and each is either
 * accepted (and a working-day calendar built from it then computes
 * deadlines) or refused with a `CalendarError` located in the file; never
 * any other throw.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../engine/calendar/calendar-error.js';
import { parseClosureDays } from '../../engine/calendar/closure-days.js';
import { parseGovUkFeed } from '../../engine/calendar/gov-uk-feed.js';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../engine/calendar/working-day-calendar.js';
import { computeDeadlines } from '../../engine/protocol/compute-deadlines.js';
import { resolveProtocol } from '../../engine/protocol/built-in-protocols.js';
import { bounded } from './support/bounded.js';
import { commonHostileTexts, quoted, STEERING_TEXT } from './support/hostile-data-text.js';
import { mutatedText, syntaxSoup } from './support/mutated-text.js';

const FEED_FILE = 'hostile/bank-holidays.json';
const CLOSURES_FILE = 'hostile/closures.yaml';
const feedText = readFileSync('tests/fixtures/calendar/gov-uk-bank-holidays-2025-2026.json', 'utf8');
const closuresText = readFileSync('tests/fixtures/calendar/council-closures.yaml', 'utf8');
const northYorkshire = resolveProtocol('north-yorkshire');

/** Every day from `first` to `last` (ISO dates), inclusive. */
function daysBetween(first: string, last: string, keep: (day: Date) => boolean = () => true): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${first}T00:00Z`); time <= Date.parse(`${last}T00:00Z`); time += 86_400_000) {
    const day = new Date(time);
    if (keep(day)) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

const isWeekday = (day: Date) => day.getUTCDay() !== 0 && day.getUTCDay() !== 6;

/** A feed whose England and Wales division lists `events`, as pretty JSON. */
function feedOf(events: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events }, ...extra }, null, 2);
}

const holiday = (date: unknown, title: unknown = 'Holiday', more: Record<string, unknown> = {}) => ({ title, date, notes: '', bunting: false, ...more });

/** A feed's own hostile inputs, by name. */
const FEED_INPUTS: Record<string, string> = {
  'a holiday on every day of 2026': feedOf(daysBetween('2026-01-01', '2026-12-31').map((date) => holiday(date))),
  'a holiday on every weekday of 2026': feedOf(daysBetween('2026-01-01', '2026-12-31', isWeekday).map((date) => holiday(date))),
  'fifteen holidays in one year (the most a feed may list)': feedOf(daysBetween('2026-03-02', '2026-03-16').map((date) => holiday(date))),
  'sixteen holidays in one year': feedOf(daysBetween('2026-03-02', '2026-03-17').map((date) => holiday(date))),
  'one holiday in each year from 1995 to 2100': feedOf(Array.from({ length: 106 }, (_, index) => holiday(`${1995 + index}-12-25`, 'Christmas Day'))),
  'a holiday after 2100': feedOf([holiday('2026-12-25'), holiday('2101-12-26')]),
  'a holiday in year 1': feedOf([holiday('0001-01-01')]),
  'a holiday in 9999': feedOf([holiday('9999-12-31')]),
  'a holiday past 9999': feedOf([holiday('+010000-01-01')]),
  'an impossible date': feedOf([holiday('2026-02-30')]),
  'a date with a time': feedOf([holiday('2026-12-25T00:00:00Z')]),
  'a date as a number': feedOf([holiday(20261225)]),
  'a date missing': feedOf([{ title: 'Holiday', notes: '', bunting: false }]),
  'a blank title': feedOf([holiday('2026-12-25', '   ')]),
  'a title that is a number': feedOf([holiday('2026-12-25', 42)]),
  'escape sequences in a title': feedOf([holiday('2026-12-25', `Christmas ${STEERING_TEXT}`)]),
  'notes that are a list': feedOf([holiday('2026-12-25', 'Christmas Day', { notes: ['a'] })]),
  'bunting as text': feedOf([holiday('2026-12-25', 'Christmas Day', { bunting: 'yes' })]),
  'the same day listed twice': feedOf([holiday('2026-12-25', 'Christmas Day'), holiday('2026-12-25', 'Again')]),
  'events that are not a list': feedOf({ 0: holiday('2026-12-25') }),
  'an event that is null': feedOf([null]),
  'no england-and-wales division': JSON.stringify({ scotland: { division: 'scotland', events: [] } }),
  'an empty england-and-wales division': feedOf([]),
  'a division called __proto__': `{"england-and-wales": {"events": []}, "__proto__": {"events": [${JSON.stringify(holiday('2026-12-25'))}]}}`,
  'a division called constructor': feedOf([], { constructor: { division: 'constructor', events: [holiday('2026-12-25')] } }),
  'a list at the top': JSON.stringify([holiday('2026-12-25')]),
  'twelve thousand events': feedOf(Array.from({ length: 12_000 }, (_, index) => holiday(`${1995 + (index % 106)}-01-${String(1 + Math.floor(index / 106) % 28).padStart(2, '0')}`))),
  'the feed written as YAML': 'england-and-wales:\n  division: england-and-wales\n  events:\n    - {title: Christmas Day, date: 2026-12-25, notes: "", bunting: true}\n',
};

/** A closures file's own hostile inputs, by name. */
const CLOSURE_INPUTS: Record<string, string> = {
  'a closure on every day of 2026': daysBetween('2026-01-01', '2026-12-31').map((date) => `- {date: ${date}, name: Closed}`).join('\n'),
  'a closure on every weekday from 1995 to 2100 (no working day left)': daysBetween('1995-01-01', '2100-12-31', isWeekday).map((date) => `- {date: ${date}, name: x}`).join('\n'),
  'a closure after 2100': '- {date: 2101-01-04, name: Too late}\n',
  'a closure in year 1': '- {date: 0001-01-01, name: Too early}\n',
  'a closure in 9999': '- {date: 9999-12-31, name: Too late}\n',
  'a closure in year 0': '- {date: 0000-01-01, name: Year zero}\n',
  'an impossible date': '- {date: 2026-02-30, name: Nowhere}\n',
  'the thirteenth month': '- {date: 2026-13-01, name: Nowhere}\n',
  'a date without leading zeros': '- {date: 2026-1-1, name: Short}\n',
  'a date as a number': '- {date: 20261229, name: Number}\n',
  'a date in hexadecimal': '- {date: 0x1F, name: Hex}\n',
  'a date with a time': '- {date: 2026-12-29T09:00, name: Timed}\n',
  'a date that is a list': '- {date: [2026-12-29], name: Listed}\n',
  'a date that is null': '- {date: ~, name: Nothing}\n',
  'no date': '- {name: Undated}\n',
  'no name': '- {date: 2026-12-29}\n',
  'a blank name': '- {date: 2026-12-29, name: "   "}\n',
  'a name that is a number': '- {date: 2026-12-29, name: 7}\n',
  'escape sequences in a name': `- {date: 2026-12-29, name: ${quoted(`Council ${STEERING_TEXT} closure`)}}\n`,
  'an unknown field': '- {date: 2026-12-29, name: Closure, reason: secret}\n',
  'a __proto__ field': '- {date: 2026-12-29, name: Closure, __proto__: {polluted: true}}\n',
  'the same day twice': '- {date: 2026-12-29, name: A}\n- {date: 2026-12-29, name: B}\n',
  'a map instead of a list': 'date: 2026-12-29\nname: Closure\n',
  'a list of plain dates': '- 2026-12-29\n- 2026-12-30\n',
  'a list of nulls': '- ~\n- ~\n',
  'an anchor reused for every closure': '- &c {date: 2026-12-29, name: A}\n- *c\n- *c\n',
  'the list as JSON': '[{"date": "2026-12-29", "name": "Council closure"}]',
};

const FEED_CORPUS: Record<string, string> = { ...commonHostileTexts(feedText), ...FEED_INPUTS };
const CLOSURE_CORPUS: Record<string, string> = { ...commonHostileTexts(closuresText), ...CLOSURE_INPUTS };

/** What one input came to. */
type Outcome = 'accepted' | 'refused';

/** A calendar must still answer: working days, the days it skips, and a whole deadline table. */
function useCalendar(calendar: WorkingDayCalendar): void {
  expect(calendar.addWorkingDays('2026-12-18', 10)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(calendar.countWorkingDaysBetween('2026-01-01', '2026-12-31')).toBeGreaterThanOrEqual(0);
  calendar.nonWorkingDaysBetween('2026-12-01', '2027-01-31');
  computeDeadlines({ protocol: northYorkshire, audience: 'child', raised: '2026-12-18T10:00', calendar });
}

/** Reads one input, time-capped: accepted and usable, or refused with a located `CalendarError`. */
function outcomeOf(file: string, read: () => WorkingDayCalendar): Outcome {
  return bounded(() => {
    let calendar: WorkingDayCalendar;
    try {
      calendar = read();
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      expect(error.file).toBe(file);
      expect(Number.isInteger(error.line) && error.line! >= 1, `line ${error.line}`).toBe(true);
      expect(Number.isInteger(error.column) && error.column! >= 1, `column ${error.column}`).toBe(true);
      expect(error.message.startsWith(file), error.message).toBe(true);
      expect(error.hint.length).toBeGreaterThan(0);
      return 'refused';
    }
    useCalendar(calendar);
    return 'accepted';
  });
}

const feedOutcome = (text: string) => outcomeOf(FEED_FILE, () => createWorkingDayCalendar({ govUkFeed: parseGovUkFeed(text, FEED_FILE) }));
const closuresOutcome = (text: string) => outcomeOf(CLOSURES_FILE, () => createWorkingDayCalendar({ closures: parseClosureDays(text, CLOSURES_FILE) }));

describe('parseGovUkFeed on hostile files', () => {
  it('has a corpus of at least 25 named hostile inputs, and accepts the saved feed it starts from', () => {
    expect(Object.keys(FEED_CORPUS).length).toBeGreaterThanOrEqual(25);
    expect(feedOutcome(feedText)).toBe('accepted');
  });

  it.each(Object.entries(FEED_CORPUS))('accepts or refuses, at a place, %s', (_name, text) => {
    expect(['accepted', 'refused']).toContain(feedOutcome(text));
  });

  it('refuses a feed with a holiday every day, sixteen in a year, or a holiday outside 1995 to 2100', () => {
    for (const name of ['a holiday on every day of 2026', 'a holiday on every weekday of 2026', 'sixteen holidays in one year', 'a holiday after 2100', 'a holiday in year 1', 'an impossible date', 'a file past the size cap', 'an alias bomb']) {
      expect(feedOutcome(FEED_CORPUS[name]!), name).toBe('refused');
    }
    expect(feedOutcome(FEED_CORPUS['fifteen holidays in one year (the most a feed may list)']!)).toBe('accepted');
  });

  it('never throws on mutations of the saved feed or on JSON-ish soup', () => {
    fc.assert(fc.property(mutatedText(feedText), (text) => void feedOutcome(text)), { numRuns: 500, seed: 37 });
    fc.assert(fc.property(syntaxSoup(), (text) => void feedOutcome(text)), { numRuns: 300, seed: 41 });
  });
});

describe('parseClosureDays on hostile files', () => {
  it('has a corpus of at least 25 named hostile inputs, and accepts the closures file it starts from', () => {
    expect(Object.keys(CLOSURE_CORPUS).length).toBeGreaterThanOrEqual(25);
    expect(closuresOutcome(closuresText)).toBe('accepted');
  });

  it.each(Object.entries(CLOSURE_CORPUS))('accepts or refuses, at a place, %s', (_name, text) => {
    expect(['accepted', 'refused']).toContain(closuresOutcome(text));
  });

  it('refuses closures outside 1995 to 2100, impossible dates and repeated days', () => {
    for (const name of ['a closure after 2100', 'a closure in year 1', 'a closure in 9999', 'an impossible date', 'a date as a number', 'the same day twice', 'a file past the size cap']) {
      expect(closuresOutcome(CLOSURE_CORPUS[name]!), name).toBe('refused');
    }
  });

  it('keeps counting when closures leave no working day in the calendar’s years', () => {
    const calendar = createWorkingDayCalendar({ closures: parseClosureDays(CLOSURE_INPUTS['a closure on every weekday from 1995 to 2100 (no working day left)']!, CLOSURES_FILE) });
    expect(calendar.addWorkingDays('2026-12-18', 1)).toBe('2101-01-03');
  });

  it('never throws on mutations of a closures file or on YAML-ish soup', () => {
    fc.assert(fc.property(mutatedText(closuresText), (text) => void closuresOutcome(text)), { numRuns: 500, seed: 43 });
    fc.assert(fc.property(syntaxSoup(), (text) => void closuresOutcome(text)), { numRuns: 300, seed: 47 });
  });
});
