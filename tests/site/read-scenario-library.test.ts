import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInProtocols } from '../../engine/protocol/built-in-protocol-data.js';
import { readScenarioLibrary } from '../../site/src/lib/read-scenario-library.js';
import { SiteError } from '../../site/src/lib/site-error.js';

const valid = readFileSync('scenarios/closing-too-soon.mdx', 'utf8');
const asDraft = (text: string) => text.replace(/^start: /m, 'status: draft\nstart: ');
/** The valid scenario with an import after its frontmatter. */
const withImport = valid.replace(/\n---\n/, "\n---\n\nimport fs from 'node:fs'\n");
const lineOfImport = (text: string) => text.split('\n').indexOf("import fs from 'node:fs'") + 1;

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cg-library-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
}

const read = (production: boolean, onSkippedDraft?: (file: string, errorCount: number) => void) =>
  readScenarioLibrary({ folder, protocols: builtInProtocols, production, ...(onSkippedDraft ? { onSkippedDraft } : {}) });

async function problemOf(promise: Promise<unknown>): Promise<SiteError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(SiteError);
  return error as SiteError;
}

describe('readScenarioLibrary', () => {
  it('reads only the files the engine calls scenarios, as compact data', async () => {
    write({
      'closing-too-soon.mdx': valid,
      'README.mdx': '# Not a scenario',
      'new.template.mdx': 'not a scenario either',
      'closing-too-soon.plan.yaml': 'routes: []',
      'templates/new-scenario.mdx': 'nor this',
    });
    const scenarios = await read(true);
    expect(scenarios.map((scenario) => scenario.id)).toEqual(['closing-too-soon']);
    expect(scenarios[0]!.file).toBe(join(folder, 'closing-too-soon.mdx'));
    expect(JSON.stringify(scenarios[0])).not.toMatch(/"start":\{"line"/);
  });

  it('leaves drafts out of production builds only', async () => {
    write({ 'closing-too-soon.mdx': valid, 'a-draft.mdx': asDraft(valid) });
    expect((await read(true)).map((scenario) => scenario.id)).toEqual(['closing-too-soon']);
    expect((await read(false)).map((scenario) => scenario.id)).toEqual(['a-draft', 'closing-too-soon']);
  });

  it('leaves a draft with errors out of a production build and says so, but refuses it while authoring', async () => {
    write({ 'closing-too-soon.mdx': valid, 'a-draft.mdx': asDraft(withImport) });
    const skipped: string[] = [];
    expect((await read(true, (file, count) => skipped.push(`${file} ${count}`))).map((scenario) => scenario.id)).toEqual(['closing-too-soon']);
    expect(skipped).toEqual([`${join(folder, 'a-draft.mdx')} 1`]);
    expect((await problemOf(read(false))).message).toContain(`a-draft.mdx:${lineOfImport(asDraft(withImport))}:1: error:`);
  });

  it('refuses a scenario with import or export, naming the file, line and column, with a hint and no stack', async () => {
    write({ 'closing-too-soon.mdx': withImport, 'second.mdx': withImport });
    const problem = await problemOf(read(true));
    const file = join(folder, 'closing-too-soon.mdx');
    expect(problem.message).toContain(`${file}:${lineOfImport(withImport)}:1: error: \`import\` and \`export\` are not allowed in a scenario.`);
    expect(problem.message).toMatch(/^2 scenario files could not be read:/);
    expect(problem.hint).toBe(`Run \`npm run --silent cli -- validate ${file} ${join(folder, 'second.mdx')}\` and fix what it reports.`);
    expect(problem.stack).toBe('');
  });

  it('says when the folder cannot be read', async () => {
    const problem = await problemOf(readScenarioLibrary({ folder: join(folder, 'missing'), protocols: builtInProtocols, production: true }));
    expect(problem.message).toMatch(`The scenario folder ${join(folder, 'missing')} cannot be read.`);
    expect(problem.hint).toMatch(/COMMON_GROUND_SCENARIOS/);
  });
});
