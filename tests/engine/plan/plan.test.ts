import { describe, expect, it } from 'vitest';
import { formatFinding, parsePlan, runPlan } from '../../../engine/index.js';
import { childFixture } from '../runner/load-fixture.js';

const scenario = childFixture();
const FILE = 'tests/runner-child.plan.yaml';

const GOOD = `routes:
  - name: Recommended
    steps:
      - talk
      - continue
      - write: { id: notes, text: "Review in four weeks." }
      - Agree a review date.
    expect:
      ending: settled
      stage: 1
      outcome: good
      met: [1.target, 1.limit]
      missed: []
  - name: Waits
    steps: [{ wait: 3 working days }, talk, continue, agree]
    expect: { ending: settled, missed: [1.limit] }
`;

describe('parsePlan', () => {
  it('reads routes with the position of every step and expectation', () => {
    const { plan, findings } = parsePlan(GOOD, FILE);
    expect(findings).toEqual([]);
    const first = plan?.routes[0];
    expect(first?.steps.map((step) => [step.kind, step.at.line, step.at.column])).toEqual([
      ['choose', 4, 9],
      ['continue', 5, 9],
      ['write', 6, 9],
      ['choose', 7, 9],
    ]);
    expect(first?.expectAt.missed).toEqual({ line: 13, column: 7 });
    expect(plan?.routes[1]?.steps[0]).toEqual({ kind: 'wait', duration: '3 working days', at: { line: 15, column: 13 } });
  });

  it('points at YAML syntax errors', () => {
    const { plan, findings } = parsePlan('routes:\n  - name: "open\n', FILE);
    expect(plan).toBeUndefined();
    expect(findings[0]?.code).toBe('plan-yaml');
    expect(findings[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('points at an unknown expectation key with a hint listing the allowed ones', () => {
    const { findings } = parsePlan('routes:\n  - name: A\n    steps: [talk]\n    expect:\n      endng: settled\n', FILE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 5, column: 7 });
    expect(findings[0]?.hint).toContain('ending, stage, met, missed, pending, outcome');
  });

  it('points at a malformed deadline id', () => {
    const { findings } = parsePlan('routes:\n  - name: A\n    steps: [talk]\n    expect: { met: [target] }\n', FILE);
    expect(formatFinding(findings[0]!)).toMatch(/^tests\/runner-child\.plan\.yaml:4:21: error: `routes\[0\]\.expect\.met\[0\]`: Deadline ids look like 1\.target or 7\.recommendations\.\n  hint: An expectation may use/);
  });
});

describe('runPlan', () => {
  it('passes routes whose expectations hold', () => {
    const result = runPlan(scenario, parsePlan(GOOD, FILE).plan!);
    expect(result.routes.map((route) => [route.name, route.passed, route.failures])).toEqual([
      ['Recommended', true, []],
      ['Waits', true, []],
    ]);
    expect(result.passed).toBe(true);
  });

  it('locates an unknown choice at its step', () => {
    const { plan } = parsePlan('routes:\n  - name: Typo\n    steps: [talk, continue, agre]\n', FILE);
    const [route] = runPlan(scenario, plan!).routes;
    expect(route?.passed).toBe(false);
    expect(route?.failures[0]).toMatchObject({ line: 3, column: 29, code: 'plan-step-invalid-choice' });
    expect(route?.failures[0]?.message).toBe('route "Typo", step 3: "agre" is not a choice in scene "record-it".');
    expect(route?.failures[0]?.hint).toContain('1. Agree a review date. (agree)');
  });

  it('locates a wrong expectation at its key, with expected and actual', () => {
    const text = 'routes:\n  - name: Wrong\n    steps: [ignore, accept]\n    expect:\n      ending: settled\n      met: [1.limit]\n';
    const [route] = runPlan(scenario, parsePlan(text, FILE).plan!).routes;
    expect(route?.failures.map((failure) => [failure.line, failure.column, failure.message])).toEqual([
      [5, 7, 'route "Wrong": expected ending "settled", actual the ending "closed"'],
      [6, 7, 'route "Wrong": expected met [1.limit], actual []'],
    ]);
    expect(route?.failures[1]?.hint).toContain('1.limit was missed (due Tue 22 Dec 2026, 10:00, never happened)');
  });

  it('treats an empty list as "none", and a listed deadline as one that must have that status', () => {
    const text = 'routes:\n  - name: None missed\n    steps: [ignore, accept]\n    expect: { missed: [] }\n';
    const [route] = runPlan(scenario, parsePlan(text, FILE).plan!).routes;
    // The 24-hour aim passed too, but an aim is never a missed deadline.
    expect(route?.failures[0]?.message).toBe('route "None missed": expected missed [], actual [1.limit]');
  });

  it("refuses a deadline id the scenario's protocol does not have, naming the ones it has", () => {
    const text = 'routes:\n  - name: Wrong ids\n    steps: [ignore, accept]\n    expect:\n      met: [9.panel]\n';
    const [route] = runPlan(scenario, parsePlan(text, FILE).plan!).routes;
    expect(route?.failures.map((failure) => [failure.code, failure.line])).toEqual([['plan-unknown-deadline', 5]]);
    expect(route?.failures[0]?.message).toBe('route "Wrong ids": [9.panel] is not a deadline of North Yorkshire Professional Resolutions');
    expect(route?.failures[0]?.hint).toContain('7.recommendations');
  });

  it('refuses a plan that expects an aim to be missed, at the missed key', () => {
    const text = 'routes:\n  - name: Aim missed\n    steps: [ignore, accept]\n    expect:\n      missed: [1.target, 1.limit]\n';
    const [route] = runPlan(scenario, parsePlan(text, FILE).plan!).routes;
    expect(route?.passed).toBe(false);
    expect(route?.failures.map((failure) => [failure.code, failure.line, failure.message])).toEqual([
      ['plan-aim-missed', 5, 'route "Aim missed": [1.target] is an aim, which can never be missed'],
    ]);
  });
});

describe('parsePlan on hostile files', () => {
  it('refuses a plan nested 3,000 deep, and one larger than the cap, with located findings', () => {
    expect(parsePlan(`routes:\n  ${'- '.repeat(3000)}x\n`, FILE).findings).toMatchObject([{ code: 'too-deeply-nested', line: 2, file: FILE }]);
    expect(parsePlan(`${GOOD}# ${'x'.repeat(2_000_000)}\n`, FILE).findings).toMatchObject([{ code: 'file-too-large', file: FILE }]);
  });
});
