/**
 * Where in a file a problem was found, so a front-end can print
 * `closures.yaml:3:9`. Lines and columns count from 1.
 */
import { EngineError } from '../kernel/engine-error.js';
export interface CalendarErrorLocation {
  /** The file name as given to the parser (for messages only; never opened). */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * The calendar's error: thrown for an impossible date, an unusable option or
 * a closure/bank-holiday file that cannot be read. Front-ends print `message`
 * and `hint` (and the location when there is one), never the stack.
 *
 * @example
 * try {
 *   addWorkingDays('2026-02-30', 10);
 * } catch (error) {
 *   if (error instanceof CalendarError) console.error(`${error.message}\n${error.hint}`);
 * }
 */
export class CalendarError extends EngineError {
  override name = 'CalendarError';
  /** The file the problem is in, when it came from a file. */
  readonly file: string | undefined;
  /** 1-based line of the problem, when known. */
  readonly line: number | undefined;
  /** 1-based column of the problem, when known. */
  readonly column: number | undefined;

  constructor(message: string, hint: string, location: CalendarErrorLocation = {}) {
    super(message, { hint, location });
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }
}
