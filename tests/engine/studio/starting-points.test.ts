import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseCommand } from '../../../cli/commands/case-command.js';
import { checkScenarioSource, hasErrors, INPUT_CAPS, startFromCaseFile, startFromFile, startFromTemplate } from '../../../engine/index.js';
import { fakeCliIO } from '../../cli/deadlines/fake-cli-io.js';
import { repositoryRoot } from '../runner/load-fixture.js';
import { BUNDLED_CASES, readRepositoryFile, TEMPLATE } from './studio-fixtures.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const TODAY = '2026-11-20';

describe('startFromTemplate', () => {
  it('opens the template as it is, named by its title', () => {
    const start = startFromTemplate(TEMPLATE);
    expect(start).toMatchObject({ ok: true, name: 'A new scenario', text: TEMPLATE });
    if (start.ok) expect(start.notes).toHaveLength(1);
  });

  it('fills in the title, audience and dates as `new` does when given today', () => {
    const start = startFromTemplate(TEMPLATE, { today: TODAY, title: 'Closing too soon', audience: 'adult' });
    if (!start.ok) throw new Error(start.errors.join('\n'));
    expect(start.name).toBe('Closing too soon');
    const { scenario, findings } = checkScenarioSource(start.text, 'draft.mdx');
    expect(hasErrors(findings)).toBe(false);
    expect(scenario?.frontmatter).toMatchObject({ title: 'Closing too soon', audience: 'adult', raised: `${TODAY}T10:00`, provenance: { reviewed: TODAY } });
    // The template's comments survive.
    expect(start.text).toContain('# A new Common Ground scenario.');
  });

  it('reports a template that does not pass the validator, located', () => {
    const start = startFromTemplate(TEMPLATE.replace('to="kept-open"', 'to="kept-opn"'));
    expect(start.ok).toBe(false);
    if (!start.ok) expect(start.errors.some((error) => /^new-scenario\.mdx:\d+:1: error: Choice "agree-a-plan" leads to "kept-opn"/.test(error))).toBe(true);
    const bare = startFromTemplate('no frontmatter', { today: TODAY });
    expect(bare).toMatchObject({ ok: false, errors: [expect.stringMatching(/^new-scenario\.mdx:1:1: error: The scenario template has no frontmatter\.\n {2}hint: /)] });
  });
});

describe('startFromCaseFile', () => {
  it.each(BUNDLED_CASES)('scaffolds %s into a draft that passes the validator, with its audit', (file) => {
    const start = startFromCaseFile(readRepositoryFile(file), file, { today: TODAY });
    if (!start.ok) throw new Error(start.errors.join('\n'));
    expect(hasErrors(checkScenarioSource(start.text, 'draft.mdx').findings)).toBe(false);
    expect(start.auditMarkdown?.startsWith('## Case audit: ')).toBe(true);
    expect(start.notes[0]).toMatch(/ case raised .*; reached stage \d/);
    expect(start.text).toContain('> **Author:**');
  });

  it('writes exactly what `case scaffold` writes', async () => {
    const file = 'scenarios/cases/on-time.case.yaml';
    const output = join(temporaryFolder('cg-studio-scaffold-'), 'draft.mdx');
    const fake = fakeCliIO({ cwd: repositoryRoot, now: new Date(`${TODAY}T12:00:00Z`) });
    expect(await caseCommand(['scaffold', file, '-o', output], fake.io)).toBe(0);
    const start = startFromCaseFile(readRepositoryFile(file), file, { today: TODAY });
    expect(start.ok && start.text).toBe(readFileSync(output, 'utf8'));
    expect(start.ok && start.name).toBe('A case closure challenged and settled by senior managers');
  });

  it('gives located errors with hints for a broken case file', () => {
    const file = 'tests/fixtures/case/bad-kind.case.yaml';
    const start = startFromCaseFile(readRepositoryFile(file), file, { today: TODAY });
    expect(start.ok).toBe(false);
    if (start.ok) return;
    expect(start.errors[0]).toMatch(/^tests\/fixtures\/case\/bad-kind\.case\.yaml:6:35: error: Event 1 has the kind "stage-one-chat", which North Yorkshire Professional Resolutions does not have\.\n {2}hint: /);
  });

  it('refuses a case file holding an NHS number, at its place', () => {
    const file = 'scenarios/cases/on-time.case.yaml';
    const text = readRepositoryFile(file).replace("The class teacher's concerns are shared", "The class teacher's concerns about 943 476 5919 are shared");
    expect(text).toContain('943 476 5919');
    const start = startFromCaseFile(text, file, { today: TODAY });
    expect(start.ok).toBe(false);
    if (!start.ok) expect(start.errors.some((error) => /^scenarios\/cases\/on-time\.case\.yaml:17:\d+: error: .*NHS number/.test(error))).toBe(true);
  });

  it('gives a located error for YAML that does not parse', () => {
    const start = startFromCaseFile('audience: child\nevents: [\n', 'broken.case.yaml', { today: TODAY });
    expect(start.ok).toBe(false);
    if (!start.ok) expect(start.errors[0]).toMatch(/^broken\.case\.yaml:\d+:\d+: error: The case file is not valid YAML/);
  });
});

describe('startFromFile', () => {
  const closing = readRepositoryFile('scenarios/closing-too-soon.mdx');

  it('opens an .mdx file, named by its title', () => {
    const start = startFromFile('closing-too-soon.mdx', closing, 5 * 1024 * 1024);
    expect(start).toMatchObject({ ok: true, name: 'Closing too soon', text: closing });
  });

  it('names a file without a readable title by its file name', () => {
    expect(startFromFile('my-draft.MDX', 'Just some text.', 1000)).toMatchObject({ ok: true, name: 'my-draft' });
  });

  it('refuses a file that is not .mdx', () => {
    expect(startFromFile('photo.jpg', 'x', 1000)).toEqual({
      ok: false,
      errors: ['photo.jpg:1:1: error: photo.jpg is not an .mdx file, so it is not a scenario.\n  hint: Open a scenario file ending in .mdx, or start from the template or a case file.'],
    });
  });

  it('refuses a file over the size given, at the place it passes it, and never reads past INPUT_CAPS', () => {
    const start = startFromFile('big.mdx', 'line one\nline two\n', 12);
    expect(start.ok).toBe(false);
    if (!start.ok) expect(start.errors[0]).toMatch(/^big\.mdx:2:4: error: The file is larger than 12 bytes \(0 KB\), the most Common Ground reads/);
    const huge = startFromFile('huge.mdx', 'x'.repeat(INPUT_CAPS.scenarioFileBytes + 1), Number.MAX_SAFE_INTEGER);
    expect(huge.ok).toBe(false);
  });

  it('refuses a binary file, at its first NUL', () => {
    const start = startFromFile('scenario.mdx', '---\n\u0000\u0001PNG', 1000);
    expect(start.ok).toBe(false);
    if (!start.ok) expect(start.errors[0]).toMatch(/^scenario\.mdx:2:1: error: scenario\.mdx holds a NUL character/);
  });

  it('notes characters that were not UTF-8', () => {
    const start = startFromFile('odd.mdx', 'caf\uFFFD and na\uFFFDve', 1000);
    expect(start.ok && start.notes[1]).toBe('2 characters could not be read as UTF-8 and show as �: save the file as UTF-8 and open it again, or retype them.');
  });
});
