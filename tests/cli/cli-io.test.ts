/**
 * What the text commands print, run as a user runs them (the built program,
 * so through `processIO`), when the files they read carry escape sequences:
 * every path prints the words and none of the steering characters.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/built-cli.js';
import { SET_TITLE, STEERING, writeHostileFiles, type HostileFiles } from '../robustness/support/hostile-files.js';

let dir = '';
let files: HostileFiles;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-hostile-'));
  files = writeHostileFiles(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, COMMON_GROUND_DATA_DIR: join(dir, 'data'), NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The output shows the hostile words, with nothing a terminal would act on. */
function expectShownSafely(output: string, words: string, stderr = ''): void {
  expect(output, stderr).toContain(words);
  expect(output).toContain('PWNED');
  expect(output).not.toMatch(STEERING);
}

describe('processIO', () => {
  it('validate: a finding that quotes a hostile topic', () => {
    const { status, stdout, stderr } = run(['validate', files.invalidScenario]);
    expect(status, stderr).toBe(1);
    expectShownSafely(stdout, 'is not one of', stderr);
    expect(stderr).not.toMatch(STEERING);
  });

  it('test: a plan route name', () => {
    const { status, stdout, stderr } = run(['test', files.planScenario]);
    expect(status, stderr).toBe(0);
    expectShownSafely(stdout, 'PASS routes.mdx: Recommended', stderr);
  });

  it('deadlines: a holiday name from a closures file', () => {
    const { status, stdout, stderr } = run(['deadlines', '--raised', '2026-12-18T16:30', '--closures', files.closures]);
    expect(status, stderr).toBe(0);
    expectShownSafely(stdout, 'closure: Council', stderr);
  });

  it('case audit: the case title and an event summary, as text and as Markdown', () => {
    const text = run(['case', 'audit', files.caseFile]);
    expect(text.status, text.stderr).toBe(0);
    expectShownSafely(text.stdout, 'Case audit: A case', text.stderr);
    const markdown = run(['case', 'audit', files.caseFile, '--markdown']);
    expectShownSafely(markdown.stdout, '## Case audit: A case', markdown.stderr);
  });

  it('play in plain mode: a scenario with control characters is refused at their location, quoting none of them', () => {
    const { status, stdout, stderr } = run(['play', files.scenario, '--plain'], '\n1\nq\n');
    expect(status, stderr).toBe(1);
    expect(stderr).toMatch(/hostile\.mdx:\d+:\d+: error: .*control character/);
    expect(`${stdout}${stderr}`).not.toMatch(STEERING);
  });

  it('play in plain mode: a session file whose name carries escape sequences, named where it is saved', () => {
    const { status, stdout, stderr } = run(['play', 'closing-too-soon', '--plain', '--session', join(dir, `saved ${SET_TITLE}.json`)], '\n1\nq\n');
    expect(status, stderr).toBe(0);
    expectShownSafely(stdout, 'Your session is saved in', stderr);
    expect(stderr).not.toMatch(STEERING);
  });
});
