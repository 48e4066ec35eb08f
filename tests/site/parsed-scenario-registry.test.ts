import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInProtocols } from '../../engine/protocol/built-in-protocol-data.js';
import { parsedScenario, rememberParsedScenarios, scenarioDigest } from '../../site/src/lib/parsed-scenario-registry.js';
import { readScenarioLibraryEntries } from '../../site/src/lib/read-scenario-library.js';

const valid = readFileSync('scenarios/closing-too-soon.mdx', 'utf8');

let folder = '';
afterEach(() => {
  rememberParsedScenarios([]);
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('scenarioDigest', () => {
  it('changes with the text and with the file, and not otherwise', () => {
    const digest = scenarioDigest('scenarios/a.mdx', valid);
    expect(scenarioDigest('scenarios/a.mdx', valid)).toBe(digest);
    expect(scenarioDigest('scenarios/a.mdx', `${valid} `)).not.toBe(digest);
    expect(scenarioDigest('scenarios/b.mdx', valid)).not.toBe(digest);
    // The file and text are kept apart: moving a character across the join changes the digest.
    expect(scenarioDigest('ab', 'c')).not.toBe(scenarioDigest('a', 'bc'));
  });
});

describe('the parsed-scenario registry', () => {
  it('gives the pages what the loader read, by the digest the loader stored', async () => {
    folder = mkdtempSync(join(tmpdir(), 'cg-registry-'));
    writeFileSync(join(folder, 'closing-too-soon.mdx'), valid);
    const entries = await readScenarioLibraryEntries({ folder, protocols: builtInProtocols, production: true });
    expect(entries.map((entry) => entry.digest)).toEqual([scenarioDigest(join(folder, 'closing-too-soon.mdx'), valid)]);
    rememberParsedScenarios(entries);
    expect(parsedScenario(entries[0]!.digest)).toBe(entries[0]!.scenario);
  });

  it('is one registry for every copy of the module in the process (Astro loads the loader and the pages apart)', async () => {
    const scenario = { id: 'x' } as never;
    rememberParsedScenarios([{ digest: 'd1', scenario }]);
    // A second instance of the module, as the pages' bundle would hold.
    vi.resetModules();
    const copy = await import('../../site/src/lib/parsed-scenario-registry.js');
    expect(copy.parsedScenario).not.toBe(parsedScenario);
    expect(copy.parsedScenario('d1')).toBe(scenario);
  });

  it('holds only the latest build: a scenario read before is forgotten, so a long `astro dev` keeps nothing stale', () => {
    const a = { id: 'a' } as never;
    const b = { id: 'b' } as never;
    rememberParsedScenarios([{ digest: 'da', scenario: a }]);
    rememberParsedScenarios([{ digest: 'db', scenario: b }]);
    expect(parsedScenario('da')).toBeUndefined();
    expect(parsedScenario('db')).toBe(b);
  });
});
