/**
 * Fuzzing the scenario parser and validator (`checkScenarioSource`): random
 * syntax soup and mutations of valid scenarios never throw, never hang, and
 * every finding is located in the file it was given.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../engine/scenario/validate-scenario.js';
import { generateScenario } from '../bench/lib/generate-scenario.js';
import { bounded } from './support/bounded.js';
import { expectLocated } from './support/expect-located.js';
import { mutatedText, syntaxSoup } from './support/mutated-text.js';

const FILE = 'fuzz/scenario.mdx';

/** Inputs tried per property (reported in the benchmark notes). */
export const SCENARIO_FUZZ_RUNS = { soup: 300, fixture: 300, generated: 200 } as const;

function check(text: string): void {
  const { findings } = bounded(() => checkScenarioSource(text, FILE));
  expectLocated(findings, FILE);
  for (const finding of findings) {
    expect(finding.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(finding.severity);
  }
}

describe('checkScenarioSource', () => {
  it('never throws on random syntax soup, and locates every finding', () => {
    fc.assert(fc.property(syntaxSoup(), check), { numRuns: SCENARIO_FUZZ_RUNS.soup, seed: 7 });
  });

  it('never throws on mutations of a valid hand-written scenario, and locates every finding', () => {
    const base = readFileSync(new URL('../fixtures/scenario/valid-small.mdx', import.meta.url), 'utf8');
    expect(checkScenarioSource(base, FILE).findings.filter((f) => f.severity === 'error')).toEqual([]);
    fc.assert(fc.property(mutatedText(base), check), { numRuns: SCENARIO_FUZZ_RUNS.fixture, seed: 11 });
  });

  it('never throws on mutations of a generated multi-stage scenario, and locates every finding', () => {
    const base = generateScenario({ scenes: 8, seed: 5 });
    expect(checkScenarioSource(base, FILE).findings.filter((f) => f.severity === 'error')).toEqual([]);
    fc.assert(fc.property(mutatedText(base), check), { numRuns: SCENARIO_FUZZ_RUNS.generated, seed: 13 });
  });
});
