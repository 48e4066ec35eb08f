import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_CAPS } from '../../../engine/kernel/input-caps.js';
import { findingCodes, usualSeverity } from '../../../engine/scenario/finding-codes.js';
import { guidanceSections } from '../../../engine/guidance/guidance-sections.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';
import { SCENARIO_PRINCIPLES, SCENARIO_TOPICS } from '../../../engine/scenario/scenario-vocabulary.js';

const readme = readFileSync('scenarios/README.md', 'utf8');

/** The fenced block that follows the `<!-- example:NAME -->` marker. */
function exampleAfter(marker: string): string {
  const lines = readme.split('\n');
  const start = lines.indexOf(`<!-- example:${marker} -->`);
  expect(start, `marker ${marker}`).toBeGreaterThanOrEqual(0);
  expect(lines[start + 1]).toBe('```mdx');
  const end = lines.indexOf('```', start + 2);
  return `${lines.slice(start + 2, end).join('\n')}\n`;
}

const section = (heading: string) => {
  const from = readme.indexOf(`## ${heading}`);
  const to = readme.indexOf('\n## ', from + 1);
  return readme.slice(from, to === -1 ? undefined : to);
};

describe('scenarios/README.md', () => {
  it('has a complete example that passes the validator with no findings', () => {
    expect(checkScenarioSource(exampleAfter('valid-scenario'), 'scenarios/readme-example.mdx').findings).toEqual([]);
  });

  it('explains every finding code, with its usual severity', () => {
    const table = section('What each finding means');
    for (const code of findingCodes) expect(table, code).toContain(`| \`${code}\` | ${usualSeverity(code)} |`);
  });

  it('states the size and nesting caps as the engine sets them', () => {
    const table = section('What each finding means');
    const megabytes = (bytes: number) => `${bytes / (1024 * 1024)} MB`;
    expect(table).toContain(`${megabytes(INPUT_CAPS.scenarioFileBytes)} for a scenario, ${megabytes(INPUT_CAPS.dataFileBytes)} for a plan`);
    expect(table).toContain(`more than ${INPUT_CAPS.dataDepth} levels deep in the frontmatter, lists and block quotes more than ${INPUT_CAPS.markdownContainerDepth} deep in the text, or tags and emphasis more than ${INPUT_CAPS.markdownDepth} deep`);
    expect(new Set([INPUT_CAPS.castMembers, INPUT_CAPS.allowedNames, INPUT_CAPS.acknowledgements])).toEqual(new Set([200]));
    expect(table).toContain('`cast`, `allowNames` or `acknowledgements` over 200');
  });

  it('lists every guidance section, topic and principle', () => {
    for (const { id } of guidanceSections) expect(section('Citing the guidance'), id).toContain(`\`${id}\``);
    for (const { id } of SCENARIO_TOPICS) expect(section('The frontmatter'), id).toContain(`\`${id}\``);
    for (const { id } of SCENARIO_PRINCIPLES) expect(readme, id).toContain(`\`${id}\``);
  });
});
