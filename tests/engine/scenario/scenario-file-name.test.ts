import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { isScenarioFileName, SCENARIO_FILE_GLOBS, scenarioFileNames } from '../../../engine/scenario/scenario-file-name.js';

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
