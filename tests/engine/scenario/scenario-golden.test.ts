import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';

// Golden files sit beside their fixtures. To accept a deliberate change of
// parser output, run with UPDATE_GOLDEN=1 and review the diff before committing.
const folder = 'tests/fixtures/scenario';
const fixtures = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort();

describe('parseScenario golden files', () => {
  it('has fixtures to compare', () => {
    expect(fixtures).toEqual(expect.arrayContaining(['valid-small.mdx', 'many-errors.mdx']));
  });

  for (const name of fixtures) {
    it(`matches the committed output for ${name}`, () => {
      const file = `${folder}/${name}`;
      const source = readFileSync(file, 'utf8');
      const actual = JSON.parse(
        JSON.stringify({
          parse: parseScenario(source, file),
          validate: checkScenarioSource(source, file).findings,
        }),
      ) as unknown;
      const goldenFile = file.replace(/\.mdx$/, '.golden.json');
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(goldenFile), `${goldenFile} is missing; run with UPDATE_GOLDEN=1 to create it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
    });
  }
});
