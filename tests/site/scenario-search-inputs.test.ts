import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../engine/search/build-search-documents.js';
import { parseScenario } from '../../engine/scenario/parse-scenario.js';
import { scenarioSearchInputs } from '../../site/src/lib/scenario-search-inputs.js';

const file = 'scenarios/closing-too-soon.mdx';
const scenario = parseScenario(readFileSync(file, 'utf8'), file).scenario!;

describe('scenarioSearchInputs', () => {
  it('gives title, summary and a scene per scene, each linking to the scenario page', () => {
    const [input] = scenarioSearchInputs([scenario]);
    expect(input!.url).toBe('/scenarios/closing-too-soon/');
    expect(input!.title).toBe(scenario.frontmatter.title);
    expect(input!.scenes.map((scene) => scene.id)).toEqual(scenario.order.filter((id) => id in scenario.scenes));
  });

  it('leaves scene headings out (they name where the story goes), with no markup left', () => {
    const [input] = scenarioSearchInputs([scenario]);
    const headings = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => line.replace(/^#+ /, '').trim());
    expect(headings.length).toBeGreaterThan(0);
    for (const scene of input!.scenes) {
      for (const heading of headings) expect(scene.text.startsWith(heading)).toBe(false);
      expect(scene.text).not.toMatch(/[*#]|\]\(|guidance:/);
    }
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
