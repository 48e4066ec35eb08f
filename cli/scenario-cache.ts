/**
 * The bundled scenarios, parsed and validated once by `npm run build` and
 * kept beside the built CLI, so the start menu draws without running the
 * MDX parser, validator and personal-data guard on every file at every
 * start (that took over a second). Entries are keyed by a hash of the
 * file's text: an edited scenario simply misses the cache and is parsed as
 * before, so the cache can never show stale content.
 *
 * Two parts: an index (`dist/scenario-cache.json`) with each scenario's head
 * (its frontmatter, first scene and protocol: what the menu reads), and each
 * scenario's scenes and endings in a file of its own
 * (`dist/scenario-cache/<hash>.json`), read when the scenario is played. As
 * one file of 2.7 MB, parsed whole for a menu of titles, the cache was a
 * tenth of the terminal app's start.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCENARIO_FORMAT_VERSION, type Scenario } from '../engine/runtime.js';
import { nodeSessionFs, writeFileAtomically } from './session-store/index.js';
import { scenarioWithBodyOnDemand, type ScenarioBody, type ScenarioHead } from './scenario-with-body-on-demand.js';

/** One cached scenario, as the index holds it. */
export interface ScenarioCacheEntry {
  /** The file's text hash (see {@link sourceHash}). */
  hash: string;
  /** Everything of the parsed scenario but its scenes and endings. */
  head: ScenarioHead;
  /** The size in bytes of the body file, to tell a cut-short one. */
  bodyBytes: number;
  /** Formatted warnings from the validator. */
  warnings: string[];
}

/** What the build puts in the cache for one file. */
export interface ScenarioToCache {
  hash: string;
  /** The parsed scenario; the build stores it compacted (`compactScenario`: no mdast positions). */
  scenario: Scenario;
  warnings: string[];
}

/** The cache's index, its path and entries by hash. */
export interface ScenarioCache {
  path: string;
  entries: ReadonlyMap<string, ScenarioCacheEntry>;
}

/** The cache file format; bump when the entry shape changes. */
const CACHE_VERSION = 2;

/** The hash that keys a scenario file's text. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Where the cache of the bundled scenarios lives: `dist/` beside `scenarios/`. */
export function scenarioCachePath(scenariosDir: string): string {
  return join(dirname(scenariosDir), 'dist', 'scenario-cache.json');
}

/** The file holding the scenes and endings of the entry `hash`, beside the index at `indexPath`. */
function bodyPath(indexPath: string, hash: string): string {
  return join(dirname(indexPath), 'scenario-cache', `${hash}.json`);
}

/** An empty cache: every file is then parsed from source, as without one. */
export function emptyScenarioCache(): ScenarioCache {
  return { path: '', entries: new Map() };
}

/**
 * Reads the cache's index. A missing, unreadable or outdated index is
 * simply an empty cache.
 */
export function readScenarioCache(path: string): ScenarioCache {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown; entries?: unknown };
    if (data.version !== CACHE_VERSION || !Array.isArray(data.entries)) return emptyScenarioCache();
    return { path, entries: new Map((data.entries as ScenarioCacheEntry[]).map((entry) => [entry.hash, entry])) };
  } catch {
    return emptyScenarioCache();
  }
}

/**
 * The cached scenario for a file's text, named as `file`, when the cache has
 * one in the model format this build reads and its body file is whole; a
 * scenario left by another version, or with its body missing or cut short,
 * is passed over, so the file is parsed afresh rather than misread. The body
 * is read when the scenario is first played.
 */
export function cachedScenario(cache: ScenarioCache, text: string, file: string): { scenario: Scenario; warnings: string[] } | undefined {
  const entry = cache.entries.get(sourceHash(text));
  if (!entry || entry.head?.formatVersion !== SCENARIO_FORMAT_VERSION) return undefined;
  const body = bodyPath(cache.path, entry.hash);
  try {
    if (statSync(body).size !== entry.bodyBytes) return undefined;
  } catch {
    return undefined;
  }
  const readBody = (): ScenarioBody => {
    try {
      return JSON.parse(readFileSync(body, 'utf8')) as ScenarioBody;
    } catch (error) {
      throw new Error(`The built scenario cache cannot be read (${body}: ${(error as Error).message}). Run \`npm run build\` again.`);
    }
  };
  return { scenario: scenarioWithBodyOnDemand({ ...entry.head, file }, readBody), warnings: entry.warnings };
}

/** Writes the cache: each body first, then the index that names them. */
export function writeScenarioCache(path: string, entries: readonly ScenarioToCache[]): void {
  mkdirSync(join(dirname(path), 'scenario-cache'), { recursive: true });
  const fs = nodeSessionFs();
  const writeWhole = (file: string, text: string) => writeFileAtomically(fs, file, text, String(process.pid));
  const index: ScenarioCacheEntry[] = entries.map(({ hash, scenario, warnings }) => {
    const { scenes, endings, ...head } = scenario;
    const body = JSON.stringify({ scenes, endings } satisfies ScenarioBody);
    writeWhole(bodyPath(path, hash), body);
    return { hash, head, bodyBytes: Buffer.byteLength(body), warnings };
  });
  writeWhole(path, JSON.stringify({ version: CACHE_VERSION, entries: index }));
}
