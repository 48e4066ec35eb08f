import type { Scenario } from './scenario-model.js';

/**
 * The scenario as the player island receives it: the same model with the
 * mdast `position` objects removed. Those record where each word sits in
 * the file, which the browser never uses, and they are most of the JSON;
 * dropping them keeps the page's serialised props small. Scene, choice and
 * ending positions (plain `SourcePosition`s) are kept.
 *
 * @example
 * ```ts
 * const props = { scenario: compactScenario(parsed) };
 * ```
 */
export function compactScenario(scenario: Scenario): Scenario {
  return JSON.parse(
    JSON.stringify(scenario, function (this: unknown, key, value: unknown) {
      // mdast positions are objects with start/end; SourcePosition is flat.
      if (key === 'position' && typeof value === 'object' && value !== null && 'start' in value) return undefined;
      return value;
    }),
  ) as Scenario;
}
