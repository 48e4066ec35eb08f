import type { Scenario } from './scenario-model.js';

/**
 * The scenario as the player island receives it: the same model with the
 * mdast `position` objects removed. Those record where each word sits in
 * the file, which the browser never uses, and they are most of the JSON;
 * dropping them keeps the page's serialised props small. Scene, choice and
 * ending positions (plain `SourcePosition`s) are kept.
 *
 * The copy is what a JSON round trip would make of the model (keys holding
 * `undefined` left out, `undefined` in an array as `null`), built in one
 * walk: a `JSON.stringify` replacer was called for every key of every node,
 * 2.5 ms a file in the 500-scenario site build. The scenario passed in is
 * not changed.
 *
 * @example
 * ```ts
 * const props = { scenario: compactScenario(parsed) };
 * ```
 */
export function compactScenario(scenario: Scenario): Scenario {
  return compactCopy(scenario) as Scenario;
}

/** mdast positions are objects with start/end; SourcePosition is flat. */
function isMdastPosition(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'start' in value;
}

function compactCopy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    // As JSON has them: a number that is not finite is null.
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      copy[i] = item === undefined || typeof item === 'function' ? null : compactCopy(item);
    }
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function') continue;
    if (key === 'position' && isMdastPosition(item)) continue;
    copy[key] = compactCopy(item);
  }
  return copy;
}
