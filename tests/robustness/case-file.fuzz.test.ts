/**
 * Fuzzing the case timeline reader (`parseCaseFile`): random YAML-ish text
 * and mutations of a valid case file never throw, never hang, and every
 * finding is located in the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../engine/case/parse-case-file.js';
import { bounded } from './support/bounded.js';
import { expectLocated } from './support/expect-located.js';
import { mutatedText, syntaxSoup } from './support/mutated-text.js';

const FILE = 'fuzz/timeline.case.yaml';

/** Inputs tried per property. */
export const CASE_FUZZ_RUNS = { soup: 500, mutated: 700 } as const;

/** A valid children's case, written for this test (fictional, no names). */
const VALID_CASE = `audience: child
raised: 2026-12-18T10:00
agencies:
  - id: school
    role: Secondary school (referring agency)
  - id: front-door
    role: Children's social care front door
events:
  - at: 2026-12-18T15:00
    kind: stage1-discussion
    by: school
    summary: The designated safeguarding lead phones the front door about the threshold decision.
  - at: 2026-12-19T09:00
    kind: stage1-concluded
    summary: No agreement.
  - at: 2026-12-21T11:00
    kind: line-manager-discussion
    by: school
  - at: 2026-12-22T14:00
    kind: dsl-discussion
  - at: 2026-12-29T10:00
    kind: senior-escalation
  - at: 2026-12-30T16:00
    kind: resolved
    stage: 4
    summary: Senior managers agree a strategy discussion.
  - at: 2027-01-06T10:00
    kind: learning-reported
    subgroup: Practice and Learning Subgroup
`;

function check(text: string): void {
  const { findings } = bounded(() => parseCaseFile(text, FILE));
  expectLocated(findings, FILE);
}

describe('parseCaseFile', () => {
  it('reads the valid base case without errors (so mutations start from something real)', () => {
    const { caseFile, findings } = parseCaseFile(VALID_CASE, FILE);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(caseFile?.events).toHaveLength(7);
  });

  it('never throws on random YAML-ish soup, and locates every finding', () => {
    fc.assert(fc.property(syntaxSoup(), check), { numRuns: CASE_FUZZ_RUNS.soup, seed: 17 });
  });

  it('never throws on mutations of a valid case file, and locates every finding', () => {
    fc.assert(fc.property(mutatedText(VALID_CASE), check), { numRuns: CASE_FUZZ_RUNS.mutated, seed: 19 });
  });
});
