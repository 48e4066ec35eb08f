/**
 * One bad scenario file never stops a whole `validate` run or the app's
 * start: whatever happens while one file is checked becomes that file's
 * failure, and every other file is still checked and loaded.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../cli/commands/validate-command.js';
import { loadBundledScenarios } from '../../cli/scenario-files.js';

let dir = '';
const valid = readFileSync(new URL('../fixtures/scenario/valid-small.mdx', import.meta.url), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'common-ground-one-bad-file-'));
  // 8 KB, with frontmatter nested 3,000 levels deep.
  writeFileSync(join(dir, 'deep.mdx'), valid.replace('---\n', `---\nx:\n  ${'- '.repeat(3000)}1\n`));
  copyFileSync(new URL('../fixtures/scenario/valid-small.mdx', import.meta.url), join(dir, 'valid.mdx'));
  copyFileSync(new URL('../fixtures/scenario/many-errors.mdx', import.meta.url), join(dir, 'many-errors.mdx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validateFiles', () => {
  it('reports the deeply nested file at its line and still checks every other file', async () => {
    const { files, findings } = await validateFiles([dir], { cwd: dir });
    expect(files).toEqual(['deep.mdx', 'many-errors.mdx', 'valid.mdx']);
    expect(findings.find((finding) => finding.file === 'deep.mdx')).toMatchObject({ code: 'too-deeply-nested', line: 3 });
    expect(findings.some((finding) => finding.file === 'many-errors.mdx')).toBe(true);
  });

  it('turns a failure inside the checks into that file’s finding, not a crash of the run', async () => {
    // A protocol catalogue that throws stands in for any bug in a check.
    const broken = new Proxy({}, { get: () => { throw new Error('catalogue exploded'); }, has: () => { throw new Error('catalogue exploded'); }, ownKeys: () => { throw new Error('catalogue exploded'); } });
    const { findings } = await validateFiles([join(dir, 'valid.mdx'), join(dir, 'many-errors.mdx')], { cwd: dir }, broken as never);
    expect(new Set(findings.map((finding) => finding.file))).toEqual(new Set(['valid.mdx', 'many-errors.mdx']));
    expect(findings.filter((finding) => finding.code === 'check-failed').map((finding) => finding.file).sort()).toEqual(['many-errors.mdx', 'valid.mdx']);
  });
});

describe('loadBundledScenarios', () => {
  it('starts with the good scenarios and lists the deeply nested one as a failure', async () => {
    const { scenarios, failures } = await loadBundledScenarios(dir);
    expect(scenarios.map((loaded) => loaded.file)).toEqual([join(dir, 'valid.mdx')]);
    expect(failures.map((failure) => failure.file).sort()).toEqual([join(dir, 'deep.mdx'), join(dir, 'many-errors.mdx')]);
    expect(failures.find((failure) => failure.file.endsWith('deep.mdx'))?.errors[0]).toMatch(/deep\.mdx:3:\d+: error: .*64 levels/);
  });
});
