/**
 * Build-time loading of the scenario library: the content collection gives
 * the files (drafts left out of production builds), the engine's parser and
 * validator turn each file into the Scenario model (carrying its protocol
 * when it is the partnership's own). Runs only during `astro build`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { checkScenarioFile, formatFinding, type Scenario, type ScenarioSource } from '../../../engine/index.js';
import { siteProtocols } from './site-protocols.js';
import { isPublishable, type ScenarioEntry } from './is-publishable.js';
import { SiteError } from './site-error.js';

const cache = new Map<string, Promise<Scenario[]>>();

/** The build reads scenario files from disk, relative to the package root. */
const fromDisk: ScenarioSource = { readText: (file) => readFile(resolve(file), 'utf8') };

async function parseEntry(entry: ScenarioEntry): Promise<Scenario> {
  const file = entry.filePath ?? `scenarios/${entry.id}.mdx`;
  // The same checks as `validate`, privacy guard included, against the site's protocols.
  const result = await checkScenarioFile(fromDisk, file, { protocols: siteProtocols });
  if (!result.ok) {
    const errors = result.findings.filter((finding) => finding.severity === 'error').map(formatFinding);
    throw new SiteError(`${file} could not be read as a scenario:\n${errors.join('\n')}`, {
      file,
      hint: `Run \`npm run --silent cli -- validate ${file}\` and fix what it reports.`,
    });
  }
  return result.scenario;
}

/**
 * Every published scenario, parsed, in title order. Parsed once per build.
 *
 * @example
 * ```ts
 * const scenarios = await loadScenarios();
 * ```
 */
export function loadScenarios(): Promise<Scenario[]> {
  const production = import.meta.env.PROD;
  const key = String(production);
  let pending = cache.get(key);
  if (!pending) {
    const loading = (getCollection('scenarios', (entry: ScenarioEntry) => isPublishable(entry, production)) as Promise<ScenarioEntry[]>)
      .then((entries) => Promise.all(entries.map(parseEntry)))
      .then((scenarios) => scenarios.sort((a, b) => a.frontmatter.title.localeCompare(b.frontmatter.title, 'en-GB')));
    cache.set(key, loading);
    pending = loading;
  }
  return pending;
}
