/**
 * Builds case file text for tests: a header and events written as YAML flow
 * mappings, so each test states only the events it is about.
 */
import { auditCase, type CaseAudit } from '../../../../engine/index.js';
import { readCaseFile } from '../../../../engine/case/parse-case-file.js';

/** One event: [at, kind, extra fields as YAML flow text]. */
export type EventRow = readonly [at: string, kind: string, extra?: string];

/** Case file text with the given audience, raised time and events. */
export function caseYaml(options: { audience?: 'child' | 'adult'; raised: string; events: readonly EventRow[]; extra?: string }): string {
  return [
    `audience: ${options.audience ?? 'child'}`,
    `raised: ${options.raised}`,
    ...(options.extra ? [options.extra] : []),
    'agencies:',
    '  - { id: school, role: Primary school (referring agency) }',
    '  - { id: social-care, role: "Children\'s social care (receiving agency)" }',
    'events:',
    ...options.events.map(([at, kind, extra]) => `  - { at: ${at}, kind: ${kind}${extra ? `, ${extra}` : ''} }`),
    '',
  ].join('\n');
}

/** Parses and audits case text, failing the test on a bad file. */
export function auditOf(options: Parameters<typeof caseYaml>[0]): CaseAudit {
  return auditCase(readCaseFile(caseYaml(options), 'test.case.yaml'), { file: 'test.case.yaml' });
}

/** The audited check with this id. */
export function checkOf(audit: CaseAudit, id: string) {
  const found = audit.checks.find((check) => check.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}
