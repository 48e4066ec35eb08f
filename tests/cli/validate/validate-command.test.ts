import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../cli/cli-io.js';
import { validateCommand } from '../../../cli/commands/validate-command.js';
import { memoryIO } from './cli-test-io.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const fixtures = resolve('tests/fixtures/scenario');

function workspace(): string {
  const folder = temporaryFolder('cg-validate-');
  mkdirSync(join(folder, 'scenarios'));
  // A copy of the authoring guide's example: no errors and no warnings, lints included.
  copyFileSync(join(fixtures, 'lint-clean.mdx'), join(folder, 'scenarios', 'lint-clean.mdx'));
  writeFileSync(join(folder, 'scenarios', 'README.mdx'), 'not a scenario {');
  return folder;
}

describe('validateCommand', () => {
  it('validates scenarios/ by default, skips README, and exits 0 when there are no errors', async () => {
    const io = memoryIO(workspace());
    expect(await validateCommand([], io)).toBe(0);
    expect(io.out()).toBe('1 file, 0 errors, 0 warnings\n');
    expect(io.err()).toBe('Checking scenarios/ in this folder.\n');
  });

  it('with no path and no scenarios/ folder, checks this folder\'s own scenarios, else the bundled library, and says which', async () => {
    const own = temporaryFolder('cg-validate-own-');
    copyFileSync(join(fixtures, 'lint-clean.mdx'), join(own, 'lint-clean.mdx'));
    const here = memoryIO(own);
    expect(await validateCommand([], here)).toBe(0);
    expect(here.err()).toBe('Checking the 1 scenario file in this folder.\n');
    expect(here.out()).toBe('1 file, 0 errors, 0 warnings\n');

    const empty = memoryIO(temporaryFolder('cg-validate-empty-'));
    expect(await validateCommand([], empty)).toBe(0);
    expect(empty.err()).toMatch(/^No scenarios here, so checking the bundled library \(.*scenarios\)\. `common-ground new` starts one of your own in scenarios\/\.\n$/);
    expect(empty.out()).toMatch(/^\d+ files, 0 errors, \d+ warnings?\n$/);
  });

  it('prints findings sorted by file and line with hints, and exits 1 on errors', async () => {
    const folder = workspace();
    copyFileSync(join(fixtures, 'many-errors.mdx'), join(folder, 'scenarios', 'many-errors.mdx'));
    const io = memoryIO(folder);
    expect(await validateCommand(['scenarios'], io)).toBe(1);
    const lines = io.out().trim().split('\n');
    const located = lines.filter((line) => line.startsWith('scenarios/')).map((line) => Number(line.split(':')[1]));
    expect(located.length).toBeGreaterThan(10);
    expect(located).toEqual([...located].sort((a, b) => a - b));
    expect(lines.filter((line) => line.startsWith('  hint: ')).length).toBe(located.length);
    expect(lines.at(-1)).toMatch(/^2 files, \d+ errors, \d+ warnings$/);
  });

  it('counts warnings as errors with --strict, and exits 1 on them', async () => {
    const folder = workspace();
    expect(await validateCommand(['--strict', 'scenarios'], memoryIO(folder))).toBe(0);
    // valid-small.mdx has no errors, but its decisions have two choices each.
    copyFileSync(join(fixtures, 'valid-small.mdx'), join(folder, 'scenarios', 'valid-small.mdx'));
    const lenient = memoryIO(folder);
    expect(await validateCommand(['scenarios'], lenient)).toBe(0);
    expect(lenient.out()).toMatch(/: warning: Scene "friday-morning" offers only 2 choices/);
    const strict = memoryIO(folder);
    expect(await validateCommand(['--strict', 'scenarios'], strict)).toBe(1);
    expect(strict.out()).toMatch(/: error: Scene "friday-morning" offers only 2 choices/);
    expect(strict.out()).toMatch(/^2 files, [1-9]\d* errors?, 0 warnings$/m);
  });

  it('prints one JSON object with --json', async () => {
    const folder = workspace();
    const io = memoryIO(folder);
    expect(await validateCommand(['--json', join(fixtures, 'many-errors.mdx')], io)).toBe(1);
    const report = JSON.parse(io.out()) as { files: string[]; findings: { severity: string }[]; errors: number; warnings: number };
    expect(report.files).toHaveLength(1);
    expect(report.errors).toBe(report.findings.filter((finding) => finding.severity === 'error').length);
    expect(report.errors + report.warnings).toBe(report.findings.length);
  });

  it('stops with a usage error and a hint for a path that cannot be read', async () => {
    const io = memoryIO(workspace());
    const failure = validateCommand(['no-such-folder'], io);
    await expect(failure).rejects.toBeInstanceOf(CliUsageError);
    await expect(failure).rejects.toMatchObject({ hint: expect.stringContaining('scenarios/') });
  });

  it('refuses an unknown option', async () => {
    await expect(validateCommand(['--jsn'], memoryIO(workspace()))).rejects.toBeInstanceOf(CliUsageError);
  });

  it('finds no errors in the bundled scenarios', async () => {
    const io = memoryIO(resolve('.'));
    const code = await validateCommand(['scenarios', '--json'], io);
    const report = JSON.parse(io.out()) as { errors: number; findings: unknown[] };
    expect(report.findings.filter((finding) => (finding as { severity: string }).severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });
});
