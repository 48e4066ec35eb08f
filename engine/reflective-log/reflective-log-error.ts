/**
 * The one error class of the reflective-log layer: a stored log that cannot
 * be read. Front-ends show `message` and `hint`, never a stack.
 */
import { EngineError } from '../kernel/engine-error.js';
export class ReflectiveLogError extends EngineError {
  override name = 'ReflectiveLogError';
  constructor(message: string, hint: string) {
    super(message, { hint });
  }
}
