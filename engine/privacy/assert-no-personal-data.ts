import { PersonalDataError } from './personal-data-error.js';
import type { PersonalDataFinding, ScanOptions } from './personal-data-finding.js';
import { scanForPersonalData } from './scan-for-personal-data.js';

/**
 * Writes one finding as a single line a person can act on, optionally
 * prefixed with the file it came from.
 *
 * @example
 * formatPersonalDataFinding(finding, 'scenarios/missed-visit.mdx');
 * // 'scenarios/missed-visit.mdx:12:8 error personal-name: "Mrs Patel" looks like ... Fix: If this person is fictional, ...'
 */
export function formatPersonalDataFinding(finding: PersonalDataFinding, file?: string): string {
  const where = `${file === undefined ? '' : `${file}:`}${finding.line}:${finding.column}`;
  return `${where} ${finding.severity} ${finding.kind}: ${finding.message} Fix: ${finding.suggestion}`;
}

/**
 * Scans a text and throws a {@link PersonalDataError} listing every finding,
 * for loaders that must refuse a scenario carrying personal data.
 *
 * @example
 * assertNoPersonalData('Call the duty team on 01632 960123.'); // passes
 * assertNoPersonalData('Call Kelly on 07911 123456.'); // throws PersonalDataError
 */
export function assertNoPersonalData(text: string, options: ScanOptions & { file?: string } = {}): void {
  const findings = scanForPersonalData(text, options);
  if (findings.length === 0) return;
  const lines = findings.map((finding) => formatPersonalDataFinding(finding, options.file));
  throw new PersonalDataError(
    `${options.file ?? 'The text'} contains ${findings.length} piece${findings.length === 1 ? '' : 's'} of personal data:\n${lines.join('\n')}`,
    'Replace each item as its suggestion says, declare fictional people in the cast, or acknowledge a deliberate item with a reason.',
    findings,
  );
}
