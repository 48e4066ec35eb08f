/**
 * The one shape of every error the engine throws: a message saying what is
 * wrong, a hint saying how to put it right, and, when the problem is in a
 * file, where. Front ends print any of them the same way, and never need a
 * stack trace to tell a learner or an author what happened.
 */

/** Where a problem is, as far as it is known. */
export interface ErrorLocation {
  /** The file, as the caller named it. */
  readonly file?: string;
  /** 1-based line. */
  readonly line?: number;
  /** 1-based column. */
  readonly column?: number;
}

/** What every engine error carries besides its message. */
export interface EngineErrorDetails {
  /** How to fix it, in one plain sentence. */
  readonly hint: string;
  /** Where, when the problem is in a file. */
  readonly location?: ErrorLocation;
  /** The error that caused this one, if any. */
  readonly cause?: unknown;
}

/**
 * The base of the engine's error classes. Each subclass names its domain
 * (`RunnerError`, `ProtocolError`, …) in `name`, written out rather than
 * taken from the class, which a minifier renames.
 *
 * @example
 * if (error instanceof EngineError) console.error(`${error.message}\nhint: ${error.hint}`);
 */
export abstract class EngineError extends Error {
  /** How to fix it, in one plain sentence. */
  readonly hint: string;
  /** Where the problem is, when it is in a file. */
  readonly location: ErrorLocation | undefined;

  constructor(message: string, details: EngineErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.hint = details.hint;
    this.location = details.location;
  }
}
