import { describe, expect, it } from 'vitest';
import { compactScenario } from '../../../engine/scenario/compact-scenario.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import type { Scenario } from '../../../engine/scenario/scenario-model.js';
import { scenarioCorpus } from './scenario-corpus.js';

/** What compactScenario promises, written the slow and obvious way: a JSON round trip that drops mdast positions. */
function jsonRoundTripWithoutPositions(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, item: unknown) =>
      key === 'position' && typeof item === 'object' && item !== null && 'start' in item ? undefined : item,
    ),
  );
}

const parsed = scenarioCorpus()
  .filter((entry) => entry.file.startsWith('scenarios/'))
  .map((entry) => ({ file: entry.file, scenario: parseScenario(entry.text, entry.file).scenario }))
  .filter((entry): entry is { file: string; scenario: Scenario } => entry.scenario !== undefined);

describe('compactScenario', () => {
  it('parses the bundled library, so the comparisons below have scenarios to compare', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(10);
  });

  it.each(parsed.map((entry) => [entry.file, entry.scenario] as const))('makes of %s exactly what a JSON round trip without positions makes', (_, scenario) => {
    // Compared as JSON text: a deep comparison of trees this size takes seconds each, and the last test checks what text would hide (keys holding undefined).
    expect(JSON.stringify(compactScenario(scenario))).toBe(JSON.stringify(jsonRoundTripWithoutPositions(scenario)));
  });

  it('drops mdast positions but keeps the flat source positions of scenes, and leaves the scenario it was given alone', () => {
    const scenario = parsed[0]!.scenario;
    const before = JSON.stringify(scenario);
    const compact = compactScenario(scenario);
    expect(JSON.stringify(compact)).not.toMatch(/"position":\{"start"/);
    const firstScene = Object.values(compact.scenes)[0]!;
    expect(firstScene.position).toEqual(Object.values(scenario.scenes)[0]!.position);
    expect(JSON.stringify(scenario)).toBe(before);
  });

  it('treats what JSON cannot hold as JSON does: undefined keys left out, undefined and holes in arrays and non-finite numbers as null', () => {
    const odd = { a: undefined, b: [undefined, Number.NaN, , 2], c: Number.POSITIVE_INFINITY, d: () => 1, e: { position: { start: { line: 1 } }, kept: true } }; // eslint-disable-line no-sparse-arrays
    const compact = compactScenario(odd as unknown as Scenario) as unknown;
    expect(compact).toStrictEqual(jsonRoundTripWithoutPositions(odd));
    expect(compact).toStrictEqual({ b: [null, null, null, 2], c: null, e: { kept: true } });
  });
});
