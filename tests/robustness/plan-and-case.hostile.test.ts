/**
 * Named hostile-input corpora for two YAML readers: test plans
 * (`parsePlan`, behind `common-ground test`) and case files
 * (`parseCaseFile`, behind `case audit`). Each gets the data-file
 * hostilities every reader gets (empty, binary, past the caps, nested far
 * past the depth cap, alias bombs, repeated keys, YAML oddities), and its
 * own: impossible and out-of-range times, hexadecimal stages, unknown
 * kinds, `__proto__` keys, escape sequences, huge lists. The random
 * mutations live in `plan-file.fuzz.test.ts` and `case-file.fuzz.test.ts`.
 *
 * Each input is time-capped, and each is either accepted (then used: the
 * plan is run against its scenario, the case is audited, neither may throw)
 * or refused with findings that all point into the file; never a throw.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { auditCase } from '../../engine/case/audit-case.js';
import { parseCaseFile } from '../../engine/case/parse-case-file.js';
import { parsePlan } from '../../engine/plan/parse-plan.js';
import { runPlan } from '../../engine/plan/run-plan.js';
import { bundled } from '../engine/workshop/load-bundled.js';
import { bounded } from './support/bounded.js';
import { expectLocated } from './support/expect-located.js';
import { commonHostileTexts, quoted, STEERING_TEXT } from './support/hostile-data-text.js';
import { printReport } from '../support/print-report.js';

const PLAN_FILE = 'hostile/closing-too-soon.plan.yaml';
const CASE_FILE = 'hostile/ours.case.yaml';
const planText = readFileSync('scenarios/closing-too-soon.plan.yaml', 'utf8');
const caseText = readFileSync('scenarios/cases/on-time.case.yaml', 'utf8');
const scenario = bundled('closing-too-soon');

/** The bundled plan with its first route's steps replaced. */
const planWithSteps = (steps: string) => `routes:\n  - name: Hostile\n    steps: ${steps}\n    expect: { ending: kept-open-with-a-plan }\n`;
/** The bundled case with one line replaced. */
const caseWith = (pattern: RegExp, replacement: string) => {
  if (!pattern.test(caseText)) throw new Error(`The case fixture no longer has ${pattern}`);
  return caseText.replace(pattern, replacement);
};

const PLAN_INPUTS: Record<string, string> = {
  'no routes': 'routes: []\n',
  'routes as text': 'routes: all of them\n',
  'a route with no steps': 'routes:\n  - name: Empty\n    steps: []\n    expect: {}\n',
  'a route with no name': 'routes:\n  - steps: [wait-and-see]\n    expect: {}\n',
  'steps as a number': planWithSteps('42'),
  'a step that is no choice of the scenario': planWithSteps('[not-a-choice]'),
  'a step written as a hexadecimal number': planWithSteps('[0x1]'),
  'a write with no text': planWithSteps('[ask-for-time-tomorrow, { write: { id: plan-the-call } }]'),
  'a write to a prompt that does not exist': planWithSteps('[ask-for-time-tomorrow, { write: { id: nowhere, text: x } }]'),
  'ten thousand steps': planWithSteps(`[${Array(10_000).fill('wait-and-see').join(', ')}]`),
  'a thousand routes': `routes:\n${Array.from({ length: 1_000 }, (_, index) => `  - { name: "R${index}", steps: [wait-and-see, accept-closure], expect: { ending: closed-unchallenged } }`).join('\n')}\n`,
  'an expected ending that does not exist': 'routes:\n  - name: Nowhere\n    steps: [wait-and-see, accept-closure]\n    expect: { ending: atlantis }\n',
  'an expected deadline id that does not exist': 'routes:\n  - name: Odd\n    steps: [wait-and-see, accept-closure]\n    expect: { missed: [9.nothing] }\n',
  'an expected stage in hexadecimal': 'routes:\n  - name: Hex\n    steps: [wait-and-see, accept-closure]\n    expect: { stage: 0x1 }\n',
  'an expected stage of a million': 'routes:\n  - name: Far\n    steps: [wait-and-see, accept-closure]\n    expect: { stage: 1000000 }\n',
  'an unknown field in expect': 'routes:\n  - name: Odd\n    steps: [wait-and-see, accept-closure]\n    expect: { runThis: "rm -rf /" }\n',
  'escape sequences in a route name': `routes:\n  - name: ${quoted(`Waits ${STEERING_TEXT}`)}\n    steps: [wait-and-see, accept-closure]\n    expect: { ending: closed-unchallenged }\n`,
  'escape sequences in written text': planWithSteps(`[ask-for-time-tomorrow, { write: { id: plan-the-call, text: ${quoted(STEERING_TEXT)} } }]`),
  'a __proto__ route field': 'routes:\n  - { name: P, __proto__: { polluted: true }, steps: [wait-and-see, accept-closure], expect: {} }\n',
  'the bundled plan with every step anchored and aliased': planText.replace('steps: [wait-and-see, accept-closure]', 'steps: &s [wait-and-see, accept-closure]').replace('steps: [angry-email, reply-all-again]', 'steps: *s'),
};

