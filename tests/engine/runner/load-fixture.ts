/** Test helper: parse a runner fixture or a bundled scenario, failing loudly if it does not validate. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatFinding, type Scenario } from '../../../engine/index.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import { validateScenario } from '../../../engine/scenario/validate-scenario.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Parses and validates a file given relative to the repository root. */
export function loadScenario(path: string): Scenario {
  const { scenario, findings } = parseScenario(readFileSync(`${root}${path}`, 'utf8'), path);
  if (scenario === undefined) throw new Error(findings.map(formatFinding).join('\n'));
  const errors = validateScenario(scenario).filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map(formatFinding).join('\n'));
  return scenario;
}

/** The child fixture: raised Fri 18 Dec 2026 10:00, every stage, a continue, a jump, immediate risk. */
export const childFixture = (): Scenario => loadScenario('tests/engine/runner/fixtures/runner-child.mdx');

/** The adult fixture: raised Tue 9 Feb 2027 14:00, the capacity path. */
export const adultFixture = (): Scenario => loadScenario('tests/engine/runner/fixtures/runner-adult.mdx');

/** The repository root, ending in a slash. */
export const repositoryRoot = root;
