/** Loads a bundled scenario for workshop tests. */
import { readFileSync } from 'node:fs';
import type { Scenario } from '../../../engine/index.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';

export function bundled(id: string): Scenario {
  const { scenario } = parseScenario(readFileSync(new URL(`../../../scenarios/${id}.mdx`, import.meta.url), 'utf8'), `${id}.mdx`);
  if (!scenario) throw new Error(`${id} did not parse`);
  return scenario;
}
