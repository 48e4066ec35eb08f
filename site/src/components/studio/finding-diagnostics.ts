/**
 * The validator's findings as the editor's inline diagnostics, worded as
 * `validate` words them: the code, the message and the hint.
 */
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Finding } from '../../../../engine/runtime.js';

/**
 * One finding as one line of text, e.g. `dead-end: Scene "x" has no way on. Hint: Add a <Choice>.`
 *
 * @example
 * findingText(finding); // 'dead-end: Scene "x" has no way on… Hint: …'
 */
export function findingText(finding: Finding): string {
  return `${finding.code}: ${finding.message} Hint: ${finding.hint}`;
}

/**
 * Where a finding's 1-based line and column fall in the document, clamped to it.
 *
 * @example
 * findingOffset(state.doc, { line: 3, column: 1 }); // the offset of line 3
 */
export function findingOffset(doc: Text, at: { line: number; column: number }): number {
  const line = doc.line(Math.min(Math.max(1, at.line), doc.lines));
  return Math.min(line.from + Math.max(0, at.column - 1), line.to);
}

/**
 * The diagnostics for findings on this document: each marks from its
 * finding's place to the end of that line.
 *
 * @example
 * view.dispatch(setDiagnostics(view.state, findingDiagnostics(view.state.doc, findings)));
 */
export function findingDiagnostics(doc: Text, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((finding) => {
    const from = findingOffset(doc, finding);
    return { from, to: doc.lineAt(from).to, severity: finding.severity, message: findingText(finding) };
  });
}
