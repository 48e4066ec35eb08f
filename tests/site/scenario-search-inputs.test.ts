import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../engine/search/build-search-documents.js';
import { parseScenario } from '../../engine/scenario/parse-scenario.js';
import { libraryCardFromScenario } from '../../engine/library/library-card.js';
import { builtInProtocols } from '../../engine/protocol/built-in-protocol-data.js';
import { scenarioSearchInputs } from '../../site/src/lib/scenario-search-inputs.js';

const file = 'scenarios/closing-too-soon.mdx';
const scenario = parseScenario(readFileSync(file, 'utf8'), file).scenario!;

describe('scenarioSearchInputs', () => {
  it('gives one entry per scenario, its title and summary, linking to the scenario page', () => {
    const [input] = scenarioSearchInputs([scenario]);
    expect(input!.url).toBe('/scenarios/closing-too-soon/');
    expect(input!.title).toBe(scenario.frontmatter.title);
    expect(input!.summary).toBe(scenario.frontmatter.summary);
  });

  it('holds nothing from the scenes: no heading, no narrative, no event', () => {
    const headings = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => line.replace(/^#+ /, '').trim());
    expect(headings.length).toBeGreaterThan(0);
    const json = JSON.stringify(scenarioSearchInputs([scenario], builtInProtocols));
    for (const heading of headings) expect(json).not.toContain(heading);
    expect(json).not.toContain('scenes');
  });

  it('names the route as the library card does', () => {
    const [input] = scenarioSearchInputs([scenario], builtInProtocols);
    const card = libraryCardFromScenario(scenario, builtInProtocols);
    expect(input!.audience).toBe(card.audienceLabel);
    expect(input!.audience).not.toBe(scenario.frontmatter.audience);
  });

  it('carries the topics, role, agencies and objectives to search', () => {
    const [input] = scenarioSearchInputs([scenario]);
    expect(input!.topics!.length).toBe(scenario.frontmatter.topics.length);
    expect(input!.about).toEqual([scenario.frontmatter.role, ...scenario.frontmatter.agencies, ...scenario.frontmatter.objectives]);
  });

  it('builds search documents without clashing ids', () => {
    expect(() => buildSearchDocuments({ scenarios: scenarioSearchInputs([scenario]) })).not.toThrow();
  });
});