const CASE_INPUTS: Record<string, string> = {
  'raised at a time the clocks skip': caseWith(/^raised: .*$/m, 'raised: 2026-03-29T01:30'),
  'raised in 9999': caseWith(/^raised: .*$/m, 'raised: 9999-12-31T23:59'),
  'raised in year 1': caseWith(/^raised: .*$/m, 'raised: 0001-01-01T09:00'),
  'raised after the calendar ends (2101)': caseWith(/^raised: .*$/m, 'raised: 2101-01-04T09:00'),
  'raised with an offset of +25:00': caseWith(/^raised: .*$/m, 'raised: 2026-11-03T09:30+25:00'),
  'raised as a number': caseWith(/^raised: .*$/m, 'raised: 20261103'),
  'raised on 30 February': caseWith(/^raised: .*$/m, 'raised: 2026-02-30T09:30'),
  'no raised time': caseWith(/^raised: .*\n/m, ''),
  'a resolved stage in hexadecimal': caseWith(/stage: 4/, 'stage: 0x4'),
  'a resolved stage of 99': caseWith(/stage: 4/, 'stage: 99'),
  'a resolved stage of -1': caseWith(/stage: 4/, 'stage: -1'),
  'a resolved stage of 2.5': caseWith(/stage: 4/, 'stage: 2.5'),
  'an event kind that does not exist': caseWith(/kind: dsl-discussion/, 'kind: summon-the-board'),
  'an event kind of __proto__': caseWith(/kind: dsl-discussion/, 'kind: __proto__'),
  'an event by an agency that does not exist': caseWith(/by: social-care/, 'by: nobody'),
  'two agencies with one id': caseWith(/\{ id: social-care, /, '{ id: school, '),
  'an audience no protocol route has': caseWith(/^audience: .*$/m, 'audience: martians'),
  'a protocol that does not exist': `protocol: atlantis\n${caseText}`,
  'a protocol called __proto__': `protocol: __proto__\n${caseText}`,
  'stage 4 before the disagreement was raised': caseWith(/at: 2026-11-10T10:00/, 'at: 2026-10-01T10:00'),
  'events as text': caseWith(/^events:[\s\S]*$/m, 'events: all of them\n'),
  'events null': caseWith(/^events:[\s\S]*$/m, 'events: null\n'),
  'five thousand events': caseWith(
    /^events:[\s\S]*$/m,
    `events:\n${Array.from({ length: 5_000 }, (_, index) => `  - { at: 2026-11-${String(4 + (index % 20)).padStart(2, '0')}T10:00, kind: stage1-discussion, by: school, summary: "Call ${index}" }`).join('\n')}\n`,
  ),
  'escape sequences in the title and a summary': caseWith(/^title: .*$/m, `title: ${quoted(`Closure ${STEERING_TEXT}`)}`).replace(/summary: The case stays open[^\n]*/, `summary: ${quoted(STEERING_TEXT)}`),
  'an NHS number in a summary': caseWith(/summary: A second call[^\n]*/, 'summary: The child, NHS number 943 476 5919, was discussed.'),
  'a learning subgroup that is blank': caseWith(/subgroup: Practice and Learning Subgroup/, 'subgroup: "   "'),
  'a format version from the future': caseWith(/^formatVersion: 1$/m, 'formatVersion: 99'),
};

/** What each reader made of each named input, for the summary printed at the end. */
const tally: Record<string, { accepted: number; refused: number }> = { plan: { accepted: 0, refused: 0 }, case: { accepted: 0, refused: 0 } };

afterAll(() => {
  const line = (reader: string) => `${reader}: ${tally[reader]!.accepted + tally[reader]!.refused} named hostile inputs, ${tally[reader]!.accepted} accepted, ${tally[reader]!.refused} refused with located findings, 0 crashes`;
  printReport(`${line('plan')}\n${line('case')}`);
});

describe('parsePlan on named hostile plans', () => {
  it.each(Object.entries({ ...commonHostileTexts(planText), ...PLAN_INPUTS }))('%s', (_name, text) => {
    bounded(() => {
      const { plan, findings } = parsePlan(text, PLAN_FILE);
      expectLocated(findings, PLAN_FILE);
      const errors = findings.filter((finding) => finding.severity === 'error');
      if (plan && errors.length === 0) {
        // Accepted: running it against its scenario passes or fails route by route, and never throws.
        runPlan(scenario, plan);
        tally.plan!.accepted += 1;
      } else {
        expect(errors.length).toBeGreaterThan(0);
        for (const error of errors) expect(error.hint ?? '', `hint for ${error.message}`).not.toBe('');
        tally.plan!.refused += 1;
      }
    });
  });
});

describe('parseCaseFile on named hostile cases', () => {
  it.each(Object.entries({ ...commonHostileTexts(caseText), ...CASE_INPUTS }))('%s', (_name, text) => {
    bounded(() => {
      const { caseFile, findings } = parseCaseFile(text, CASE_FILE);
      expectLocated(findings, CASE_FILE);
      const errors = findings.filter((finding) => finding.severity === 'error');
      if (caseFile && errors.length === 0) {
        // Accepted: the audit runs to a verdict, and never throws.
        const audit = auditCase(caseFile);
        expect(typeof audit.timelineInOrder).toBe('boolean');
        tally.case!.accepted += 1;
      } else {
        expect(errors.length).toBeGreaterThan(0);
        tally.case!.refused += 1;
      }
    });
  });

  it('refuses to call an out-of-order timeline in order', () => {
    const { caseFile } = parseCaseFile(CASE_INPUTS['stage 4 before the disagreement was raised']!, CASE_FILE);
    expect(caseFile && auditCase(caseFile).timelineInOrder).toBe(false);
  });
});
