/**
 * The site build's scenario check in worker threads gives what the build's
 * own thread gives: the same entries in the same order, the same drafts
 * left out, the same errors at the same places.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInProtocols } from '../../engine/protocol/built-in-protocol-data.js';
import { checkInWorkers } from '../../site/src/lib/check-in-workers.js';
import { readScenarioLibraryEntries, type ReadScenarioLibraryOptions } from '../../site/src/lib/read-scenario-library.js';

const valid = readFileSync('scenarios/closing-too-soon.mdx', 'utf8');
const other = readFileSync('scenarios/a-question-of-capacity.mdx', 'utf8');
const asDraft = (text: string) => text.replace(/^start: /m, 'status: draft\nstart: ');
const withImport = valid.replace(/\n---\n/, "\n---\n\nimport fs from 'node:fs'\n");

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cg-library-workers-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
}

/** The library read both ways: in this thread, and in two workers from two files up. */
async function bothWays(options: Omit<ReadScenarioLibraryOptions, 'folder' | 'protocols'>) {
  const settle = (promise: Promise<unknown>) => promise.then((value) => ({ value }), (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  const fallbacks: string[] = [];
  const here = await settle(readScenarioLibraryEntries({ folder, protocols: builtInProtocols, ...options }));
  const workers = await settle(
    readScenarioLibraryEntries({ folder, protocols: builtInProtocols, ...options, checkFiles: checkInWorkers({ minFiles: 2, workers: 2, onFallback: (message) => fallbacks.push(message) }) }),
  );
  return { here, workers, fallbacks };
}

describe('checkInWorkers', () => {
  it('reads a library into the same entries, in file order, as the build thread', async () => {
    write({ 'b-closing.mdx': valid.replace(/^title: .*$/m, 'title: B'), 'a-capacity.mdx': other, 'c-closing.mdx': valid, 'd-draft.mdx': asDraft(valid) });
    const { here, workers, fallbacks } = await bothWays({ production: true });
    expect(fallbacks).toEqual([]);
    expect('value' in here && (here.value as Array<{ file: string }>).map((entry) => entry.file)).toEqual(['a-capacity.mdx', 'b-closing.mdx', 'c-closing.mdx'].map((name) => join(folder, name)));
    expect(workers).toEqual(here);
  }, 60_000);

  it('reports the same drafts left out and the same errors at the same places', async () => {
    write({ 'a.mdx': valid, 'b-draft.mdx': asDraft(withImport), 'c.mdx': withImport });
    const skipped = { here: [] as string[], workers: [] as string[] };
    let calls = 0;
    const onSkippedDraft = (file: string, count: number) => (calls++ % 2 === 0 ? skipped.here : skipped.workers).push(`${file} ${count}`);
    const { here, workers, fallbacks } = await bothWays({ production: true, onSkippedDraft });
    expect(fallbacks).toEqual([]);
    expect('error' in here && here.error).toMatch(/c\.mdx:\d+:1: error: `import` and `export` are not allowed/);
    expect(workers).toEqual(here);
    expect(skipped.workers).toEqual(skipped.here);
    expect(skipped.here).toEqual([`${join(folder, 'b-draft.mdx')} 1`]);
  }, 60_000);

  it('says the same of a file that cannot be read', async () => {
    write({ 'a.mdx': valid });
    mkdirSync(join(folder, 'b.mdx')); // A folder with a scenario's name: reading it fails.
    const { here, workers, fallbacks } = await bothWays({ production: true });
    expect(fallbacks).toEqual([]);
    expect('error' in here && here.error).toContain(`${join(folder, 'b.mdx')}:1:1: error: The file cannot be read.`);
    expect(workers).toEqual(here);
  }, 60_000);

  it('leaves a small library to the build thread', async () => {
    const check = checkInWorkers({ workers: 2 });
    expect(await check([{ file: 'a.mdx', path: join(folder, 'a.mdx') }], { protocols: builtInProtocols, production: true })).toBeUndefined();
  });
});
