import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/runtime.js';
import { scenarioWithBodyOnDemand, type ScenarioHead } from '../../cli/scenario-with-body-on-demand.js';

const head = { formatVersion: 1, id: 'a', file: 'a.mdx', frontmatter: { title: 'A' }, start: 's', order: ['s'] } as unknown as ScenarioHead;
const body = { scenes: { s: { id: 's' } }, endings: {} } as unknown as Pick<Scenario, 'scenes' | 'endings'>;

describe('scenarioWithBodyOnDemand', () => {
  it('reads the body once, on first use, and not for the head', () => {
    let reads = 0;
    const scenario = scenarioWithBodyOnDemand(head, () => ((reads += 1), body));
    expect(scenario.frontmatter.title).toBe('A');
    expect(reads).toBe(0);
    expect(scenario.scenes).toBe(body.scenes);
    expect(scenario.endings).toBe(body.endings);
    expect(scenario.scenes).toBe(body.scenes);
    expect(reads).toBe(1);
  });

  it('is a whole scenario to a spread, a comparison and JSON', () => {
    const scenario = scenarioWithBodyOnDemand(head, () => body);
    expect({ ...scenario }).toEqual({ ...head, ...body });
    expect(scenario).toEqual({ ...head, ...body });
    expect(JSON.parse(JSON.stringify(scenario))).toEqual({ ...head, ...body });
  });

  it('leaves the head it was given as it was', () => {
    scenarioWithBodyOnDemand(head, () => body);
    expect(Object.keys(head)).not.toContain('scenes');
  });
});
