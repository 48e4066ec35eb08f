/**
 * The protocol layer's error: a protocol file that does not load, or event
 * times that cannot be used with it. Front-ends print `message` and `hint`,
 * never the stack.
 *
 * @example
 * try {
 *   loadProtocol(data, 'my.protocol.json');
 * } catch (error) {
 *   if (error instanceof ProtocolError) console.error(error.message, error.hint);
 * }
 */
import { EngineError } from '../kernel/engine-error.js';
export class ProtocolError extends EngineError {
  override name = 'ProtocolError';
  constructor(
    message: string,
    hint: string,
    /** Where the problem is: the protocol file's origin (a path or a name), when known. */
    readonly file?: string,
    /** The JSON path of the problem inside the file, e.g. `stages[4].deadlines[0].rule`. */
    readonly path?: string,
  ) {
    super(message, { hint, ...(file === undefined ? {} : { location: { file } }) });
  }

  /**
   * For event times that cannot be used: the input the problem is about
   * (`audience`, or the protocol's name of an event such as `raised` or
   * `stage5Referral`), so a form can show the message beside that field.
   */
  inputField: string | undefined;

  /**
   * An error about one input of `computeDeadlines`.
   *
   * @example
   * throw ProtocolError.aboutInput('stage5Referral', '"Stage 5 referral made" is before …', 'Check both dates.');
   */
  static aboutInput(inputField: string, message: string, hint: string): ProtocolError {
    const error = new ProtocolError(message, hint);
    error.inputField = inputField;
    return error;
  }
}
