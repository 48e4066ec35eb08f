/**
 * Fuzzing the test-plan parser (`parsePlan`): random YAML-ish text and
 * mutations of bundled plans never throw, never hang, and every finding is
 * located in the file.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../engine/plan/parse-plan.js';
import { bounded } from './support/bounded.js';
import { expectLocated } from './support/expect-located.js';
import { mutatedText, syntaxSoup } from './support/mutated-text.js';

const FILE = 'fuzz/scenario.plan.yaml';

/** Inputs tried per property. */
export const PLAN_FUZZ_RUNS = { soup: 500, closingTooSoon: 400, conferenceRefused: 400 } as const;

function check(text: string): void {
  const { findings } = bounded(() => parsePlan(text, FILE));
  expectLocated(findings, FILE);
}

function bundledPlan(name: string): string {
  const text = readFileSync(new URL(`../../scenarios/${name}.plan.yaml`, import.meta.url), 'utf8');
  // Mutations only mean something when they start from a plan that parses cleanly.
  expect(parsePlan(text, FILE).findings.filter((f) => f.severity === 'error')).toEqual([]);
  return text;
}

describe('parsePlan', () => {
  it('never throws on random YAML-ish soup, and locates every finding', () => {
    fc.assert(fc.property(syntaxSoup(), check), { numRuns: PLAN_FUZZ_RUNS.soup, seed: 31 });
  });

  it('never throws on mutations of a bundled plan (closing-too-soon), and locates every finding', () => {
    fc.assert(fc.property(mutatedText(bundledPlan('closing-too-soon')), check), { numRuns: PLAN_FUZZ_RUNS.closingTooSoon, seed: 37 });
  });

  it('never throws on mutations of a bundled plan (conference-refused), and locates every finding', () => {
    fc.assert(fc.property(mutatedText(bundledPlan('conference-refused')), check), { numRuns: PLAN_FUZZ_RUNS.conferenceRefused, seed: 41 });
  });
});
