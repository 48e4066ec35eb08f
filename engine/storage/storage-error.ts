/**
 * The one error class of the browser-storage layer: stored data that cannot
 * be read back. Front-ends show `message` and `hint`, never a stack.
 */
export class StorageError extends Error {
  override name = 'StorageError';
  /** How to put it right, as a sentence. */
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}
