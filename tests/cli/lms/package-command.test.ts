/**
 * `package scorm` as a partnership's e-learning lead uses it: one zip per
 * scenario with the manifest and the player, the longest route's suspend
 * data said, a zip already there never written over without --force, a
 * scenario with errors not packaged, and the xAPI options checked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../cli/cli-io.js';
import { packageCommand } from '../../../cli/commands/package-command.js';
import { fakeCliIO } from '../deadlines/fake-cli-io.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-package-'));
  dirs.push(dir);
  return dir;
}

async function run(argv: string[], cwd: string) {
  const fake = fakeCliIO({ cwd });
  const code = await packageCommand(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('package scorm', () => {
  it('writes one zip per scenario into a folder, and says how much suspend data the longest route needs', async () => {
    const dir = folder();
    const result = await run(['scorm', 'closing-too-soon', 'below-threshold-at-christmas', '-o', dir], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*closing-too-soon-scorm12\.zip \(\d+ KB\): "Closing too soon", SCORM 1\.2\./);
    expect(result.stdout).toMatch(/Longest route \(11 moves, 9 prompts of 300 characters each\): 2,996 of 4,096 characters of suspend data, all kept by the platform\./);
    const files = unzipSync(readFileSync(join(dir, 'closing-too-soon-scorm12.zip')));
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html', 'player.css', 'player.js', 'scenario.js']);
    expect(new TextDecoder().decode(files['index.html'])).toContain("connect-src 'none'");
  });

  it('makes the same bytes from the same scenario and player', async () => {
    const dir = folder();
    await run(['scorm', 'closing-too-soon', '-o', join(dir, 'a.zip')], dir);
    await run(['scorm', 'closing-too-soon', '-o', join(dir, 'b.zip')], dir);
    expect(readFileSync(join(dir, 'a.zip')).equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
  });

  it('never writes over a zip already there unless told to', async () => {
    const dir = folder();
    const target = join(dir, 'mine.zip');
    writeFileSync(target, 'a file the user made');
    const refused = await run(['scorm', 'closing-too-soon', '-o', target], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists: nothing was written over it\. .*--force/);
    expect(readFileSync(target, 'utf8')).toBe('a file the user made');
    expect((await run(['scorm', 'closing-too-soon', '-o', target, '--force'], dir)).code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('leaves out a scenario with errors, with the located errors', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.mdx'), '---\ntitle: Broken\n---\n');
    const result = await run(['scorm', 'broken.mdx', '-o', join(dir, 'broken.zip')], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Not packaged: the scenario has errors\.\n.*broken\.mdx:\d+:\d+/);
  });

  it.each([
    [['scorm'], /Which scenario/],
    [['zip', 'closing-too-soon'], /makes SCORM packages/],
    [['scorm', 'closing-too-soon', 'no-one-came-back', '-o', 'nowhere.zip'], /must be a folder that exists/],
    [['scorm', 'closing-too-soon', '--xapi-endpoint', 'https://lrs.example.org/xapi/'], /go together/],
    [['scorm', 'closing-too-soon', '--xapi-endpoint', 'http://lrs.example.org/xapi/', '--xapi-auth', 'Basic eA=='], /must be an https address/],
    [['scorm', 'closing-too-soon', '--xapi-endpoint', 'not a url', '--xapi-auth', 'Basic eA=='], /full web address/],
  ])('refuses %j with a usage error and a hint', async (argv, message) => {
    const dir = folder();
    await expect(run([...argv], dir)).rejects.toThrowError(CliUsageError);
    await expect(run([...argv], dir)).rejects.toThrowError(message);
  });

  it('lets the package page talk to the learning record store it was built for, and nothing else', async () => {
    const dir = folder();
    const result = await run(['scorm', 'closing-too-soon', '-o', join(dir, 'x.zip'), '--xapi-endpoint', 'https://lrs.example.org/data/xapi', '--xapi-auth', 'Basic dGVzdDp0ZXN0'], dir);
    expect(result.stdout).toContain('xAPI to https://lrs.example.org/data/xapi/');
    const files = unzipSync(readFileSync(join(dir, 'x.zip')));
    expect(new TextDecoder().decode(files['index.html'])).toContain('connect-src https://lrs.example.org;');
  });
});
