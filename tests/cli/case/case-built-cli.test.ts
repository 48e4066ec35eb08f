/**
 * The built program, run as a user runs it (`node dist/cli.js case audit …`),
 * for the exit codes scripts rely on: 0 all deadlines met, 1 any missed, 2 a
 * bad file.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, root } from '../../support/built-cli.js';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'case', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('caseCommand (built)', () => {
  it('exits 0 for the on-time case and 1 for the missed-deadlines case', () => {
    expect(run('audit', 'scenarios/cases/on-time.case.yaml').status).toBe(0);
    const missed = run('audit', 'scenarios/cases/missed-deadlines.case.yaml', '--markdown');
    expect(missed.status).toBe(1);
    expect(missed.stdout).toContain('| 7.meeting Panel meets | Mon 5 Apr 2027, 23:59 | Fri 9 Apr 2027, 10:00 | 4 working days late |');
  });

  it('exits 2 with a located error for a bad file, and with a hint for a bad option', () => {
    const bad = run('audit', 'tests/fixtures/case/bad-kind.case.yaml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^tests\/fixtures\/case\/bad-kind\.case\.yaml:6:35: error: /);
    const option = run('audit', 'scenarios/cases/on-time.case.yaml', '--yaml');
    expect(option.status).toBe(2);
    // Started as `node dist/cli.js` from the repository, so the hint says that (cli/invoked-as.ts).
    expect(option.stderr).toBe('error: Unknown option "--yaml" for case audit.\n  hint: Run `node dist/cli.js case --help` for the options.\n');
  });
});
