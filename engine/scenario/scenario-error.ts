/**
 * The one error class of the scenario layer, for the rare cases where a
 * caller wants a throw instead of findings (e.g. loading a scenario that
 * must be valid). Front-ends print `message` and `hint`, never a stack.
 */
import { LocatedError, type FindingsWording } from './located-error.js';

/** A scenario that cannot be used, with where and how to fix it. */
export class ScenarioError extends LocatedError {
  override name = 'ScenarioError';

  /**
   * How `ScenarioError.fromFindings` words its message and hint: it points to
   * the `validate` command for the full list, by name only, since the engine
   * cannot know how a front-end's user runs it (the CLI's hints do: cli/invoked-as.ts).
   */
  static wording(file: string): FindingsWording {
    return {
      message: 'The scenario is not valid.',
      hint: 'Run the validator.',
      hintFor: (first) => `${first.hint} The \`validate\` command lists every problem in ${file}.`,
    };
  }
}
