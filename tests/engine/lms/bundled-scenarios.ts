/** Loads bundled scenarios for the LMS tests, as tests/engine/workshop/load-bundled.ts does. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Scenario } from '../../../engine/index.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';

const folder = new URL('../../../scenarios/', import.meta.url);
const cache = new Map<string, Scenario>();

/** The bundled scenario with this id (its file name without `.mdx`), parsed once per test file. */
export function bundled(id: string): Scenario {
  const cached = cache.get(id);
  if (cached) return cached;
  const { scenario } = parseScenario(readFileSync(new URL(`${id}.mdx`, folder), 'utf8'), `${id}.mdx`);
  if (!scenario) throw new Error(`${id} did not parse`);
  cache.set(id, scenario);
  return scenario;
}

/** The ids of every bundled scenario (`scenarios/*.mdx`). */
export function bundledIds(): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}
