/**
 * A finding is one thing the parser or validator has to say about a scenario
 * file: an error that stops it being published, or a warning worth reading.
 * Findings are plain data so the CLI, the site build and tests can all print
 * or compare them.
 */
import type { FindingCode } from './finding-codes.js';
import type { SourcePoint } from '../kernel/line-index.js';

/** A place in a file, 1-based (the kernel's point). */
export type { SourcePoint };

/** How serious a finding is: errors fail validation, warnings do not. */
export type FindingSeverity = 'error' | 'warning';

/** One problem found in a scenario file, with where it is and how to fix it. */
export interface Finding {
  /** `error` fails validation; `warning` is advice. */
  severity: FindingSeverity;
  /** Stable kebab-case id of the kind of problem, e.g. `unknown-target`. */
  code: FindingCode | (string & {});
  /** What is wrong, as a sentence. */
  message: string;
  /** How to fix it, as a sentence. */
  hint: string;
  /** The file the finding is in, as given to the parser. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}


/**
 * Builds a finding, clamping the position so it is always at least 1:1.
 *
 * @example
 * makeFinding('error', 'unknown-target', 'No scene "x".', 'Check the id.', 'a.mdx', { line: 3, column: 1 });
 */
export function makeFinding(
  severity: FindingSeverity,
  code: FindingCode,
  message: string,
  hint: string,
  file: string,
  at: SourcePoint | undefined,
): Finding {
  const line = at && Number.isFinite(at.line) && at.line >= 1 ? Math.floor(at.line) : 1;
  const column = at && Number.isFinite(at.column) && at.column >= 1 ? Math.floor(at.column) : 1;
  return { severity, code, message, hint, file, line, column };
}

/**
 * Formats a finding the way compilers do, so editors can jump to it.
 *
 * @example
 * formatFinding({ severity: 'error', code: 'dead-end', message: 'Scene "a" has no way on.',
 *   hint: 'Add a <Choice>.', file: 'scenarios/x.mdx', line: 4, column: 1 });
 * // 'scenarios/x.mdx:4:1: error: Scene "a" has no way on.\n  hint: Add a <Choice>.'
 */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}\n  hint: ${finding.hint}`;
}

/**
 * Orders findings by file, then line, then column, then code, without
 * changing the input array.
 *
 * @example
 * sortFindings(findings).map(formatFinding).join('\n');
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      String(a.code).localeCompare(String(b.code)),
  );
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
