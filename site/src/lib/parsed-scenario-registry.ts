/**
 * The scenarios the content loader parsed, kept for the pages of the same
 * build, so each scenario file is parsed once per build.
 *
 * Why not the content store: Astro bundles its data store into the server
 * build as one JavaScript module (dataToEsm of data-store.json), so 500
 * stored scenarios made a 33 MB module for Rollup to parse and tree-shake,
 * and `getCollection` deep-copies every entry on every call (neotraverse),
 * which 500 scenario pages each made: the build grew with the square of the
 * library. The store now holds one small entry per file (its name and the
 * digest of its text); the parsed models stay here.
 *
 * Why `globalThis`: Astro loads the content config (the loader) and the
 * pages as separate module graphs in one process, so a module-level map
 * would be two maps. The registry is keyed by a registered symbol, and the
 * pages fall back to reading the folder when a digest is missing
 * (load-scenarios.ts), so correctness never rests on it, only speed.
 */
import { createHash } from 'node:crypto';
import type { Scenario } from '../../../engine/index.js';

const KEY = Symbol.for('common-ground.site.parsed-scenarios');

type Registry = Map<string, Scenario>;

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/**
 * The digest a scenario is stored under: its file and its exact text.
 *
 * @example
 * scenarioDigest('scenarios/a.mdx', text); // 'f3a1…' (sha256, hex)
 */
export function scenarioDigest(file: string, text: string): string {
  return createHash('sha256').update(file).update('\0').update(text).digest('hex');
}

/** Replaces what the registry holds with this build's scenarios, by digest (so a long `astro dev` keeps no stale ones). */
export function rememberParsedScenarios(entries: ReadonlyArray<{ digest: string; scenario: Scenario }>): void {
  const map = registry();
  map.clear();
  for (const { digest, scenario } of entries) map.set(digest, scenario);
}

/** The parsed scenario stored under `digest`, if this process parsed it. */
export function parsedScenario(digest: string): Scenario | undefined {
  return registry().get(digest);
}
