/**
 * Parsing and validating one scenario's text, for files the build-time cache
 * does not hold. Kept apart from scenario-files.ts and loaded on demand, so
 * starting the app with every bundled scenario cached never loads the MDX
 * parser at all.
 */
import { checkScenarioFile, formatFinding, type ProtocolCatalogue } from '../engine/index.js';
import type { LoadedScenario } from './scenario-files.js';

/** Parses and validates `text` (already read) as the scenario file `file`, against the protocol it names in `protocols`. */
export async function checkScenarioText(text: string, file: string, protocols?: ProtocolCatalogue): Promise<LoadedScenario> {
  const checked = await checkScenarioFile({ readText: async () => text }, file, protocols ? { protocols } : {});
  if (!checked.ok) return { ok: false, file, errors: checked.findings.filter((finding) => finding.severity === 'error').map(formatFinding) };
  return { ok: true, file, scenario: checked.scenario, warnings: checked.findings.map(formatFinding) };
}
