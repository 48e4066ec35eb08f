/**
 * The promise every located finding makes: it names the file it was given
 * and a line and column that count from 1.
 */
import { expect } from 'vitest';

/** A finding with a location. */
interface Located {
  file: string;
  line: number;
  column: number;
}

/**
 * Asserts each finding points at `file`, line >= 1, column >= 1.
 *
 * @example
 * expectLocated(findings, 'fuzz.mdx');
 */
export function expectLocated(findings: readonly Located[], file: string): void {
  for (const finding of findings) {
    expect(finding.file).toBe(file);
    expect(Number.isInteger(finding.line) && finding.line >= 1, `line ${finding.line}`).toBe(true);
    expect(Number.isInteger(finding.column) && finding.column >= 1, `column ${finding.column}`).toBe(true);
  }
}
