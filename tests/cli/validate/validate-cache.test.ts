import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../../cli/commands/validate-command.js';
import { openChunkStore } from '../../../cli/validate-chunk-store.js';
import { CACHE_DIR_ENV, openValidateCache, resolveCacheDir } from '../../../cli/validate-cache.js';
import { computeBuildId } from '../../../cli/tools/build-id.mjs';
import { privateCli } from '../../robustness/support/private-cli.js';
import { memoryIO } from './cli-test-io.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const fixtures = resolve('tests/fixtures/scenario');

/** A folder with scenarios/ holding two fixtures, and an empty cache folder of its own. */
function workspace(): { folder: string; cache: string } {
  const folder = temporaryFolder('cg-validate-cache-');
  mkdirSync(join(folder, 'scenarios'));
  copyFileSync(join(fixtures, 'valid-small.mdx'), join(folder, 'scenarios', 'valid-small.mdx'));
  copyFileSync(join(fixtures, 'many-errors.mdx'), join(folder, 'scenarios', 'many-errors.mdx'));
  return { folder, cache: join(folder, 'cache') };
}

/** Runs `validate` in-process with the workspace's cache; what it printed and its exit code. */
async function validate(space: { folder: string; cache: string }, ...argv: string[]): Promise<{ code: number; out: string }> {
  const io = memoryIO(space.folder);
  io.env = { [CACHE_DIR_ENV]: space.cache };
  const code = await validateCommand(['--json', ...argv], io);
  return { code, out: io.out() };
}

const entries = (cache: string) => (existsSync(join(cache, 'validate')) ? readdirSync(join(cache, 'validate')).filter((name) => !name.startsWith('chunks-')) : []);
const chunkFiles = (cache: string) => (existsSync(join(cache, 'validate')) ? readdirSync(join(cache, 'validate')).filter((name) => name.startsWith('chunks-')) : []);

/** Every cached entry's findings with each message replaced, as a cache that gave it would show. */
function tamper(cache: string, message: string): void {
  for (const name of entries(cache)) {
    const path = join(cache, 'validate', name);
    const entry = JSON.parse(readFileSync(path, 'utf8')) as { findings: { message: string }[] };
    entry.findings = entry.findings.map((finding) => ({ ...finding, message }));
    writeFileSync(path, JSON.stringify(entry));
  }
}

