/**
 * The one error class of the scenario layer, for the rare cases where a
 * caller wants a throw instead of findings (e.g. loading a scenario that
 * must be valid). Front-ends print `message` and `hint`, never a stack.
 */
import type { Finding } from './finding.js';

/** A scenario that cannot be used, with where and how to fix it. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  /** The file the problem is in. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** How to fix it. */
  readonly hint: string;
  /** Every error finding, when the error stands for several. */
  readonly findings: readonly Finding[];

  constructor(message: string, details: { file: string; line?: number; column?: number; hint: string; findings?: readonly Finding[] }) {
    super(message);
    this.file = details.file;
    this.line = details.line ?? 1;
    this.column = details.column ?? 1;
    this.hint = details.hint;
    this.findings = details.findings ?? [];
  }

  /**
   * The error for a list of findings: the first error's message and place,
   * carrying all of them.
   *
   * @example
   * throw ScenarioError.fromFindings(findings, 'scenarios/x.mdx');
   */
  static fromFindings(findings: readonly Finding[], file: string): ScenarioError {
    const errors = findings.filter((finding) => finding.severity === 'error');
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length === 2 ? '' : 's'})` : '';
    return new ScenarioError(`${first?.message ?? 'The scenario is not valid.'}${more}`, {
      file: first?.file ?? file,
      line: first?.line,
      column: first?.column,
      hint: first ? `${first.hint} Run \`npm run --silent cli -- validate ${file}\` to list every problem.` : 'Run the validator.',
      findings: errors,
    });
  }
}
