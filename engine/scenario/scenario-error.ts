/**
 * The one error class of the scenario layer, for the rare cases where a
 * caller wants a throw instead of findings (e.g. loading a scenario that
 * must be valid). Front-ends print `message` and `hint`, never a stack.
 */
import { LocatedError, type FindingsWording } from './located-error.js';

/** A scenario that cannot be used, with where and how to fix it. */
export class ScenarioError extends LocatedError {
  override name = 'ScenarioError';

  /** How `ScenarioError.fromFindings` words its message and hint: it points to `validate` for the full list. */
  static wording(file: string): FindingsWording {
    return {
      message: 'The scenario is not valid.',
      hint: 'Run the validator.',
      hintFor: (first) => `${first.hint} Run \`npm run --silent cli -- validate ${file}\` to list every problem.`,
    };
  }
}
