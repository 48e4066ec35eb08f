/**
 * Build-time access to the scenario library for the pages: the `scenarios`
 * collection, which its loader (scenario-loader.ts) filled with parsed,
 * checked Scenario models, drafts already left out of production builds.
 * Runs only during `astro build` and `astro dev`.
 */
import { getCollection } from 'astro:content';
import type { Scenario } from '../../../engine/index.js';

/**
 * Every scenario in this build, in title order.
 *
 * @example
 * ```ts
 * const scenarios = await loadScenarios();
 * ```
 */
export async function loadScenarios(): Promise<Scenario[]> {
  const entries = (await getCollection('scenarios')) as Array<{ data: { scenario: Scenario } }>;
  return entries.map((entry) => entry.data.scenario).sort((a, b) => a.frontmatter.title.localeCompare(b.frontmatter.title, 'en-GB'));
}
