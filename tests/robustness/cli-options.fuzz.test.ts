/**
 * Fuzzing the CLI's option parsing: each command function runs in-process
 * with a fake terminal on generated argument lists (its own options in any
 * order, with good, bad and missing values, unknown options, stray words).
 * A usage error with a hint is a fine answer; a crash or a hang is not.
 */
import fc from 'fast-check';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseCommand } from '../../cli/commands/case-command.js';
import { deadlinesCommand } from '../../cli/commands/deadlines-command.js';
import { testCommand } from '../../cli/commands/test-command.js';
import { validateCommand } from '../../cli/commands/validate-command.js';
import { runCommandSafely, type CommandOutcome } from './support/run-command-safely.js';

/** Inputs tried per command. */
export const CLI_FUZZ_RUNS = { deadlines: 400, validate: 120, test: 120, caseAudit: 300 } as const;

let workDir = '';

beforeAll(() => {
  // A scratch folder holding the files the generated arguments may name.
  workDir = mkdtempSync(join(tmpdir(), 'common-ground-cli-fuzz-'));
  writeFileSync(join(workDir, 'closures.yaml'), '- date: 2026-12-29\n  name: Council closure\n');
  writeFileSync(join(workDir, 'bad.json'), '{"england-and-wales": [');
  writeFileSync(join(workDir, 'feed.json'), '{"england-and-wales":{"division":"england-and-wales","events":[{"title":"Boxing Day","date":"2026-12-28","notes":"","bunting":true}]}}');
  mkdirSync(join(workDir, 'folder'));
  copyFileSync(new URL('../fixtures/scenario/valid-small.mdx', import.meta.url), join(workDir, 'valid.mdx'));
  copyFileSync(new URL('../fixtures/scenario/many-errors.mdx', import.meta.url), join(workDir, 'folder', 'many-errors.mdx'));
  writeFileSync(join(workDir, 'broken.mdx'), '---\ntitle: [unclosed\n---\n<Scene id="a" stage={9}>\n');
  // Plans beside the scenarios: one that passes, one with a bad step, one that is not YAML.
  writeFileSync(join(workDir, 'valid.plan.yaml'), 'routes:\n  - name: Phone today\n    steps: [phone-today, agree]\n    expect: { ending: kept-open }\n');
  writeFileSync(join(workDir, 'folder', 'many-errors.plan.yaml'), 'routes:\n  - name: Anything\n    steps: [nowhere]\n    expect: { ending: nowhere }\n');
  writeFileSync(join(workDir, 'broken.plan.yaml'), 'routes: [ { name: x, steps: *a } ]\n');
  copyFileSync(new URL('../../scenarios/cases/on-time.case.yaml', import.meta.url), join(workDir, 'on-time.case.yaml'));
  copyFileSync(new URL('../../scenarios/cases/missed-deadlines.case.yaml', import.meta.url), join(workDir, 'missed.case.yaml'));
  writeFileSync(join(workDir, 'broken.case.yaml'), 'audience: child\nraised: [\nevents: *a\n');
  mkdirSync(join(workDir, 'plans'));
  copyFileSync(new URL('../fixtures/scenario/valid-small.mdx', import.meta.url), join(workDir, 'plans', 'wrong.mdx'));
  writeFileSync(join(workDir, 'plans', 'wrong.plan.yaml'), 'routes:\n  - name: Wrong expectation\n    steps: [wait]\n    expect: { ending: kept-open, met: [1.limit] }\n');
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const TIMES = ['2026-12-18T16:30', '2026-12-18 16:30', '2026-03-29T01:30', '2026-10-25T01:30', '2026-02-30T10:00', '2026-12-18T16:30Z', '2026-12-18T16:30+01:00', 'tomorrow', '', '1800-01-01T10:00', '2100-12-31T23:59', '9999-99-99'];
const FILES = ['closures.yaml', 'bad.json', 'feed.json', 'folder', 'missing.yaml', 'valid.mdx', ''];

/** A word of a generated argument list: option names, values, or noise. */
const deadlinesWord = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('--raised', '--audience', '--stage1-concluded', '--stage4-discussion', '--stage5-referral', '--panel-meeting', '--safety-by', '--event', '--protocol', '--holidays', '--closures', '--json', '--help', '-h') },
    { weight: 4, arbitrary: fc.constantFrom(...TIMES) },
    { weight: 1, arbitrary: fc.constantFrom('child', 'adult', 'alien', 'north-yorkshire', 'nowhere', 'stage1Concluded=2026-12-19T10:00', 'x=y', '=', 'panelMeeting=') },
    { weight: 1, arbitrary: fc.constantFrom(...FILES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom('--raised=2026-12-18T16:30', '--json=yes', '--', '-', '--unknown', '--ics') },
  );

const validateWord = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('valid.mdx', 'broken.mdx', 'folder', 'folder/many-errors.mdx', 'missing.mdx', '.', 'closures.yaml') },
    { weight: 2, arbitrary: fc.constantFrom('--json', '--help', '-h', '--strict', '--', '-') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );

