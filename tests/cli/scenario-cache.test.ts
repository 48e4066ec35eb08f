import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cachedScenario, readScenarioCache, sourceHash, writeScenarioCache } from '../../cli/scenario-cache.js';
import { bundledScenariosDir, loadScenarioFile } from '../../cli/scenario-files.js';
import { builtInProtocols, catalogueWith } from '../../engine/index.js';
import { temporaryFolder } from '../support/temporary-folder.js';

const bundledFile = join(bundledScenariosDir(), 'closing-too-soon.mdx');
const bundledText = readFileSync(bundledFile, 'utf8');

/** The bundled scenario parsed from its file. */
async function parsedBundled() {
  const parsed = await loadScenarioFile(bundledFile);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed;
}

/** A cache written to a new folder holding the bundled scenario under the hash of `text`; returns the index's path. */
async function cacheHolding(text: string, warnings: string[] = []): Promise<string> {
  const path = join(temporaryFolder('cg-cache-'), 'scenario-cache.json');
  writeScenarioCache(path, [{ hash: sourceHash(text), scenario: (await parsedBundled()).scenario, warnings }]);
  return path;
}

const bodyFileOf = (indexPath: string, text: string) => join(indexPath, '..', 'scenario-cache', `${sourceHash(text)}.json`);

describe('loadScenarioFile with the build-time cache', () => {
  it('gives the same scenario from the cache as from parsing the file', async () => {
    const parsed = await parsedBundled();
    const cache = readScenarioCache(await cacheHolding(bundledText, parsed.warnings));
    expect(await loadScenarioFile(bundledFile, cache)).toEqual(parsed);
  });

  it('uses the cached entry for a file whose text matches, without parsing it, named as that file', async () => {
    const file = join(temporaryFolder('cg-cache-file-'), 'copy.mdx');
    // Text that would not even parse: only a cache hit can load it.
    writeFileSync(file, 'not a scenario');
    const loaded = await loadScenarioFile(file, readScenarioCache(await cacheHolding('not a scenario', ['w'])));
    expect(loaded.ok && [loaded.scenario.file, loaded.scenario.frontmatter.title, loaded.warnings]).toEqual([file, 'Closing too soon', ['w']]);
  });

  it('uses the cache when the catalogue is the built-in protocols, and checks the file afresh against a partnership\'s own', async () => {
    const file = join(temporaryFolder('cg-cache-protocols-'), 'copy.mdx');
    // Text that would not even parse: only a cache hit can load it.
    writeFileSync(file, 'not a scenario');
    const cache = readScenarioCache(await cacheHolding('not a scenario'));
    expect((await loadScenarioFile(file, cache, builtInProtocols)).ok).toBe(true);
    // The build checked the cached file against the built-in protocols alone: with another in the catalogue, its findings may differ.
    const partnership = catalogueWith([{ ...builtInProtocols['north-yorkshire']!, id: 'our-partnership' }]);
    const loaded = await loadScenarioFile(file, cache, partnership);
    expect(loaded.ok).toBe(false);
  });

  it('checks the file afresh when a partnership\'s protocol file sits beside it', async () => {
    const folder = temporaryFolder('cg-cache-nearby-');
    const file = join(folder, 'copy.mdx');
    writeFileSync(file, 'not a scenario');
    copyFileSync(fileURLToPath(new URL('../../engine/protocol/data/example-template.protocol.json', import.meta.url)), join(folder, 'ours.protocol.json'));
    const loaded = await loadScenarioFile(file, readScenarioCache(await cacheHolding('not a scenario')));
    expect(loaded.ok).toBe(false);
  });

  it('parses an edited file afresh, because its text no longer matches', async () => {
    const file = join(temporaryFolder('cg-cache-file-'), 'edited.mdx');
    writeFileSync(file, 'not a scenario');
    expect((await loadScenarioFile(file, readScenarioCache(await cacheHolding(bundledText)))).ok).toBe(false);
  });

  it('reads the scenes and endings only when the scenario is played, and says what to do if they are gone by then', async () => {
    const path = await cacheHolding(bundledText);
    const loaded = await loadScenarioFile(bundledFile, readScenarioCache(path));
    if (!loaded.ok) throw new Error('the cached scenario should load');
    rmSync(bodyFileOf(path, bundledText));
    expect(loaded.scenario.frontmatter.title).toBe('Closing too soon');
    expect(() => loaded.scenario.scenes).toThrow(/The built scenario cache cannot be read \(.*\.json: .*\)\. Run `npm run build` again\./);
  });

  it('parses the file afresh when its cached scenes are missing or cut short', async () => {
    const parsed = await parsedBundled();
    const missing = await cacheHolding(bundledText);
    rmSync(bodyFileOf(missing, bundledText));
    expect(await loadScenarioFile(bundledFile, readScenarioCache(missing))).toEqual(parsed);
    const cut = await cacheHolding(bundledText);
    const body = bodyFileOf(cut, bundledText);
    writeFileSync(body, readFileSync(body, 'utf8').slice(0, 100));
    expect(await loadScenarioFile(bundledFile, readScenarioCache(cut))).toEqual(parsed);
  });
});

describe('readScenarioCache', () => {
  it('reads back what writeScenarioCache wrote, the body apart from the index', async () => {
    const path = await cacheHolding('abc', ['w']);
    const cache = readScenarioCache(path);
    expect(cache.entries.get(sourceHash('abc'))?.warnings).toEqual(['w']);
    expect(Object.keys(cache.entries.get(sourceHash('abc'))!.head)).not.toContain('scenes');
    expect(cachedScenario(cache, 'abc', 'x.mdx')?.scenario.order).toEqual((await parsedBundled()).scenario.order);
  });

  it('treats a missing, corrupt or outdated cache as empty', () => {
    const dir = temporaryFolder('cg-cache-');
    expect(readScenarioCache(join(dir, 'missing.json')).entries.size).toBe(0);
    writeFileSync(join(dir, 'corrupt.json'), '{ not json');
    expect(readScenarioCache(join(dir, 'corrupt.json')).entries.size).toBe(0);
    // The first cache's shape: every model whole in one file.
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ version: 1, entries: [{ hash: 'abc', scenario: {}, warnings: [] }] }));
    expect(readScenarioCache(join(dir, 'old.json')).entries.size).toBe(0);
  });

  it('passes over a scenario cached in another model format', async () => {
    const path = await cacheHolding(bundledText);
    const index = JSON.parse(readFileSync(path, 'utf8')) as { entries: Array<{ head: { formatVersion: number } }> };
    index.entries[0]!.head.formatVersion += 1;
    writeFileSync(path, JSON.stringify(index));
    expect(cachedScenario(readScenarioCache(path), bundledText, bundledFile)).toBeUndefined();
  });
});
