/**
 * Parsing and validating one scenario's text, for files the build-time cache
 * does not hold. Kept apart from scenario-files.ts and loaded on demand, so
 * starting the app with every bundled scenario cached never loads the MDX
 * parser at all.
 */
import { checkScenarioSource, formatFinding, hasErrors, type ProtocolCatalogue } from '../engine/index.js';
import type { LoadedScenario } from './scenario-files.js';

/** Parses and validates `text` as the scenario file `file`, against the protocol it names in `protocols`. */
export function checkScenarioText(text: string, file: string, protocols?: ProtocolCatalogue): LoadedScenario {
  const { scenario, findings } = checkScenarioSource(text, file, protocols ? { protocols } : {});
  if (!scenario || hasErrors(findings)) {
    return { ok: false, file, errors: findings.filter((finding) => finding.severity === 'error').map(formatFinding) };
  }
  return { ok: true, file, scenario, warnings: findings.map(formatFinding) };
}
