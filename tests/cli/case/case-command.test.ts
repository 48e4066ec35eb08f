import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../cli/cli-io.js';
import { caseCommand } from '../../../cli/commands/case-command.js';
import { checkScenarioSource } from '../../../engine/index.js';
import { runCommandSafely } from '../../robustness/support/run-command-safely.js';
import { cli } from '../../support/built-cli.js';
import { fakeCliIO } from '../deadlines/fake-cli-io.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const root = resolve(import.meta.dirname, '../../..');
const ON_TIME = 'scenarios/cases/on-time.case.yaml';
const MISSED = 'scenarios/cases/missed-deadlines.case.yaml';

async function run(args: string[], options: Parameters<typeof fakeCliIO>[0] = {}) {
  const fake = fakeCliIO({ cwd: root, ...options });
  const code = await caseCommand(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('caseCommand audit', () => {
  it('exits 0 when every deadline was met, and 1 when any was missed', async () => {
    expect((await run(['audit', ON_TIME])).code).toBe(0);
    expect((await run(['audit', MISSED])).code).toBe(1);
  });

  it('prints a table that fits 80 columns, with no colour when stdout is not a terminal', async () => {
    const { stdout } = await run(['audit', MISSED]);
    expect(stdout).toContain('1.limit Resolve at');
    expect(stdout).toContain('4 hours late');
    expect(stdout).not.toContain('\u001B[');
    for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('uses bold on a colour terminal and none when NO_COLOR is set', async () => {
    expect((await run(['audit', MISSED], { tty: true })).stdout).toContain('\u001B[1m');
    expect((await run(['audit', MISSED], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001B[');
  });

  it('prints one JSON object with --json', async () => {
    const { stdout, code } = await run(['audit', MISSED, '--json']);
    expect(code).toBe(1);
    const audit = JSON.parse(stdout);
    expect(audit.missed).toEqual(['1.limit', '2.discussion', '5.referral', '6.convened', '7.meeting', '7.recommendations']);
    expect(audit.file).toBe(MISSED);
  });

  it('prints Markdown for minutes with --markdown', async () => {
    const { stdout } = await run(['audit', ON_TIME, '--markdown']);
    expect(stdout.startsWith('## Case audit: ')).toBe(true);
    expect(stdout).toContain('| Stage | Due | Happened | Result |');
  });

  it('exits 2 for a bad file with a located error and a hint, never a stack trace', async () => {
    const { code, stderr, stdout } = await run(['audit', 'tests/fixtures/case/bad-kind.case.yaml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^tests\/fixtures\/case\/bad-kind\.case\.yaml:6:35: error: Event 1 has the kind "stage-one-chat", which North Yorkshire Professional Resolutions does not have\./);
    expect(stderr).toContain('\n  hint: ');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a case file that names a person', async () => {
    const { code, stderr } = await run(['audit', 'tests/fixtures/case/named-person.case.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('named-person.case.yaml:9:');
  });

  it('exits 2 for a file that does not exist', async () => {
    const { code, stderr } = await run(['audit', 'scenarios/cases/nowhere.case.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('scenarios/cases/nowhere.case.yaml:1:1: error: Cannot read the case file.');
  });

  it('refuses unknown options and two output formats as usage errors', async () => {
    await expect(run(['audit', ON_TIME, '--yaml'])).rejects.toBeInstanceOf(CliUsageError);
    await expect(run(['audit', ON_TIME, '--json', '--markdown'])).rejects.toBeInstanceOf(CliUsageError);
    await expect(run(['audit'])).rejects.toBeInstanceOf(CliUsageError);
    await expect(run(['shred', ON_TIME])).rejects.toBeInstanceOf(CliUsageError);
  });
});

describe('caseCommand scaffold, writing -o', () => {
  /** Runs scaffold in a scratch folder; a user error with a hint is an answer, anything else a crash. */
  async function scaffoldTo(target: string, ...flags: string[]) {
    const dir = temporaryFolder('cg-case-out-');
    const outcome = await runCommandSafely(caseCommand, ['scaffold', resolve(root, ON_TIME), '-o', target, ...flags], dir);
    const shown = outcome.kind === 'exit' ? outcome.stderr : outcome.message;
    return { dir, outcome, shown };
  }

  it('refuses a folder with --force, with a clear error rather than an internal one', async () => {
    const dir = temporaryFolder('cg-case-');
    mkdirSync(join(dir, 'folder.mdx'));
    const { outcome, shown } = await scaffoldTo(join(dir, 'folder.mdx'), '--force');
    expect(outcome).toMatchObject({ kind: 'exit', code: 2 });
    expect(shown).toMatch(/folder/);
    expect(shown).toContain('hint:');
  });

  it('refuses a symbolic link with --force and leaves the file it points at unchanged', async () => {
    const dir = temporaryFolder('cg-case-');
    writeFileSync(join(dir, 'precious.txt'), 'keep me\n');
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'link.mdx'));
    const { outcome, shown } = await scaffoldTo(join(dir, 'link.mdx'), '--force');
    expect(outcome).toMatchObject({ kind: 'exit', code: 2 });
    expect(shown).toMatch(/symbolic link/);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me\n');
    expect(lstatSync(join(dir, 'link.mdx')).isSymbolicLink()).toBe(true);
  });

  it('refuses a dangling symbolic link, with or without --force, and creates nothing where it points', async () => {
    const dir = temporaryFolder('cg-case-');
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.mdx'));
    for (const flags of [[], ['--force']]) {
      const { outcome, shown } = await scaffoldTo(join(dir, 'dangling.mdx'), ...flags);
      expect(outcome).toMatchObject({ kind: 'exit', code: 2 });
      expect(shown).toMatch(/symbolic link/);
      expect(existsSync(join(dir, 'nowhere.txt'))).toBe(false);
    }
  });

  it('refuses a named pipe with --force instead of waiting on it forever', () => {
    const dir = temporaryFolder('cg-case-');
    execFileSync('mkfifo', [join(dir, 'pipe.mdx')]);
    const result = spawnSync(process.execPath, [cli, 'case', 'scaffold', resolve(root, ON_TIME), '-o', join(dir, 'pipe.mdx'), '--force'], { encoding: 'utf8', timeout: 10_000 });
    expect(result.status, `${result.signal ?? ''} ${result.stderr}`).toBe(2);
    expect(result.stderr).toMatch(/not a regular file/);
  });

  it('refuses a device with --force instead of writing into it', async (context) => {
    const dir = temporaryFolder('cg-case-');
    try {
      execFileSync('mknod', [join(dir, 'device.mdx'), 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      context.skip('mknod needs root; the named-pipe test covers the same check');
      return;
    }
    const { outcome, shown } = await scaffoldTo(join(dir, 'device.mdx'), '--force');
    expect(outcome).toMatchObject({ kind: 'exit', code: 2 });
    expect(shown).toMatch(/not a regular file/);
  });

  it('replaces a file with --force by renaming a new one over it, never writing into the old one', async () => {
    const dir = temporaryFolder('cg-case-');
    writeFileSync(join(dir, 'draft.mdx'), 'old draft\n');
    linkSync(join(dir, 'draft.mdx'), join(dir, 'hard-link.mdx'));
    const { outcome } = await scaffoldTo(join(dir, 'draft.mdx'), '--force');
    expect(outcome).toMatchObject({ kind: 'exit', code: 0 });
    expect(readFileSync(join(dir, 'draft.mdx'), 'utf8')).toContain('<Scene id="stage-4" stage={4}>');
    expect(readFileSync(join(dir, 'hard-link.mdx'), 'utf8')).toBe('old draft\n');
    expect(readdirSync(dir).sort()).toEqual(['draft.mdx', 'hard-link.mdx']);
  });
});

describe('caseCommand scaffold', () => {
  it('writes a draft scenario that passes the validator with warnings only', async () => {
    const dir = temporaryFolder('cg-case-');
    const out = join(dir, 'from-case.mdx');
    const { code, stdout } = await run(['scaffold', resolve(root, MISSED), '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote ');
    const text = readFileSync(out, 'utf8');
    const findings = checkScenarioSource(text, out).findings;
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(text).toContain('status: draft');
    expect(text).toContain('basis: composite of resolved cases');
    expect(text).toContain('reviewed: 2026-12-18'); // the fake clock's London date
  });

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    const dir = temporaryFolder('cg-case-');
    const out = join(dir, 'existing.mdx');
    writeFileSync(out, 'keep me\n');
    const refused = await run(['scaffold', resolve(root, ON_TIME), '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    const forced = await run(['scaffold', resolve(root, ON_TIME), '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<Scene id="stage-4" stage={4}>');
  });

  it('writes beside the scenarios by default, named after the case file', async () => {
    const dir = temporaryFolder('cg-case-');
    const fake = fakeCliIO({ cwd: dir });
    expect(await caseCommand(['scaffold', resolve(root, ON_TIME)], fake.io)).toBe(0);
    expect(existsSync(join(dir, 'scenarios', 'on-time.mdx'))).toBe(true);
  });

  it('says when it creates scenarios/, as `new` does, and names validate as the program was started', async () => {
    const dir = temporaryFolder('cg-case-');
    const fake = fakeCliIO({ cwd: dir });
    const io = { ...fake.io, invokedAs: 'npm run --silent cli --' };
    expect(await caseCommand(['scaffold', resolve(root, ON_TIME)], io)).toBe(0);
    expect(fake.stdout().split('\n')[0]).toBe('Created the folder scenarios/.');
    expect(fake.stdout()).toContain('then run `npm run --silent cli -- validate scenarios/on-time.mdx`.');
    const again = fakeCliIO({ cwd: dir });
    expect(await caseCommand(['scaffold', resolve(root, MISSED)], again.io)).toBe(0);
    expect(again.stdout()).not.toContain('Created the folder');
    expect(again.stdout()).toContain('then run `common-ground validate scenarios/missed-deadlines.mdx`.');
  });

  it('exits 2 for a bad case file and writes nothing', async () => {
    const dir = temporaryFolder('cg-case-');
    const out = join(dir, 'never.mdx');
    const { code } = await run(['scaffold', 'tests/fixtures/case/bad-kind.case.yaml', '-o', out]);
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
