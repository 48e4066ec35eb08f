import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKebabId } from '../../../engine/scenario/scenario.schema.js';
import { isScenarioFileName, kebabFromTitle, SCENARIO_FILE_GLOBS, scenarioFileNameFor, scenarioFileNames } from '../../../engine/scenario/scenario-file-name.js';

const NAMES = [
  'closing-too-soon.mdx',
  'Upper-Case.MDX',
  'README.mdx',
  'readme.mdx',
  'ReadMe-first.mdx',
  'new-scenario.template.mdx',
  'closing-too-soon.plan.yaml',
  'notes.md',
  'a.mdx.bak',
];

describe('which files are scenarios', () => {
  it('is an .mdx file that is not the README and not a template', () => {
    expect(NAMES.filter(isScenarioFileName)).toEqual(['closing-too-soon.mdx', 'Upper-Case.MDX']);
    expect(isScenarioFileName('scenarios/templates/new-scenario.template.mdx')).toBe(false);
    expect(isScenarioFileName('C:\\scenarios\\bruise-at-pickup.mdx')).toBe(true);
  });

  it('lists a folder in a stable order', () => {
    expect(scenarioFileNames(['b.mdx', 'README.mdx', 'a.mdx'])).toEqual(['a.mdx', 'b.mdx']);
  });

  it('says the same as globs, for the site, on a real folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-scenario-names-'));
    try {
      for (const name of NAMES) writeFileSync(join(dir, name), '');
      mkdirSync(join(dir, 'templates'));
      writeFileSync(join(dir, 'templates', 'nested.mdx'), '');
      const byGlobs = globSync([...SCENARIO_FILE_GLOBS], { cwd: dir }).sort();
      expect(byGlobs).toEqual(scenarioFileNames(readdirSync(dir)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('kebabFromTitle', () => {
  it('turns a title into a file-name id', () => {
    expect(kebabFromTitle('Closing too soon')).toBe('closing-too-soon');
    expect(kebabFromTitle("Who's at the table? (Part 2)")).toBe('who-s-at-the-table-part-2');
    expect(kebabFromTitle('Café à la carte')).toBe('cafe-a-la-carte');
    expect(kebabFromTitle('!!!')).toBe('new-scenario');
  });

  it('always gives a kebab-case id of at most 60 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (title) => {
        const id = kebabFromTitle(title);
        expect(isKebabId(id)).toBe(true);
        expect(id.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe('scenarioFileNameFor', () => {
  it('is the title in kebab-case with .mdx, a scenario file by the rule above', () => {
    expect(scenarioFileNameFor('Closing too soon')).toBe('closing-too-soon.mdx');
    expect(scenarioFileNameFor('  ')).toBe('new-scenario.mdx');
    expect(isScenarioFileName(scenarioFileNameFor('Read me first'))).toBe(true);
  });
});
