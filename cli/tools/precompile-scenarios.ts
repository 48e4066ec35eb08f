/**
 * Build step: parses and validates every bundled scenario once and writes
 * the cache the terminal app's start menu reads (see cli/scenario-cache.ts).
 * Run by cli/tools/build-cli.mjs after bundling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenarioFile, compactScenario, formatFinding, scenarioFileNames } from '../../engine/index.js';
import { scenarioCachePath, sourceHash, writeScenarioCache, type ScenarioToCache } from '../scenario-cache.js';
import { bundledScenariosDir } from '../scenario-files.js';

const dir = bundledScenariosDir();
const entries: ScenarioToCache[] = [];
for (const name of scenarioFileNames(readdirSync(dir))) {
  const file = join(dir, name);
  const checked = await checkScenarioFile({ readText: async (path) => readFileSync(path, 'utf8') }, file);
  // Files with errors are left out: loading them again shows the errors.
  // Compacted (no mdast positions, which the terminal never reads): they were
  // 40% of the file and most of the start menu's time parsing it.
  if (checked.ok) entries.push({ hash: sourceHash(checked.text), scenario: compactScenario(checked.scenario), warnings: checked.findings.map(formatFinding) });
}
writeScenarioCache(scenarioCachePath(dir), entries);
