/**
 * What the layers' error classes (ScenarioError, CaseFileError) share: a
 * message about a place in a file, how to fix it, and the findings it stands
 * for. Each layer keeps its own class and `name`; this holds the common shape.
 */
import { EngineError } from '../kernel/engine-error.js';
import type { Finding } from './finding.js';

/** Where an error is and how to fix it. */
export interface LocatedErrorDetails {
  file: string;
  line?: number;
  column?: number;
  hint: string;
  findings?: readonly Finding[];
}

/** An error about a place in a file, with a hint and the findings behind it. */
export abstract class LocatedError extends EngineError {
  /** The file the problem is in, as named by the caller. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** Every error finding, when the error stands for several. */
  readonly findings: readonly Finding[];

  constructor(message: string, details: LocatedErrorDetails) {
    const line = details.line ?? 1;
    const column = details.column ?? 1;
    super(message, { hint: details.hint, location: { file: details.file, line, column } });
    this.file = details.file;
    this.line = line;
    this.column = column;
    this.findings = details.findings ?? [];
  }

  /**
   * The error for a list of findings: the first error's message and place
   * ("and N more errors"), carrying all of the errors. Each subclass words
   * the case of no error, and the first error's hint, in its `wording`.
   *
   * @example
   * throw ScenarioError.fromFindings(findings, 'scenarios/x.mdx');
   */
  static fromFindings<T extends LocatedError>(
    this: { new (message: string, details: LocatedErrorDetails): T; wording(file: string): FindingsWording },
    findings: readonly Finding[],
    file: string,
  ): T {
    return new this(...locatedFromFindings(findings, file, this.wording(file)));
  }
}

/** What an error standing for findings says when none of them is an error, and how it words the first one's hint. */
export interface FindingsWording {
  readonly message: string;
  readonly hint: string;
  readonly hintFor?: (finding: Finding) => string;
}

/**
 * The message and details for an error standing for a list of findings: the
 * first error's message and place ("and N more errors"), carrying all of them.
 *
 * @example
 * const [message, details] = locatedFromFindings(findings, 'a.mdx', { message: 'Not valid.', hint: 'Run the validator.' });
 */
export function locatedFromFindings(findings: readonly Finding[], file: string, wording: FindingsWording): [string, LocatedErrorDetails] {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length === 2 ? '' : 's'})` : '';
  return [
    `${first?.message ?? wording.message}${more}`,
    {
      file: first?.file ?? file,
      line: first?.line,
      column: first?.column,
      hint: first ? (wording.hintFor?.(first) ?? first.hint) : wording.hint,
      findings: errors,
    },
  ];
}
