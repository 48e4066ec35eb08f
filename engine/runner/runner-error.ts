/**
 * The one error class of the runner layer: a move the scenario does not
 * allow, or a saved session that cannot be resumed. Front-ends print
 * `message` and `hint`, never a stack.
 */
import { EngineError } from '../kernel/engine-error.js';

/** Kinds of runner error, so shells can react without matching on text. */
export type RunnerErrorCode =
  | 'invalid-choice'
  | 'nothing-to-continue'
  | 'unknown-prompt'
  | 'bad-duration'
  | 'bad-seed'
  | 'finished'
  | 'wrong-scenario'
  | 'broken-session'
  | 'corrupt-session'
  | 'session-shape'
  | 'session-version';

/** A move or saved session the runner cannot use, with how to put it right. */
export class RunnerError extends EngineError {
  override name = 'RunnerError';
  /** What kind of problem it is. */
  readonly code: RunnerErrorCode;

  constructor(code: RunnerErrorCode, message: string, hint: string) {
    super(message, { hint });
    this.code = code;
  }
}
