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
export class ProcessError extends Error {
  override name = 'ProcessError';
  constructor(
    message: string,
    /** How to fix it, in one sentence. */
    readonly hint: string,
  ) {
    super(message);
  }
}
