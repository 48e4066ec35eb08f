/**
 * Where a new play-through's shuffle seed comes from at the terminal: the
 * operating system's random numbers, unless the author asked to see the
 * choices in the order the file gives them, with
 * `COMMON_GROUND_CHOICE_ORDER=written` (for checking a scenario as written,
 * and for tests that press a choice's number).
 */
import { randomBytes } from 'node:crypto';
import { CliUsageError } from './cli-io.js';

/** The environment variable that sets the order. */
export const CHOICE_ORDER_VARIABLE = 'COMMON_GROUND_CHOICE_ORDER';

/**
 * A maker of seeds for this environment: each call a new seed, or always
 * undefined when the written order was asked for.
 *
 * @throws {CliUsageError} for a value of the variable other than `shuffled` or `written`.
 * @example
 * const newSeed = choiceSeeds(io.env);
 * startSession(scenario, { seed: newSeed() });
 */
export function choiceSeeds(env: Record<string, string | undefined>): () => string | undefined {
  const order = env[CHOICE_ORDER_VARIABLE]?.trim() ?? '';
  if (order === 'written') return () => undefined;
  if (order !== '' && order !== 'shuffled') {
    throw new CliUsageError(`${CHOICE_ORDER_VARIABLE} is "${order}", which is not an order Common Ground knows.`, `Set it to "shuffled" (the default: a new order for each play-through) or "written" (the order of the scenario file), or leave it unset.`);
  }
  return () => randomBytes(8).toString('hex');
}
