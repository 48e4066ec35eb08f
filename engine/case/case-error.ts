/**
 * The case layer's one error class: a case timeline file that cannot be
 * used, or a case that cannot be audited under its protocol. Front-ends print
 * `file:line:column: message` and the hint, never a stack.
 */
import type { Finding } from '../scenario/index.js';

/** A case timeline that cannot be used, with where and how to fix it. */
export class CaseFileError extends Error {
  override name = 'CaseFileError';
  /** The case file, as named by the caller. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** How to fix it, in one sentence. */
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
   * carrying all of the errors.
   *
   * @example
   * const { caseFile, findings } = parseCaseFile(text, 'cases/a.case.yaml');
   * if (!caseFile) throw CaseFileError.fromFindings(findings, 'cases/a.case.yaml');
   */
  static fromFindings(findings: readonly Finding[], file: string): CaseFileError {
    const errors = findings.filter((finding) => finding.severity === 'error');
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length === 2 ? '' : 's'})` : '';
    return new CaseFileError(`${first?.message ?? 'The case file is not valid.'}${more}`, {
      file: first?.file ?? file,
      line: first?.line,
      column: first?.column,
      hint: first?.hint ?? 'See "From a resolved case to a scenario" in scenarios/README.md for the case file format.',
      findings: errors,
    });
  }
}
