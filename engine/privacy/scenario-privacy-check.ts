/**
 * The personal-data guard as a scenario validator check: every string in the
 * frontmatter and the whole body are scanned, allowing only the names in the
 * scenario's own `cast` (and `allowNames`), and every finding points at its
 * line and column in the .mdx file.
 */
import type { Finding } from '../scenario/finding.js';
import type { Scenario } from '../scenario/scenario-model.js';
import type { ScenarioTexts } from '../scenario/parse-scenario.js';
import type { PersonalDataFinding } from './personal-data-finding.js';
import { personalDataScanner } from './scan-for-personal-data.js';

function toFinding(found: PersonalDataFinding, file: string): Finding {
  return {
    severity: 'error',
    code: 'personal-data',
    message: found.message,
    hint: found.suggestion,
    file,
    line: found.line,
    column: found.column,
  };
}

/**
 * Scans a scenario's frontmatter strings and body for personal data, with the
 * scenario's `cast`, `acknowledgements` and `allowNames`, and returns each
 * hit as a validator finding (`code: 'personal-data'`, always an error) at
 * its file line and column. The texts come from the parsed file
 * (`parseScenarioParts`), so the guard reads exactly what the parser read.
 * `checkScenarioSource` runs it unless told `privacy: false`.
 *
 * @example
 * const parts = parseScenarioParts(text, 'scenarios/x.mdx');
 * scenarioPrivacyCheck(scenario, parts.texts);
 * // [{ severity: 'error', code: 'personal-data', message: 'A phone number …', line: 40, column: 12, … }]
 */
export function scenarioPrivacyCheck(scenario: Pick<Scenario, 'file' | 'frontmatter'>, texts: ScenarioTexts): Finding[] {
  const { frontmatter: fm, file } = scenario;
  // One scanner for every text: the cast is read once, not once per string.
  const scan = personalDataScanner({
    cast: fm.cast ?? [],
    acknowledged: fm.acknowledgements ?? [],
    allowNames: fm.allowNames ?? [],
  });
  const findings: Finding[] = [];
  for (const { text, at } of [...texts.strings, texts.body]) {
    for (const found of scan(text, { startLine: at.line, startColumn: at.column })) {
      findings.push(toFinding(found, file));
    }
  }
  return findings;
}
