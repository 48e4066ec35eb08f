/**
 * Reads the `after` durations authors write (`2h`, `3 working days`,
 * `1 day 2h`, `next working day at 09:00`) into {@link Duration} data.
 * Applying one to the clock is `applyDuration` (apply-duration.ts), kept
 * apart so the parser does not load the bank-holiday calendar.
 */
import type { Duration } from './duration.js';

/** The result of {@link parseDuration}: a duration, or why the text is not one. */
export type DurationResult =
  | { ok: true; duration: Duration }
  | { ok: false; message: string; hint: string };

type Unit = 'weeks' | 'days' | 'workingDays' | 'hours' | 'minutes';

const unitWords: Record<string, Unit> = {
  m: 'minutes', min: 'minutes', mins: 'minutes', minute: 'minutes', minutes: 'minutes',
  h: 'hours', hr: 'hours', hrs: 'hours', hour: 'hours', hours: 'hours',
  d: 'days', day: 'days', days: 'days',
  w: 'weeks', wk: 'weeks', wks: 'weeks', week: 'weeks', weeks: 'weeks',
};

const unitNames: Record<Unit, [string, string]> = {
  weeks: ['week', 'weeks'],
  days: ['day', 'days'],
  workingDays: ['working day', 'working days'],
  hours: ['hour', 'hours'],
  minutes: ['minute', 'minutes'],
};

const EXAMPLES = 'Write it like `30m`, `2h`, `3 hours`, `1 day`, `3 working days`, `1 week`, `1 day 2h` or `next working day at 09:00`.';

type Token = { kind: 'number'; value: number; text: string } | { kind: 'word'; text: string } | { kind: 'time'; text: string };

/** Splits into numbers, words and `HH:mm` times; anything else is reported. */
function tokenise(text: string): Token[] | { bad: string } {
  const tokens: Token[] = [];
  let index = 0;
  const isDigit = (char: string) => char >= '0' && char <= '9';
  const isLetter = (char: string) => char >= 'a' && char <= 'z';
  while (index < text.length) {
    const char = text[index] as string;
    if (char === ' ' || char === '\t' || char === ',' || char === '\n' || char === '\r') {
      index += 1;
    } else if (isDigit(char)) {
      let end = index;
      while (end < text.length && isDigit(text[end] as string)) end += 1;
      if (text[end] === ':') {
        let timeEnd = end + 1;
        while (timeEnd < text.length && isDigit(text[timeEnd] as string)) timeEnd += 1;
        tokens.push({ kind: 'time', text: text.slice(index, timeEnd) });
        index = timeEnd;
      } else {
        const digits = text.slice(index, end);
        tokens.push({ kind: 'number', value: Number(digits), text: digits });
        index = end;
      }
    } else if (isLetter(char)) {
      let end = index;
      while (end < text.length && isLetter(text[end] as string)) end += 1;
      tokens.push({ kind: 'word', text: text.slice(index, end) });
      index = end;
    } else {
      return { bad: char };
    }
  }
  return tokens;
}

function describe(parts: Record<Unit, number>): string {
  return (['weeks', 'days', 'workingDays', 'hours', 'minutes'] as const)
    .filter((unit) => parts[unit] > 0)
    .map((unit) => `${parts[unit]} ${unitNames[unit][parts[unit] === 1 ? 0 : 1]}`)
    .join(' ');
}

function fail(message: string, hint = EXAMPLES): DurationResult {
  return { ok: false, message, hint };
}

