/**
 * The one error class of the workshop layer: a vote or saved workshop the
 * engine cannot use, with how to put it right.
 */
import { EngineError } from '../kernel/engine-error.js';

/** Kinds of workshop error. */
export type WorkshopErrorCode = 'bad-vote' | 'tie' | 'trainer-pick' | 'nothing-to-decide' | 'corrupt-workshop' | 'workshop-version' | 'wrong-scenario' | 'bad-setup' | 'not-voting' | 'stale-decision' | 'seat-taken';

/** A problem with a workshop, carrying a hint. */
export class WorkshopError extends EngineError {
  override name = 'WorkshopError';
  readonly code: WorkshopErrorCode;
  /** For a tie: the choice ids that tied. */
  readonly tied: string[];

  constructor(code: WorkshopErrorCode, message: string, hint: string, tied: string[] = []) {
    super(message, { hint });
    this.code = code;
    this.tied = tied;
  }
}
