import { describeInputLimit } from '../kernel/input-limit.js';
import { readYaml, YAML_ALIAS_HINT, type DataPath, type YamlProblem } from '../kernel/yaml-document.js';
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

/** Why a text could not be read as a data document, and where. */
export interface DataDocumentProblem {
  /** The kind of problem, as `readYaml` names it. */
  readonly kind: YamlProblem['kind'];
  /** What is wrong, without the file's name and place, e.g. `cannot read the protocol: …`. */
  readonly message: string;
  readonly hint: string;
  readonly location: CalendarErrorLocation;
}

/**
 * Parses YAML or JSON text like {@link parseDataDocument}, but answers a
 * problem instead of throwing, for readers that report findings.
 *
 * @example
 * const read = readDataDocument(text, 'ours.protocol.json', 'protocol');
 * if ('problem' in read) console.log(read.problem.kind); // 'syntax'
 */
export function readDataDocument(text: string, fileName: string, what: string): { document: DataDocument } | { problem: DataDocumentProblem } {
  const read = readYaml({ text });
  if (!read.ok) {
    const [first] = read.problems;
    if (first === undefined || first.kind === 'unreadable') {
      const message = first?.kind === 'unreadable' ? first.message : 'not YAML';
      return { problem: { kind: 'unreadable', message: `cannot read the ${what}: ${message}.`, hint: YAML_ALIAS_HINT, location: { file: fileName, line: 1, column: 1 } } };
    }
    const location = { file: fileName, line: first.at.line, column: first.at.column };
    if (!('cap' in first)) {
      return { problem: { kind: 'syntax', message: `cannot read the ${what}: ${first.message}.`, hint: 'Check the syntax near that point: it must be valid YAML or JSON.', location } };
    }
    const { message, hint } = describeInputLimit(first.kind, first.cap, 'the file');
    return { problem: { kind: first.kind, message: `cannot read the ${what}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`, hint, location } };
  }
  const { positions } = read;
  return {
    document: {
      value: read.data,
      fileName,
      locate(path) {
        const { line, column } = positions.pointOf(path);
        return { file: fileName, line, column };
      },
    },
  };
}

/**
 * Parses YAML or JSON text (JSON is YAML, so one parser gives positions for
 * both). Pure: the caller reads the file and passes its text and name.
 *
 * @throws {CalendarError} with the line and column of the first syntax error
 * or duplicated key, or of the point where the text passes a size or
 * nesting cap.
 * @example
 * const doc = parseDataDocument('- date: 2026-12-29\n  name: Closure\n', 'closures.yaml', 'closure days');
 * doc.locate([0, 'name']); // { file: 'closures.yaml', line: 2, column: 9 }
 */
export function parseDataDocument(text: string, fileName: string, what: string): DataDocument {
  const read = readDataDocument(text, fileName, what);
  if ('document' in read) return read.document;
  const { kind, message, hint, location } = read.problem;
  // YAML that cannot become data has no one place to point at.
  const where = kind === 'unreadable' ? fileName : `${fileName}:${location.line}:${location.column}`;
  throw new CalendarError(`${where}: ${message}`, hint, location);
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
