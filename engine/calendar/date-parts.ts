/**
 * A date and time typed in the GOV.UK date input pattern: day, month and
 * year in three boxes, then the time, checked the way GOV.UK asks (one
 * specific message per field, naming the boxes to fix) and turned into the
 * `YYYY-MM-DDTHH:mm` London time the deadline calculator reads. A browser's
 * own date-time field cannot do this: it turns 31 February into a blank.
 */
import { CalendarError } from './calendar-error.js';
import { isRealDate } from './iso-date.js';
import { parseLondonDateTime } from './london-time.js';
import { formatClockTime } from './plain-english-time.js';

/** One box of a date-and-time input. */
export type DateTimePart = 'day' | 'month' | 'year' | 'time';

/** The boxes in the order they are shown. */
export const DATE_TIME_PARTS: readonly DateTimePart[] = ['day', 'month', 'year', 'time'];

/** What was typed in each box, as typed. */
export type DateTimeParts = Readonly<Record<DateTimePart, string>>;

/** Four empty boxes. */
export const EMPTY_DATE_TIME_PARTS: DateTimeParts = Object.freeze({ day: '', month: '', year: '', time: '' });

/** Options for {@link checkDateTimeParts}. */
export interface CheckDateTimePartsOptions {
  /** What the date is, starting a sentence: "Stage 5 referral made" gives "Stage 5 referral made must include a month". */
  subject: string;
  /** True when the boxes may not all be left empty. */
  required?: boolean;
  /** The message when a required date is left empty; `Enter ${subject}` unless given. */
  whenEmpty?: string;
}

/** Why typed boxes are not a date and time, and which boxes to fix. */
export interface DateTimePartsProblem {
  /** One sentence, the same beside the field and in the error summary. */
  message: string;
  /** The boxes to mark, in order; the summary links to the first. */
  parts: DateTimePart[];
}

/** The answer of {@link checkDateTimeParts}. */
export type CheckedDateTimeParts =
  /** `value` is `YYYY-MM-DDTHH:mm` (London time), or `undefined` when an optional date was left empty. */
  | { ok: true; value: string | undefined }
  | { ok: false; problem: DateTimePartsProblem };

/** A clock time read from the time box, or why it cannot be read. */
export type ReadTimeOfDay = { ok: true; hour: number; minute: number } | { ok: false; message: string };

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const TIME_EXAMPLE = 'for example 16:30 or 4.30pm';

/** The month a box holds: a number, or a month's name or first three letters (GOV.UK accepts both). */
function readMonth(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const word = text.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(word) || (word === 'sept' && name === 'september'));
  return index < 0 ? undefined : index + 1;
}

