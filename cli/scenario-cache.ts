/**
 * The bundled scenarios, parsed and validated once by `npm run build` and
 * kept beside the built CLI (`dist/scenario-cache.json`), so the start menu
 * draws without running the MDX parser, validator and personal-data guard on
 * every file at every start (that took over a second). Entries are keyed by
 * a hash of the file's text: an edited scenario simply misses the cache and
 * is parsed as before, so the cache can never show stale content.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Scenario } from '../engine/index.js';

/** One cached scenario: what loading its file would give. */
export interface ScenarioCacheEntry {
  /** The file's text hash (see {@link sourceHash}). */
  hash: string;
  /** The parsed scenario; the build stores it compacted (`compactScenario`: no mdast positions). */
  scenario: Scenario;
  /** Formatted warnings from the validator. */
  warnings: string[];
}

/** The cache file format; bump when the entry shape changes. */
const CACHE_VERSION = 1;

/** The hash that keys a scenario file's text. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Where the cache of the bundled scenarios lives: `dist/` beside `scenarios/`. */
export function scenarioCachePath(scenariosDir: string): string {
  return join(dirname(scenariosDir), 'dist', 'scenario-cache.json');
}

/**
 * Reads the cache. A missing, unreadable or outdated cache is simply empty:
 * everything is then parsed from source, as without one.
 */
export function readScenarioCache(path: string): Map<string, ScenarioCacheEntry> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown; entries?: unknown };
    if (data.version !== CACHE_VERSION || !Array.isArray(data.entries)) return new Map();
    return new Map((data.entries as ScenarioCacheEntry[]).map((entry) => [entry.hash, entry]));
  } catch {
    return new Map();
  }
}

/** Writes the cache atomically (temporary file, then rename). */
export function writeScenarioCache(path: string, entries: readonly ScenarioCacheEntry[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: CACHE_VERSION, entries }));
  renameSync(temporary, path);
}
