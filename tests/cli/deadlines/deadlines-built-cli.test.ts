/**
 * The built program, run as a user runs it (`node dist/cli.js deadlines …`),
 * for exit codes and for what reaches stdout and stderr.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, root } from '../../support/built-cli.js';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'deadlines', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('deadlinesCommand', () => {
  it('exits 0 and prints the table', () => {
    const { status, stdout, stderr } = run('--raised', '2026-12-18T16:30');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Wed 6 Jan 2027, 23:59');
  });

  it('prints exactly one JSON object with --json', () => {
    const { status, stdout } = run('--raised', '2026-12-22T10:00', '--json');
    expect(status).toBe(0);
    // Tue 22 Dec 2026 + 10 working days: 23, 24, 29, 30, 31, 4, 5, 6, 7, 8 → Fri 8 Jan 2027.
    expect(JSON.parse(stdout).stages[2].due).toBe('2027-01-08T23:59:59.000+00:00');
  });

  it('exits 2 with one error line and a hint, and no stack trace, for an impossible date', () => {
    const { status, stdout, stderr } = run('--raised', '2026-02-30T10:00');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error: .*2026-02-30/);
    expect(lines[1]).toMatch(/^ {2}hint: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown option and for a referral before raised', () => {
    expect(run('--raised', '2026-12-18T16:30', '--verbose').status).toBe(2);
    const early = run('--raised', '2026-12-18T16:30', '--stage5-referral', '2026-12-01T09:00');
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('is before the disagreement was raised');
  });
});