/** "a day", "a day and month", "a day, month and year". */
function listParts(parts: DateTimePart[]): string {
  if (parts.length === 1) return `a ${parts[0]}`;
  return `a ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Reads what was typed in a time box: a 24-hour time (`16:30`, `16.30`,
 * `1630`, `9`) or a 12-hour one (`4.30pm`, `4:30 pm`, `9am`), or `midday`
 * or `noon`. Midnight is refused with a question, since it could be the
 * start or the end of the day.
 *
 * @example
 * readTimeOfDay('4.30pm'); // { ok: true, hour: 16, minute: 30 }
 * readTimeOfDay('25:00');  // { ok: false, message: '25:00 is not a real time: use a time from 00:00 to 23:59' }
 */
export function readTimeOfDay(text: string): ReadTimeOfDay {
  const typed = text.trim();
  const word = typed.toLowerCase().replace(/\s+/g, ' ');
  if (word === 'midday' || word === 'noon' || word === '12 noon') return { ok: true, hour: 12, minute: 0 };
  const midnightMessage = 'Midnight could be the start or the end of the day: enter 00:00 for the start of the day or 23:59 for the end';
  if (word === 'midnight' || word === '12 midnight' || /^24[:.]?0{2}$/.test(word) || word === '24') return { ok: false, message: midnightMessage };
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/.exec(word);
  const unreadable = { ok: false as const, message: `Enter the time as a 24-hour or 12-hour time, ${TIME_EXAMPLE}` };
  if (match === null) return unreadable;
  // "1630" and "16:30" mean the same; a lone "m" without "a" or "p" is not a time.
  if (match[3] === undefined && /m\.?$/.test(word)) return unreadable;
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3];
  const notReal = { ok: false as const, message: `${typed} is not a real time: use a time from 00:00 to 23:59, ${TIME_EXAMPLE}` };
  if (minute > 59) return notReal;
  if (meridiem === undefined) return hour <= 23 ? { ok: true, hour, minute } : notReal;
  if (hour < 1 || hour > 12) return notReal;
  if (meridiem === 'a') return hour === 12 && minute === 0 ? { ok: false, message: midnightMessage } : { ok: true, hour: hour % 12, minute };
  return { ok: true, hour: (hour % 12) + 12, minute };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Checks the four boxes of a date-and-time input and gives the London
 * time they name, or one problem in GOV.UK's words: what is missing
 * ("must include a month"), what cannot be a date ("31 February is not a
 * real date"), or a time the clocks skip. Years are checked for being
 * written in full; whether the bank-holiday table covers them is the
 * deadline calculator's check.
 *
 * @example
 * checkDateTimeParts({ day: '18', month: '12', year: '2026', time: '4.30pm' }, { subject: 'Disagreement raised' });
 * // { ok: true, value: '2026-12-18T16:30' }
 * checkDateTimeParts({ day: '31', month: '2', year: '2026', time: '10:00' }, { subject: 'Disagreement raised' });
 * // { ok: false, problem: { message: '31 February is not a real date', parts: ['day', 'month'] } }
 */
export function checkDateTimeParts(parts: DateTimeParts, options: CheckDateTimePartsOptions): CheckedDateTimeParts {
  const { subject } = options;
  const typed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim(), time: parts.time.trim() };
  const fail = (message: string, which: DateTimePart[]): CheckedDateTimeParts => ({ ok: false, problem: { message, parts: which } });
  const dateParts = (['day', 'month', 'year'] as const).filter((part) => typed[part] === '');
  if (dateParts.length === 3 && typed.time === '') {
    return options.required ? fail(options.whenEmpty ?? `Enter ${subject}`, [...DATE_TIME_PARTS]) : { ok: true, value: undefined };
  }
  if (dateParts.length > 0) return fail(`${subject} must include ${listParts(dateParts)}`, dateParts);

  const day = /^\d{1,2}$/.test(typed.day) ? Number(typed.day) : undefined;
  const month = readMonth(typed.month);
  const year = /^\d+$/.test(typed.year) ? Number(typed.year) : undefined;
  const unreadable = (['day', 'month', 'year'] as const).filter((part) => ({ day, month, year })[part] === undefined);
  if (unreadable.length > 0) return fail(`${subject} must be a real date, written in numbers, for example 18 12 2026`, unreadable);
  if (typed.year.length !== 4) return fail(`${subject} must include a year with 4 numbers, for example 2026`, ['year']);
  if (month! < 1 || month! > 12) return fail(`${subject} must be a real date: there is no month ${month}`, ['month']);
  if (day! < 1 || day! > 31) return fail(`${subject} must be a real date: ${day === 0 ? 'days of the month start at 1' : `no month has ${day} days`}`, ['day']);
  if (!isRealDate(year!, month!, day!)) {
    const name = MONTH_NAMES[month! - 1]!.replace(/^./, (letter) => letter.toUpperCase());
    // 29 February is real in some years: say which year it is not real in, and why.
    const leap = month === 2 && day === 29;
    return fail(`${day} ${name}${leap ? ` ${year}` : ''} is not a real date${leap ? `: ${year} is not a leap year` : ''}`, ['day', 'month']);
  }

  if (typed.time === '') return fail(`${subject} must include a time, ${TIME_EXAMPLE}`, ['time']);
  const time = readTimeOfDay(typed.time);
  if (!time.ok) return fail(time.message, ['time']);

  const value = `${pad(year!, 4)}-${pad(month!)}-${pad(day!)}T${pad(time.hour)}:${pad(time.minute)}`;
  try {
    parseLondonDateTime(value);
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    // The only reading left to fail is the hour the clocks skip in spring.
    const name = MONTH_NAMES[month! - 1]!.replace(/^./, (letter) => letter.toUpperCase());
    return fail(
      `${formatClockTime(time.hour, time.minute)} on ${day} ${name} ${year} never happens in London: the clocks go forward from 1am to 2am that night, so enter a time before 1am or from 2am`,
      ['time'],
    );
  }
  return { ok: true, value };
}

/**
 * The boxes for a `YYYY-MM-DDTHH:mm` time, as a person would type them
 * (no leading zeros in day and month), for filling a form from a value.
 *
 * @example
 * dateTimePartsOf('2026-12-18T16:30'); // { day: '18', month: '12', year: '2026', time: '16:30' }
 */
export function dateTimePartsOf(value: string): DateTimeParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(value);
  if (match === null) return EMPTY_DATE_TIME_PARTS;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]!, time: match[4]! };
}
