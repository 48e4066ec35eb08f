/**
 * The one error class of the search layer. Thrown when search documents are
 * malformed (a duplicate id, an empty url) or when a serialised search bundle
 * cannot be loaded. Carries a `hint` saying how to fix it, which front-ends
 * print instead of a stack.
 *
 * @example
 * ```ts
 * throw new SearchError('Two search documents share the id "guidance:stage-1".', {
 *   hint: 'Give every section and scene a unique id.',
 * });
 * ```
 */
import { EngineError } from '../kernel/engine-error.js';
export class SearchError extends EngineError {
  override name = 'SearchError';
  constructor(message: string, options: { hint: string; cause?: unknown }) {
    super(message, options);
  }
}
