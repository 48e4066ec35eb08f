import { LineCounter, parseDocument } from 'yaml';
import { yamlDocumentToData, YAML_ALIAS_HINT } from '../yaml/yaml-to-data.js';
import { CalendarError, type CalendarErrorLocation } from './calendar-error.js';

/** A path into parsed data: keys and array indexes, e.g. `[2, 'date']`. */
export type DataPath = readonly (string | number)[];

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
  const lineCounter = new LineCounter();
  // The core schema keeps `2026-12-29` a string; the YAML 1.1 schema would
  // turn it into a timestamp.
  const document = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true });
  const [first] = document.errors;
  if (first !== undefined) {
    const at = first.linePos?.[0];
    // Pretty errors append " at line L, column C:" and a code excerpt; we
    // print the position in front instead.
    const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new CalendarError(
      `${fileName}${at ? `:${at.line}:${at.col}` : ''}: cannot read the ${what}: ${reason}.`,
      'Check the syntax near that point: it must be valid YAML or JSON.',
      { file: fileName, line: at?.line, column: at?.col },
    );
  }
  const read = yamlDocumentToData(document);
  if (!read.ok) {
    throw new CalendarError(`${fileName}: cannot read the ${what}: ${read.message}.`, YAML_ALIAS_HINT, { file: fileName, line: 1, column: 1 });
  }
  return {
    value: read.data,
    fileName,
    locate(path) {
      // Walk up to the nearest node that exists, so a missing key points at
      // the entry that lacks it.
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node: unknown = document.getIn(path.slice(0, depth), true);
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        if (range) {
          const { line, col } = lineCounter.linePos(range[0]);
          return { file: fileName, line, column: col };
        }
      }
      return { file: fileName };
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