describe('validate with its cache', () => {
  it('keeps one entry per file, and gives the same report from it the second time', async () => {
    const space = workspace();
    const first = await validate(space);
    expect(entries(space.cache).filter((name) => name.endsWith('.json'))).toHaveLength(2);
    // Written whole, through a temporary file that is renamed: none is left behind.
    expect(entries(space.cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await validate(space)).toEqual(first);
  });

  it('reads the entry rather than checking again (shown by planting a message in it)', async () => {
    const space = workspace();
    await validate(space);
    tamper(space.cache, 'from the cache');
    expect((await validate(space)).out).toContain('from the cache');
  });

  it('never gives a stale result: another text, path or protocol is another entry', async () => {
    const space = workspace();
    await validate(space);
    tamper(space.cache, 'from the cache');
    // One byte more in one file: that file is checked again, the other still comes from the cache.
    const file = join(space.folder, 'scenarios', 'many-errors.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')} `);
    const edited = JSON.parse((await validate(space)).out) as { findings: { file: string; message: string }[] };
    expect(edited.findings.filter((finding) => finding.file.endsWith('many-errors.mdx')).every((finding) => finding.message !== 'from the cache')).toBe(true);
    expect(edited.findings.filter((finding) => finding.file.endsWith('valid-small.mdx')).every((finding) => finding.message === 'from the cache')).toBe(true);
    // The same files seen from another folder are shown under other paths.
    const io = memoryIO(join(space.folder, 'scenarios'));
    io.env = { [CACHE_DIR_ENV]: space.cache };
    await validateCommand(['--json', '.'], io);
    expect(io.out()).not.toContain('from the cache');
    // A protocol file beside the scenarios changes the catalogue they are checked against.
    tamper(space.cache, 'from the cache');
    const ours = JSON.parse(readFileSync(resolve('engine/protocol/data/example-template.protocol.json'), 'utf8')) as { id: string; name: string };
    writeFileSync(join(space.folder, 'scenarios', 'ours.protocol.json'), JSON.stringify({ ...ours, id: 'ours', name: 'Our own protocol' }));
    expect((await validate(space)).out).not.toContain('from the cache');
  });

  it('keys entries by the build and the protocols\' contents', () => {
    const dir = temporaryFolder('cg-validate-keys-');
    const findings = [{ severity: 'warning' as const, code: 'draft', message: 'm', hint: 'h', file: 'a.mdx', line: 1, column: 1 }];
    openValidateCache({ dir, buildId: 'build-1', protocols: undefined }).set('a.mdx', 'text', findings);
    expect(openValidateCache({ dir, buildId: 'build-1', protocols: undefined }).get('a.mdx', 'text')).toEqual(findings);
    expect(openValidateCache({ dir, buildId: 'build-2', protocols: undefined }).get('a.mdx', 'text')).toBeUndefined();
    expect(openValidateCache({ dir, buildId: 'build-1', protocols: {} }).get('a.mdx', 'text')).toBeUndefined();
    expect(openValidateCache({ dir, buildId: 'build-1', protocols: undefined }).get('b.mdx', 'text')).toBeUndefined();
    expect(openValidateCache({ dir, buildId: 'build-1', protocols: undefined }).get('a.mdx', 'text ')).toBeUndefined();
  });

  it.each([
    ['not JSON', 'not json {'],
    ['truncated', '{"format":1,"key":"'],
    ['the wrong shape', '{"format":1,"key":"x","findings":"none"}'],
    ['findings of another file', null],
    ['empty', ''],
  ])('ignores an entry that is %s, and replaces it with a sound one', async (_, damaged) => {
    const space = workspace();
    const first = await validate(space);
    for (const name of entries(space.cache)) {
      const path = join(space.cache, 'validate', name);
      const entry = JSON.parse(readFileSync(path, 'utf8')) as { findings: { file: string }[] };
      writeFileSync(path, damaged ?? JSON.stringify({ ...entry, findings: entry.findings.map((finding) => ({ ...finding, file: 'elsewhere.mdx' })) }));
    }
    expect(await validate(space)).toEqual(first);
    tamper(space.cache, 'from the cache');
    // Replaced: the entries are sound again, and read.
    expect((await validate(space)).out).toContain('from the cache');
  });

  it('still validates when the cache cannot be written', async () => {
    const space = workspace();
    const expected = await validate({ ...space, cache: join(space.folder, 'fresh-cache') });
    // A file where the cache folder should be: nothing can be created inside it.
    writeFileSync(space.cache, 'in the way');
    expect(await validate(space)).toEqual(expected);
    if (process.getuid?.() !== 0) {
      // A cache folder that may not be written to (root may write anyway).
      const readOnly = { ...space, cache: join(space.folder, 'read-only') };
      mkdirSync(join(readOnly.cache, 'validate'), { recursive: true });
      chmodSync(join(readOnly.cache, 'validate'), 0o500);
      expect(await validate(readOnly)).toEqual(expected);
    }
  });

  it('with --no-cache neither reads nor writes the cache', async () => {
    const space = workspace();
    const expected = await validate(space, '--no-cache');
    expect(entries(space.cache)).toEqual([]);
    await validate(space);
    tamper(space.cache, 'from the cache');
    expect(await validate(space, '--no-cache')).toEqual(expected);
  });

  it('says in --help where the cache is and how to do without it', async () => {
    const io = memoryIO(tmpdir());
    await validateCommand(['--help'], io);
    expect(io.out()).toContain('--no-cache');
    expect(io.out()).toContain('COMMON_GROUND_CACHE_DIR');
  });
});

describe('the parsed scenes kept between runs', () => {
  /** A workspace with a bundled scenario, checked once so its scenes are kept. */
  async function checkedOnce(): Promise<{ space: { folder: string; cache: string }; file: string }> {
    const space = workspace();
    const file = join(space.folder, 'scenarios', 'several-voices.mdx');
    copyFileSync(resolve('scenarios/several-voices.mdx'), file);
    await validate(space);
    return { space, file };
  }

  const editScene = (file: string) => {
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf(' the ', text.length / 2);
    writeFileSync(file, `${text.slice(0, at)} the very${text.slice(at + 4)}`);
  };

  it('keeps one file of scenes per scenario, and gives after an edit what a check from nothing gives', async () => {
    const { space, file } = await checkedOnce();
    // many-errors.mdx has text outside its scenes, so it is parsed whole and keeps no scenes.
    expect(chunkFiles(space.cache)).toHaveLength(2);
    editScene(file);
    expect(await validate(space)).toEqual(await validate(space, '--no-cache'));
    expect(chunkFiles(space.cache)).toHaveLength(2);
  });

  it.each([
    ['a changed character', (text: string) => text.replace('"type":"root"', '"type":"rooT"').replace('Scene', 'Scenf')],
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON', () => 'not json'],
    ['empty', () => ''],
  ])('ignores a file of scenes that is damaged (%s)', async (_, damage) => {
    const { space, file } = await checkedOnce();
    for (const name of chunkFiles(space.cache)) {
      const path = join(space.cache, 'validate', name);
      writeFileSync(path, damage(readFileSync(path, 'utf8')));
    }
    editScene(file);
    expect(await validate(space)).toEqual(await validate(space, '--no-cache'));
  });

  it('keeps only the scenes of the version last checked, and reads them back', () => {
    const context = { dir: temporaryFolder('cg-chunks-'), buildId: 'build' };
    const first = openChunkStore(context, 'a.mdx');
    first.set('<Scene one>', { children: [1] });
    first.set('<Scene two>', { children: [2] });
    first.save();
    const second = openChunkStore(context, 'a.mdx');
    expect(second.get('<Scene two>')).toEqual({ children: [2] });
    second.save();
    const third = openChunkStore(context, 'a.mdx');
    expect([third.get('<Scene one>'), third.get('<Scene two>')]).toEqual([undefined, { children: [2] }]);
    // Another file, or another build, has a store of its own.
    expect(openChunkStore(context, 'b.mdx').get('<Scene two>')).toBeUndefined();
    expect(openChunkStore({ ...context, buildId: 'other' }, 'a.mdx').get('<Scene two>')).toBeUndefined();
  });

  it('keeps nothing with --no-cache', async () => {
    const space = workspace();
    await validate(space, '--no-cache');
    expect(chunkFiles(space.cache)).toEqual([]);
  });
});

describe('resolveCacheDir', () => {
  it('uses COMMON_GROUND_CACHE_DIR when set, else the user\'s cache folder', () => {
    expect(resolveCacheDir({ COMMON_GROUND_CACHE_DIR: '/tmp/cg-cache' })).toBe('/tmp/cg-cache');
    expect(resolveCacheDir({ COMMON_GROUND_CACHE_DIR: ' ' })).toMatch(/common-ground/);
    expect(resolveCacheDir({})).toMatch(/common-ground/);
  });
});

describe('computeBuildId', () => {
  it('changes when any engine or cli file does, and only then', () => {
    const root = temporaryFolder('cg-build-id-');
    for (const folder of ['engine', 'cli']) mkdirSync(join(root, folder, 'sub'), { recursive: true });
    writeFileSync(join(root, 'engine', 'sub', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'cli', 'b.json'), '{}\n');
    writeFileSync(join(root, 'package.json'), '{}\n');
    writeFileSync(join(root, 'package-lock.json'), '{}\n');
    const first = computeBuildId(root);
    expect(computeBuildId(root)).toBe(first);
    writeFileSync(join(root, 'engine', 'sub', 'a.ts'), 'export const a = 2;\n');
    const second = computeBuildId(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'cli', 'new.ts'), '');
    expect(computeBuildId(root)).not.toBe(second);
    writeFileSync(join(root, 'README.md'), 'not code');
    rmSync(join(root, 'cli', 'new.ts'));
    expect(computeBuildId(root)).toBe(second);
  });
});

describe('the built validate command', () => {
  it('loads the parser only for a file the cache does not have', () => {
    const dir = temporaryFolder('cg-validate-built-');
    const cli = privateCli(dir);
    const scenarios = join(dir, 'scenarios');
    cpSync(join(fixtures, 'valid-small.mdx'), join(scenarios, 'valid-small.mdx'));
    const env = { ...process.env, [CACHE_DIR_ENV]: join(dir, 'cache'), NO_COLOR: '1' };
    const run = () => spawnSync(process.execPath, [cli, 'validate', 'scenarios'], { cwd: dir, env, encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    // Without the parser's file, a run whose every file is cached still works…
    rmSync(join(dir, 'app', 'dist', 'validate', 'validate-file.js'));
    expect(run()).toMatchObject({ status: 0, stdout: first.stdout });
    // …and one that needs it does not.
    writeFileSync(join(scenarios, 'valid-small.mdx'), `${readFileSync(join(scenarios, 'valid-small.mdx'), 'utf8')}\n`);
    expect(run().status).not.toBe(0);
  });
});
