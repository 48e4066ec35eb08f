/**
 * Test helper: the findings of a scenario without the style lints
 * (`LINT_CODES`: too few choices, a long recommended label, one good ending,
 * a give-away). Tests of structure (graphs, stages, hostile bytes, other
 * protocols) build small scenarios that are valid but not good teaching;
 * the lints have their own tests in lint-scenario.test.ts.
 */
import { type Finding, LINT_CODES } from '../../../engine/index.js';

const lintCodes = new Set<string>(LINT_CODES);

/** The findings that are not style lints. */
export function structuralFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => !lintCodes.has(finding.code));
}
