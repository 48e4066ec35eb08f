/**
 * The one error class of the scenario layer, for the rare cases where a
 * caller wants a throw instead of findings (e.g. loading a scenario that
 * must be valid). Front-ends print `message` and `hint`, never a stack.
 */
import type { Finding } from './finding.js';
import { LocatedError, locatedFromFindings } from './located-error.js';

/** A scenario that cannot be used, with where and how to fix it. */
export class ScenarioError extends LocatedError {
  override name = 'ScenarioError';

  /**
   * The error for a list of findings: the first error's message and place,
   * carrying all of them.
   *
   * @example
   * throw ScenarioError.fromFindings(findings, 'scenarios/x.mdx');
   */
  static fromFindings(findings: readonly Finding[], file: string): ScenarioError {
    return new ScenarioError(
      ...locatedFromFindings(findings, file, {
        message: 'The scenario is not valid.',
        hint: 'Run the validator.',
        hintFor: (first) => `${first.hint} Run \`npm run --silent cli -- validate ${file}\` to list every problem.`,
      }),
    );
  }
}
