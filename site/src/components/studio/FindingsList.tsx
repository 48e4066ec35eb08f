import { type Finding, findingsSummary } from '../../../../engine/runtime.js';

/** Props of {@link FindingsList}. */
export interface FindingsListProps {
  /** Undefined until the draft has been checked once. */
  findings: readonly Finding[] | undefined;
  /** True while the text on screen has not been checked yet. */
  checking: boolean;
  onJump: (line: number, column: number) => void;
}

/**
 * What the checks found, in file order: each finding a button that takes
 * the cursor to its line in the editor. Errors stop the draft being
 * played; warnings are advice (the bundled library has none).
 *
 * @example
 * ```tsx
 * <FindingsList findings={check.findings} checking={check.checking} onJump={(line, column) => editor.current?.goTo(line, column)} />
 * ```
 */
export function FindingsList({ findings, checking, onJump }: FindingsListProps) {
  if (findings === undefined) return <p>Checking the draft…</p>;
  return (
    <>
      <p className="studio-findings__summary">
        {findingsSummary(findings)}
        {checking && <span className="studio-findings__checking"> (checking your latest change…)</span>}
      </p>
      {findings.length > 0 && (
        <ol className="studio-findings">
          {findings.map((finding, index) => (
            <li key={`${finding.line}:${finding.column}:${finding.code}:${index}`} className={`studio-finding studio-finding--${finding.severity}`}>
              <button type="button" className="studio-finding__button" onClick={() => onJump(finding.line, finding.column)}>
                <span className="studio-finding__where">
                  <span className={`tag studio-finding__severity studio-finding__severity--${finding.severity}`}>{finding.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
                  Line {finding.line}, column {finding.column} <code>{finding.code}</code>
                </span>
                <span className="studio-finding__message">{finding.message}</span>
                <span className="studio-finding__hint">Hint: {finding.hint}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
