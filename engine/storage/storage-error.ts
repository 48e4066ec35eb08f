/**
 * The one error class of the browser-storage layer: stored data that cannot
 * be read back. Front-ends show `message` and `hint`, never a stack.
 */
import { EngineError } from '../kernel/engine-error.js';
export class StorageError extends EngineError {
  override name = 'StorageError';
  constructor(message: string, hint: string) {
    super(message, { hint });
  }
}