/** How often each kind of answer came back, so a fuzzer that only ever hits usage errors is noticed. */
function tally(): { seen: Record<string, number>; add: (outcome: CommandOutcome) => void } {
  const seen: Record<string, number> = {};
  return {
    seen,
    add: (outcome) => {
      const key = outcome.kind === 'exit' ? `exit ${outcome.code}` : 'user-error';
      seen[key] = (seen[key] ?? 0) + 1;
    },
  };
}

const testWord = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('valid.mdx', 'broken.mdx', 'folder', 'plans', 'plans/wrong.mdx', 'missing.mdx', 'valid.plan.yaml', 'closures.yaml') },
    { weight: 2, arbitrary: fc.constantFrom('--json', '--help', '-h', '--bail', '--', '-') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );

const caseAuditWord = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('on-time.case.yaml', 'missed.case.yaml', 'broken.case.yaml', 'valid.mdx', 'missing.case.yaml', 'folder') },
    { weight: 2, arbitrary: fc.constantFrom('--json', '--markdown', '--help', '-h', '--force', '-o', '--', '-') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );

function expectSane(outcome: CommandOutcome): void {
  if (outcome.kind === 'exit') {
    expect([0, 1, 2]).toContain(outcome.code);
    // Never a stack trace on the terminal.
    expect(outcome.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  } else {
    expect(outcome.message.length).toBeGreaterThan(0);
  }
}

describe('deadlinesCommand', () => {
  it('answers any argument list with an exit code or a usage error, never a crash', async () => {
    const outcomes = tally();
    await fc.assert(
      fc.asyncProperty(fc.array(deadlinesWord(), { maxLength: 10 }), async (argv) => {
        // --ics writes a file; keep generated runs read-only by dropping it.
        const safe = argv.filter((word) => word !== '--ics');
        const outcome = await runCommandSafely(deadlinesCommand, safe, workDir);
        expectSane(outcome);
        outcomes.add(outcome);
      }),
      { numRuns: CLI_FUZZ_RUNS.deadlines, seed: 23 },
    );
    expect(Object.keys(outcomes.seen)).toEqual(expect.arrayContaining(['exit 0', 'user-error']));
  });
});

describe('validateCommand', () => {
  it('answers any argument list with an exit code or a usage error, never a crash', async () => {
    const outcomes = tally();
    await fc.assert(
      fc.asyncProperty(fc.array(validateWord(), { minLength: 1, maxLength: 5 }), async (argv) => {
        const outcome = await runCommandSafely(validateCommand, argv, workDir);
        expectSane(outcome);
        outcomes.add(outcome);
      }),
      { numRuns: CLI_FUZZ_RUNS.validate, seed: 29 },
    );
    expect(Object.keys(outcomes.seen)).toEqual(expect.arrayContaining(['exit 0', 'exit 1', 'user-error']));
  });
});

describe('testCommand', () => {
  it('answers any argument list with an exit code or a usage error, never a crash', async () => {
    const outcomes = tally();
    await fc.assert(
      fc.asyncProperty(fc.array(testWord(), { minLength: 1, maxLength: 4 }), async (argv) => {
        const outcome = await runCommandSafely(testCommand, argv, workDir);
        expectSane(outcome);
        outcomes.add(outcome);
      }),
      { numRuns: CLI_FUZZ_RUNS.test, seed: 43 },
    );
    expect(Object.keys(outcomes.seen)).toEqual(expect.arrayContaining(['exit 0', 'exit 1', 'user-error']));
  });
});

describe('caseCommand (audit)', () => {
  it('answers any argument list after `audit` with an exit code or a usage error, never a crash', async () => {
    const outcomes = tally();
    await fc.assert(
      fc.asyncProperty(fc.array(caseAuditWord(), { maxLength: 4 }), async (rest) => {
        // `-o` belongs to scaffold, which writes files; the fuzzer stays with audit.
        const outcome = await runCommandSafely(caseCommand, ['audit', ...rest], workDir);
        expectSane(outcome);
        outcomes.add(outcome);
      }),
      { numRuns: CLI_FUZZ_RUNS.caseAudit, seed: 47 },
    );
    expect(Object.keys(outcomes.seen)).toEqual(expect.arrayContaining(['exit 0', 'exit 1', 'exit 2']));
  });
});
