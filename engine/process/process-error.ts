/**
 * The process layer's error: a machine that cannot be built from the inputs
 * given, or an event time that cannot be read. Front-ends print `message` and
 * `hint`, never the stack.
 *
 * @example
 * try {
 *   createProcessMachine({ protocol, audience: 'pupil', raised });
 * } catch (error) {
 *   if (error instanceof ProcessError) console.error(error.message, error.hint);
 * }
 */
import { EngineError } from '../kernel/engine-error.js';
export class ProcessError extends EngineError {
  override name = 'ProcessError';
  constructor(message: string, hint: string) {
    super(message, { hint });
  }
}
