import { readYaml, YAML_ALIAS_HINT, type DataPath } from '../kernel/yaml-document.js';
import { CalendarError, type CalendarErrorLocation } from './calendar-error.js';

/**
 * Parsed YAML or JSON text that still knows where each value came from, so
 * validation errors can say `file:line:column`.
 */
export interface DataDocument {
  /** The plain value (objects, arrays, strings, numbers, booleans, null). */
  readonly value: unknown;
  /** The file name used in messages. */
  readonly fileName: string;
  /** Where the value at `path` starts, as precisely as is known. */
  locate(path: DataPath): CalendarErrorLocation;
}

/**
 * Parses YAML or JSON text (JSON is YAML, so one parser gives positions for
 * both). Pure: the caller reads the file and passes its text and name.
 *
 * @throws {CalendarError} with the line and column of the first syntax error
 * or duplicated key.
 * @example
 * const doc = parseDataDocument('- date: 2026-12-29\n  name: Closure\n', 'closures.yaml', 'closure days');
 * doc.locate([0, 'name']); // { file: 'closures.yaml', line: 2, column: 9 }
 */
export function parseDataDocument(text: string, fileName: string, what: string): DataDocument {
  const read = readYaml({ text });
  if (!read.ok) {
    const [first] = read.problems;
    if (first?.kind === 'unreadable') {
      throw new CalendarError(`${fileName}: cannot read the ${what}: ${first.message}.`, YAML_ALIAS_HINT, { file: fileName, line: 1, column: 1 });
    }
    const at = first?.at;
    throw new CalendarError(
      `${fileName}${at ? `:${at.line}:${at.column}` : ''}: cannot read the ${what}: ${first?.message ?? 'not YAML'}.`,
      'Check the syntax near that point: it must be valid YAML or JSON.',
      { file: fileName, line: at?.line, column: at?.column },
    );
  }
  const { positions } = read;
  return {
    value: read.data,
    fileName,
    locate(path) {
      const { line, column } = positions.pointOf(path);
      return { file: fileName, line, column };
    },
  };
}

/**
 * Wraps an already-parsed value (say, from `JSON.parse` or `fetch().json()`)
 * so the same validators can run on it; positions are unknown.
 *
 * @example
 * plainDataDocument({ a: 1 }, 'feed').locate(['a']); // { file: 'feed' }
 */
export function plainDataDocument(value: unknown, fileName: string): DataDocument {
  return { value, fileName, locate: () => ({ file: fileName }) };
}

/**
 * A CalendarError about the value at `path`, prefixed with `file:line:column`.
 *
 * @example
 * throw dataError(doc, [0, 'date'], 'the date is missing', 'Add date: YYYY-MM-DD.');
 */
export function dataError(document: DataDocument, path: DataPath, problem: string, hint: string): CalendarError {
  const location = document.locate(path);
  const where = [location.file, location.line, location.column].filter((part) => part !== undefined).join(':');
  return new CalendarError(`${where}: ${problem}`, hint, location);
}
