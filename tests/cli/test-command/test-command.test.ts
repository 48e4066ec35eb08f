import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCommand } from '../../../cli/commands/test-command.js';
import { memoryIO } from '../validate/cli-test-io.js';
import { repositoryRoot } from '../../engine/runner/load-fixture.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const fixture = readFileSync(`${repositoryRoot}tests/engine/runner/fixtures/runner-child.mdx`, 'utf8');

/** A folder holding the child fixture and the plan given. */
function folderWith(plan: string): string {
  const folder = temporaryFolder('cg-test-command-');
  writeFileSync(join(folder, 'case.mdx'), fixture);
  writeFileSync(join(folder, 'case.plan.yaml'), plan);
  return folder;
}

const PASSING = 'routes:\n  - name: Recommended\n    steps: [talk, continue, agree]\n    expect: { ending: settled, met: [1.target, 1.limit], missed: [] }\n';

describe('testCommand', () => {
  it('prints PASS per route and a summary, exiting 0 when all pass', async () => {
    const folder = folderWith(PASSING);
    const io = memoryIO(folder);
    expect(await testCommand(['.'], io)).toBe(0);
    expect(io.out()).toBe('PASS case.mdx: Recommended\n1 route, 1 passed, 0 failed\n');
  });

  it('says when a scenario has no plan, and does not pass when nothing was tested', async () => {
    const folder = temporaryFolder('cg-test-command-');
    writeFileSync(join(folder, 'case.mdx'), fixture);
    const io = memoryIO(folder);
    expect(await testCommand(['.'], io)).toBe(1);
    const lines = io.out().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'NO PLAN case.mdx: it has no test plan; write case.plan.yaml to test it',
      '0 routes, 0 passed, 0 failed, 1 scenario without a plan',
      'Nothing was tested: no scenario has a test plan.',
    ]);
    expect(lines[3]).toMatch(/^A plan is NAME\.plan\.yaml beside NAME\.mdx/);
    // The guide that comes with Common Ground, found from here as it would be from an installed copy.
    expect(lines[4]).toBe(`How to write one: "Test plans" in ${join(repositoryRoot, 'scenarios', 'README.md')}.`);
  });

  it('prints FAIL with the failing step as file:line:column and a hint, exiting 1', async () => {
    const folder = folderWith(`${PASSING}  - name: Typo\n    steps: [talk, continue, agre]\n`);
    const run = memoryIO(folder);
    expect(await testCommand(['case.mdx'], run)).toBe(1);
    const lines = run.out().split('\n');
    expect(lines).toContain('FAIL case.mdx: Typo');
    expect(lines).toContain('  case.plan.yaml:6:29: route "Typo", step 3: "agre" is not a choice in scene "record-it".');
    expect(lines.some((line) => line.startsWith('    hint: Choose one of: 1. Agree a review date. (agree)'))).toBe(true);
    expect(lines).toContain('2 routes, 1 passed, 1 failed');
  });

  it('reports a plan that cannot be read as an error for the file', async () => {
    const folder = folderWith('routes:\n  - name: A\n    stepz: [talk]\n');
    const io = memoryIO(folder);
    expect(await testCommand(['.'], io)).toBe(1);
    expect(io.out()).toContain('ERROR case.mdx: its routes were not played');
    expect(io.out()).toContain('case.plan.yaml:3:5: error:');
    expect(io.out()).toContain('0 routes, 0 passed, 0 failed, 1 file with errors');
  });

  it('prints JSON with --json', async () => {
    const io = memoryIO(folderWith(PASSING));
    expect(await testCommand(['--json', '.'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report).toMatchObject({ routes: 1, passed: 1, failed: 0, errors: 0 });
    expect(report.files[0].routes[0]).toMatchObject({ name: 'Recommended', passed: true, actual: { ending: 'settled', stage: 1 } });
  });

  it('passes every bundled plan', async () => {
    const io = memoryIO(repositoryRoot);
    expect(await testCommand([], io)).toBe(0);
    expect(io.out()).toMatch(/\n(\d+) routes, \1 passed, 0 failed\n$/);
  });

  it('refuses an unknown option with a hint', async () => {
    await expect(testCommand(['--fast'], memoryIO(repositoryRoot))).rejects.toMatchObject({ name: 'CliUsageError', hint: 'Run `common-ground test --help` for the options.' });
  });
});