function parseNextWorkingDay(tokens: Token[], original: string): DurationResult {
  // tokens[0..2] are `next working day`; what may follow is `at HH:mm`.
  const rest = tokens.slice(3);
  if (rest.length === 0) {
    return fail(`"${original}" needs a time: say when on the next working day.`, 'Write it like `next working day at 09:00`.');
  }
  const [at, time, ...extra] = rest;
  if (at?.kind !== 'word' || at.text !== 'at' || time?.kind !== 'time' || extra.length > 0) {
    return fail(`"${original}" is not a duration the simulator understands.`, 'Write it like `next working day at 09:00`, with a 24-hour London time.');
  }
  const [hoursText = '', minutesText = ''] = time.text.split(':');
  const hours = Number(hoursText);
  const minutes = Number(minutesText);
  if (hoursText.length < 1 || hoursText.length > 2 || minutesText.length !== 2 || hours > 23 || minutes > 59) {
    return fail(`"${time.text}" is not a time of day.`, 'Use a 24-hour time between 00:00 and 23:59, e.g. `09:00` or `14:30`.');
  }
  const at24 = `${String(hours).padStart(2, '0')}:${minutesText}`;
  return {
    ok: true,
    duration: { text: `next working day at ${at24}`, weeks: 0, days: 0, workingDays: 0, hours: 0, minutes: 0, nextWorkingDayAt: at24 },
  };
}

/**
 * Parses a duration as authors write it in `after`. Never throws.
 *
 * @example
 * parseDuration('1 day 2h');
 * // { ok: true, duration: { text: '1 day 2 hours', weeks: 0, days: 1, workingDays: 0, hours: 2, minutes: 0 } }
 * parseDuration('soon'); // { ok: false, message: '…', hint: '…' }
 */
export function parseDuration(text: string): DurationResult {
  const original = text.trim();
  if (original === '') return fail('The duration is empty.', `Leave out \`after\` when no time passes. ${EXAMPLES}`);
  if (original.length > 100) return fail('The duration is too long to be one.');
  const tokens = tokenise(original.toLowerCase());
  if ('bad' in tokens) return fail(`"${original}" contains "${tokens.bad}", which a duration cannot.`);
  const [first, second, third] = tokens;
  if (first?.kind === 'word' && first.text === 'next') {
    if (second?.kind === 'word' && second.text === 'working' && third?.kind === 'word' && third.text === 'day') {
      return parseNextWorkingDay(tokens, original);
    }
    return fail(`"${original}" is not a duration the simulator understands.`);
  }
  const parts: Record<Unit, number> = { weeks: 0, days: 0, workingDays: 0, hours: 0, minutes: 0 };
  const seen = new Set<Unit>();
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (token.kind === 'word' && token.text === 'and' && index > 0) {
      index += 1;
      continue;
    }
    if (token.kind !== 'number') {
      return fail(`"${original}": expected a number where "${token.text}" is.`);
    }
    if (!Number.isSafeInteger(token.value) || token.value > 10_000) {
      return fail(`"${original}": ${token.text} is too large.`, 'Simulated time jumps are at most a few weeks.');
    }
    const word = tokens[index + 1];
    if (word?.kind !== 'word') return fail(`"${original}": the number ${token.text} needs a unit.`);
    let unit: Unit | undefined = unitWords[word.text];
    let used = 2;
    if (word.text === 'working') {
      const next = tokens[index + 2];
      if (next?.kind === 'word' && (next.text === 'day' || next.text === 'days')) {
        unit = 'workingDays';
        used = 3;
      }
    }
    if (unit === undefined) return fail(`"${original}": "${word.text}" is not a unit of time.`);
    if (seen.has(unit)) return fail(`"${original}" gives ${unitNames[unit][1]} twice.`, 'Add them up and write each unit once, e.g. `3h` rather than `1h 2h`.');
    seen.add(unit);
    parts[unit] = token.value;
    index += used;
  }
  if (seen.size === 0) return fail(`"${original}" is not a duration the simulator understands.`);
  const total = parts.weeks + parts.days + parts.workingDays + parts.hours + parts.minutes;
  if (total === 0) return fail(`"${original}" is no time at all.`, 'Leave out `after` when no time passes.');
  return { ok: true, duration: { text: describe(parts), ...parts } };
}
