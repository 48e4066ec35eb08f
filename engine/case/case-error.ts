/**
 * The case layer's one error class: a case timeline file that cannot be
 * used, or a case that cannot be audited under its protocol. Front-ends print
 * `file:line:column: message` and the hint, never a stack.
 */
import { LocatedError, locatedFromFindings } from '../scenario/located-error.js';
import type { Finding } from '../scenario/finding.js';

/** A case timeline that cannot be used, with where and how to fix it. */
export class CaseFileError extends LocatedError {
  override name = 'CaseFileError';

  /**
   * The error for a list of findings: the first error's message and place,
   * carrying all of the errors.
   *
   * @example
   * const { caseFile, findings } = parseCaseFile(text, 'cases/a.case.yaml');
   * if (!caseFile) throw CaseFileError.fromFindings(findings, 'cases/a.case.yaml');
   */
  static fromFindings(findings: readonly Finding[], file: string): CaseFileError {
    return new CaseFileError(
      ...locatedFromFindings(findings, file, {
        message: 'The case file is not valid.',
        hint: 'See "From a resolved case to a scenario" in scenarios/README.md for the case file format.',
      }),
    );
  }
}
