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

  it('uses the first heading as the title and leaves it out of the passage, with no markup left', () => {
    const [input] = scenarioSearchInputs([scenario]);
    for (const scene of input!.scenes) {
      if (scene.heading) expect(scene.text.startsWith(scene.heading)).toBe(false);
      expect(scene.text).not.toMatch(/[*#]|\]\(|guidance:/);
    }
  });

  it('builds search documents without clashing ids', () => {
    expect(() => buildSearchDocuments({ scenarios: scenarioSearchInputs([scenario]) })).not.toThrow();
  });
});
