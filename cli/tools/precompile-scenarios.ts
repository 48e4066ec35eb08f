/**
 * Build step: parses and validates every bundled scenario once and writes
 * the cache the terminal app's start menu reads (see cli/scenario-cache.ts).
 * Run by cli/tools/build-cli.mjs after bundling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenarioSource, formatFinding, hasErrors } from '../../engine/index.js';
import { scenarioCachePath, sourceHash, writeScenarioCache, type ScenarioCacheEntry } from '../scenario-cache.js';
import { bundledScenariosDir } from '../scenario-files.js';

const dir = bundledScenariosDir();
const entries: ScenarioCacheEntry[] = [];
for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx') && !file.toLowerCase().startsWith('readme')).sort()) {
  const file = join(dir, name);
  const text = readFileSync(file, 'utf8');
  const { scenario, findings } = checkScenarioSource(text, file);
  // Files with errors are left out: loading them again shows the errors.
  if (scenario && !hasErrors(findings)) entries.push({ hash: sourceHash(text), scenario, warnings: findings.map(formatFinding) });
}
writeScenarioCache(scenarioCachePath(dir), entries);
