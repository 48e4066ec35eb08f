import { useEffect, useRef, useState } from 'react';
import { CPD_DETAILS, CPD_FIELDS, type CpdRecord, formatCpdDate, formatTimeSpent } from '../../../../engine/runtime.js';

/** Props of {@link CpdRecordView}. */
export interface CpdRecordViewProps {
  record: CpdRecord;
  /** Whether to move focus to the heading when shown (just saved). */
  focusOnShow: boolean;
  onEdit(): void;
  /** Deletes the entry; returns why it was not deleted, or null once it is. */
  onDelete(): string | null;
}

/**
 * One CPD entry as it will be printed: the activity, its date and time
 * spent, each heading with what was written (or "Not written yet."), and
 * the attached evidence, then Edit and Delete (with a confirmation step).
 *
 * @example
 * ```tsx
 * <CpdRecordView record={record} focusOnShow={false} onEdit={edit} onDelete={remove} />
 * ```
 */
export function CpdRecordView({ record, focusOnShow, onEdit, onDelete }: CpdRecordViewProps) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const heading = `cpd-${record.id}-title`;

  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <article className="cpd-record" aria-labelledby={heading} data-cpd-record={record.id}>
      <h3 id={heading} ref={headingRef} tabIndex={-1} className="cpd-record__title">
        {record.activity}
      </h3>
      <dl className="cpd-record__details">
        <div>
          <dt>{CPD_DETAILS.date.label}</dt>
          <dd>{formatCpdDate(record.date)}</dd>
        </div>
        <div>
          <dt>{CPD_DETAILS.time.label}</dt>
          <dd>{formatTimeSpent(record.minutes)}</dd>
        </div>
        {record.scenarioId && (
          <div>
            <dt>Scenario</dt>
            <dd>
              <a href={`/scenarios/${encodeURIComponent(record.scenarioId)}/`}>{record.activity}</a>
            </dd>
          </div>
        )}
      </dl>
      {CPD_FIELDS.map((field) => {
        const text = record[field.key].trim();
        return (
          <div className="cpd-record__field" key={field.key}>
            <h4>{field.label}</h4>
            {text === '' ? (
              <p className="cpd-record__empty">Not written yet.</p>
            ) : (
              <p className="cpd-record__text" data-cpd-field={field.key}>
                {text}
              </p>
            )}
          </div>
        );
      })}
      {record.evidence.length > 0 && (
        <div className="cpd-record__field">
          <h4>{CPD_DETAILS.evidence.label}</h4>
          {record.evidence.map((file) => (
            <details className="cpd-record__evidence" key={file.id} data-cpd-evidence={file.fileName}>
              <summary>
                {file.title} <span className="cpd-record__file-meta">({file.fileName})</span>
              </summary>
              <div className="cpd-record__evidence-text">{file.text}</div>
            </details>
          ))}
        </div>
      )}
      {!confirming && (
        <div className="reflective-log__actions no-print">
          <button type="button" className="button button--secondary" onClick={onEdit}>
            Edit<span className="visually-hidden"> {record.activity}</span>
          </button>
          <button type="button" className="button button--secondary" ref={deleteRef} onClick={() => setConfirming(true)}>
            Delete<span className="visually-hidden"> {record.activity}</span>
          </button>
        </div>
      )}
      {confirming && (
        <div className="notice no-print" role="group" aria-labelledby={`${heading}-confirm`}>
          <p id={`${heading}-confirm`}>
            <strong>Delete the CPD entry “{record.activity}”?</strong> This cannot be undone.
          </p>
          <div className="reflective-log__actions">
            <button
              type="button"
              className="button button--warning"
              ref={confirmRef}
              onClick={() => {
                const refused = onDelete();
                setProblem(refused);
                if (refused) setConfirming(false);
              }}
            >
              Yes, delete this entry
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                window.setTimeout(() => deleteRef.current?.focus(), 0);
              }}
            >
              No, keep it
            </button>
          </div>
        </div>
      )}
      {problem && (
        <div className="notice notice--alert" role="alert">
          <p>{problem}</p>
        </div>
      )}
    </article>
  );
}
