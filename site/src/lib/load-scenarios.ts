/**
 * Build-time access to the scenario library for the pages: the `scenarios`
 * collection lists the files its loader (scenario-loader.ts) parsed and
 * checked, drafts already left out of production builds, and the parsed
 * models come from the parsed-scenario registry, so no page parses a
 * scenario again. Runs only during `astro build` and `astro dev`.
 */
import { getCollection } from 'astro:content';
import type { Scenario } from '../../../engine/index.js';
import { parsedScenario } from './parsed-scenario-registry.js';
import { readScenarioLibraryEntries } from './read-scenario-library.js';
import type { ScenarioEntryData } from './scenario-loader.js';
import { siteProtocols } from './site-protocols.js';
import { siteScenarioFolder } from './site-scenario-folder.js';

/** The last answer, by the digests it was made from: hundreds of pages ask for the same library. */
let last: { key: string; scenarios: Scenario[] } | undefined;

/** The scenarios of these entries: from the registry, or (when this process did not parse them) read again from the folder. */
async function scenariosOf(entries: ScenarioEntryData[]): Promise<Scenario[]> {
  const found = entries.map((entry) => parsedScenario(entry.digest));
  if (found.every((scenario) => scenario !== undefined)) return found as Scenario[];
  const read = await readScenarioLibraryEntries({ folder: siteScenarioFolder(process.env), protocols: siteProtocols, production: import.meta.env.PROD });
  return read.map((entry) => entry.scenario);
}

/**
 * Every scenario in this build, in title order.
 *
 * @example
 * ```ts
 * const scenarios = await loadScenarios();
 * ```
 */
export async function loadScenarios(): Promise<Scenario[]> {
  const entries = ((await getCollection('scenarios')) as Array<{ data: ScenarioEntryData }>).map((entry) => entry.data);
  const key = entries.map((entry) => entry.digest).join(',');
  if (last?.key !== key) {
    const scenarios = (await scenariosOf(entries)).sort((a, b) => a.frontmatter.title.localeCompare(b.frontmatter.title, 'en-GB'));
    last = { key, scenarios };
  }
  return [...last.scenarios];
}
