import { EngineError } from '../kernel/engine-error.js';
import type { PersonalDataFinding } from './personal-data-finding.js';

/**
 * The privacy guard's error: thrown for unusable options, and by
 * {@link assertNoPersonalData} when a text carries personal data. Front-ends
 * print `message` and `hint`, never the stack.
 */
export class PersonalDataError extends EngineError {
  override name = 'PersonalDataError';
  constructor(
    message: string,
    hint: string,
    /** The findings behind the error; empty for option errors. */
    readonly findings: readonly PersonalDataFinding[] = [],
  ) {
    super(message, { hint });
  }
}
