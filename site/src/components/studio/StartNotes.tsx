import { kebabFromTitle } from '../../../../engine/runtime.js';
import { downloadText } from '../../lib/download-file.js';

/** What was said about a draft when it was started. */
export interface StartedDraft {
  name: string;
  notes: readonly string[];
  /** For a draft from a case file: the case's audit, as Markdown. */
  auditMarkdown?: string;
}

/** Props of {@link StartNotes}. */
export interface StartNotesProps {
  started: StartedDraft;
  onClose: () => void;
}

/**
 * The notes on a draft just started, and, for one made from a case file,
 * the case's audit against the deadlines (shown, and offered as Markdown
 * for the subgroup's minutes).
 *
 * @example
 * ```tsx
 * {started && <StartNotes started={started} onClose={() => setStarted(undefined)} />}
 * ```
 */
export function StartNotes({ started, onClose }: StartNotesProps) {
  const auditFile = `${kebabFromTitle(started.name)}-audit.md`;
  return (
    <section className="studio-started notice" aria-labelledby="studio-started-heading">
      <h3 id="studio-started-heading">New draft: {started.name}</h3>
      <ul>
        {started.notes.map((note, index) => (
          <li key={index}>{note}</li>
        ))}
      </ul>
      {started.auditMarkdown !== undefined && (
        <details className="studio-started__audit">
          <summary>The case audit</summary>
          {/* Focusable, so the audit can be scrolled from the keyboard. */}
          <pre tabIndex={0} role="region" aria-label="The case audit">
            {started.auditMarkdown}
          </pre>
        </details>
      )}
      <p className="notice__actions">
        {started.auditMarkdown !== undefined && (
          <button type="button" className="button button--secondary" onClick={() => downloadText(auditFile, started.auditMarkdown!, 'text/markdown;charset=utf-8')}>
            Download the audit (Markdown)
          </button>
        )}{' '}
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close these notes
        </button>
      </p>
    </section>
  );
}
