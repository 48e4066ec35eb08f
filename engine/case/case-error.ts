/**
 * The case layer's one error class: a case timeline file that cannot be
 * used, or a case that cannot be audited under its protocol. Front-ends print
 * `file:line:column: message` and the hint, never a stack.
 */
import { LocatedError, type FindingsWording } from '../scenario/located-error.js';

/** A case timeline that cannot be used, with where and how to fix it. */
export class CaseFileError extends LocatedError {
  override name = 'CaseFileError';

  /** How `CaseFileError.fromFindings` words its message and hint when there is no error to quote. */
  static wording(): FindingsWording {
    return { message: 'The case file is not valid.', hint: 'See "From a resolved case to a scenario" in scenarios/README.md for the case file format.' };
  }
}
