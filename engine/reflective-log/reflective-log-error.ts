/**
 * The one error class of the reflective-log layer: a stored log that cannot
 * be read. Front-ends show `message` and `hint`, never a stack.
 */
export class ReflectiveLogError extends Error {
  override name = 'ReflectiveLogError';
  /** How to put it right, as a sentence. */
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}
