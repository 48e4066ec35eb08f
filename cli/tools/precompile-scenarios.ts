/**
 * Build step: parses and validates every bundled scenario once and writes
 * the cache the terminal app's start menu reads (see cli/scenario-cache.ts).
 * Run by cli/tools/build-cli.mjs after bundling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenarioFile, formatFinding, scenarioFileNames } from '../../engine/index.js';
import { scenarioCachePath, sourceHash, writeScenarioCache, type ScenarioCacheEntry } from '../scenario-cache.js';
import { bundledScenariosDir } from '../scenario-files.js';

const dir = bundledScenariosDir();
const entries: ScenarioCacheEntry[] = [];
for (const name of scenarioFileNames(readdirSync(dir))) {
  const file = join(dir, name);
  const checked = await checkScenarioFile({ readText: async (path) => readFileSync(path, 'utf8') }, file);
  // Files with errors are left out: loading them again shows the errors.
  if (checked.ok) entries.push({ hash: sourceHash(checked.text), scenario: checked.scenario, warnings: checked.findings.map(formatFinding) });
}
writeScenarioCache(scenarioCachePath(dir), entries);
