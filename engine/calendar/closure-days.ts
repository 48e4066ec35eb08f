import { isRecord } from '../kernel/is-record.js';
import { dataError, parseDataDocument, type DataDocument } from './data-document.js';
import { checkHolidayYear } from './check-london-date-time.js';
import type { Holiday } from './holiday.js';
import { isIsoDate } from './iso-date.js';

const EXAMPLE = '- date: 2026-12-29\n  name: Council Christmas closure';
const KNOWN_KEYS = new Set(['date', 'name']);

function readEntry(document: DataDocument, entry: unknown, index: number): Holiday {
  if (!isRecord(entry)) {
    throw dataError(document, [index], `closure ${index + 1} is not a date and name`, `Write each closure as:\n${EXAMPLE}`);
  }
  for (const key of Object.keys(entry)) {
    if (!KNOWN_KEYS.has(key)) {
      throw dataError(document, [index, key], `closure ${index + 1} has an unknown field '${key}'`, 'Each closure has only a date and a name.');
    }
  }
  const { date, name } = entry;
  if (date === undefined) {
    throw dataError(document, [index], `closure ${index + 1} has no date`, 'Add a line like `date: 2026-12-29`.');
  }
  if (!isIsoDate(date)) {
    throw dataError(
      document,
      [index, 'date'],
      `closure ${index + 1} has ${JSON.stringify(date)} as its date, which is not a real day`,
      'Write the date as YYYY-MM-DD, for example 2026-12-29.',
    );
  }
  const outside = checkHolidayYear(date);
  if (outside) throw dataError(document, [index, 'date'], `closure ${index + 1}: ${outside.message}`, outside.hint);
  if (typeof name !== 'string' || name.trim() === '') {
    throw dataError(
      document,
      name === undefined ? [index] : [index, 'name'],
      `closure ${index + 1} (${date}) has no name`,
      'Add a short name people will recognise, like `name: Council Christmas closure`.',
    );
  }
  return Object.freeze({ date, name: name.trim() });
}

/**
 * Reads a list of extra closure days (say, a council's Christmas shutdown)
 * from YAML or JSON text. Pure: the caller reads the file. Accepts
 *
 * ```yaml
 * - date: 2026-12-29
 *   name: Council Christmas closure
 * ```
 *
 * or the JSON `[{"date": "2026-12-29", "name": "Council Christmas closure"}]`.
 * An empty file means no closures.
 *
 * @param text - the file's contents
 * @param fileName - the file's name, used only in messages
 * @returns the closures in file order (frozen)
 * @throws {CalendarError} naming `file:line:column` for a syntax error, an
 * entry that is not a date and name, an impossible date or one outside the
 * calendar's years (1995 to 2100), a missing name or a date listed twice.
 * @example
 * parseClosureDays('- {date: 2026-12-29, name: Council closure}', 'closures.yaml');
 * // [{ date: '2026-12-29', name: 'Council closure' }]
 */
export function parseClosureDays(text: string, fileName: string): readonly Holiday[] {
  const document = parseDataDocument(text, fileName, 'closure days');
  const { value } = document;
  if (value === null || value === undefined) return Object.freeze([]);
  if (!Array.isArray(value)) {
    throw dataError(document, [], 'closure days must be a list', `Write one entry per day, like:\n${EXAMPLE}`);
  }
  const closures: Holiday[] = [];
  const seen = new Map<string, number>();
  value.forEach((entry: unknown, index) => {
    const closure = readEntry(document, entry, index);
    const earlier = seen.get(closure.date);
    if (earlier !== undefined) {
      throw dataError(
        document,
        [index, 'date'],
        `${closure.date} is listed twice (closures ${earlier + 1} and ${index + 1})`,
        'Keep one entry per day.',
      );
    }
    seen.set(closure.date, index);
    closures.push(closure);
  });
  return Object.freeze(closures);
}
