import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readScenarioCache, sourceHash, writeScenarioCache } from '../../cli/scenario-cache.js';
import { bundledScenariosDir, loadScenarioFile } from '../../cli/scenario-files.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const bundledFile = join(bundledScenariosDir(), 'closing-too-soon.mdx');

describe('loadScenarioFile with the build-time cache', () => {
  it('gives the same scenario from the cache as from parsing the file', async () => {
    const parsed = await loadScenarioFile(bundledFile);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const cache = new Map([[sourceHash(readFileSync(bundledFile, 'utf8')), { hash: '', scenario: parsed.scenario, warnings: parsed.warnings }]]);
    expect(await loadScenarioFile(bundledFile, cache)).toEqual(parsed);
  });

  it('uses the cached entry for a file whose text matches, without parsing it', async () => {
    const dir = tempDir();
    const file = join(dir, 'copy.mdx');
    // Text that would not even parse: only a cache hit can load it.
    writeFileSync(file, 'not a scenario');
    const parsed = await loadScenarioFile(bundledFile);
    if (!parsed.ok) throw new Error('bundled scenario should load');
    const cache = new Map([[sourceHash('not a scenario'), { hash: sourceHash('not a scenario'), scenario: parsed.scenario, warnings: [] }]]);
    const loaded = await loadScenarioFile(file, cache);
    expect(loaded.ok && loaded.scenario.file).toBe(file);
  });

  it('parses an edited file afresh, because its text no longer matches', async () => {
    const dir = tempDir();
    const file = join(dir, 'edited.mdx');
    writeFileSync(file, 'not a scenario');
    const parsed = await loadScenarioFile(bundledFile);
    if (!parsed.ok) throw new Error('bundled scenario should load');
    const cache = new Map([[sourceHash(readFileSync(bundledFile, 'utf8')), { hash: '', scenario: parsed.scenario, warnings: [] }]]);
    expect((await loadScenarioFile(file, cache)).ok).toBe(false);
  });
});

describe('readScenarioCache', () => {
  it('reads back what writeScenarioCache wrote', async () => {
    const path = join(tempDir(), 'cache.json');
    const parsed = await loadScenarioFile(bundledFile);
    if (!parsed.ok) throw new Error('bundled scenario should load');
    writeScenarioCache(path, [{ hash: 'abc', scenario: parsed.scenario, warnings: ['w'] }]);
    expect(readScenarioCache(path).get('abc')?.warnings).toEqual(['w']);
  });

  it('treats a missing, corrupt or outdated cache as empty', () => {
    const dir = tempDir();
    expect(readScenarioCache(join(dir, 'missing.json')).size).toBe(0);
    writeFileSync(join(dir, 'corrupt.json'), '{ not json');
    expect(readScenarioCache(join(dir, 'corrupt.json')).size).toBe(0);
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ version: 0, entries: [] }));
    expect(readScenarioCache(join(dir, 'old.json')).size).toBe(0);
  });
});
