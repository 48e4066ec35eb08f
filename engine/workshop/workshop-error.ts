/**
 * The one error class of the workshop layer: a vote or saved workshop the
 * engine cannot use, with how to put it right.
 */

/** Kinds of workshop error. */
export type WorkshopErrorCode = 'bad-vote' | 'tie' | 'trainer-pick' | 'nothing-to-decide' | 'corrupt-workshop' | 'workshop-version' | 'wrong-scenario' | 'bad-setup';

/** A problem with a workshop, carrying a hint. */
export class WorkshopError extends Error {
  override name = 'WorkshopError';
  readonly code: WorkshopErrorCode;
  /** How to fix it, as a sentence. */
  readonly hint: string;
  /** For a tie: the choice ids that tied. */
  readonly tied: string[];

  constructor(code: WorkshopErrorCode, message: string, hint: string, tied: string[] = []) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.tied = tied;
  }
}
