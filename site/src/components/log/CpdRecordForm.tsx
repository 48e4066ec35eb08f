import { useEffect, useRef, useState } from 'react';
import { CPD_DETAILS, CPD_FIELDS, checkCpdForm, type CpdFormError, type CpdFormField, type CpdFormValues, EVIDENCE_FILE_TYPES } from '../../../../engine/runtime.js';
import { wallClockNow } from '../../lib/browser-store.js';
import { newId } from './new-id.js';
import { readEvidenceFile } from './read-evidence-file.js';

/** Props of {@link CpdRecordForm}. */
export interface CpdRecordFormProps {
  /** Prefix of every id in the form, unique on the page. */
  idPrefix: string;
  /** The form's heading, e.g. "New CPD entry". */
  title: string;
  initial: CpdFormValues;
  /** Today's London date, `YYYY-MM-DD` (an activity cannot be in the future). */
  today: string;
  /** Saves the checked values; returns why they were not saved, or null once they are. */
  onSave(values: CpdFormValues): string | null;
  onCancel(): void;
}

/** The box an error links to from the summary. */
function boxId(prefix: string, error: Pick<CpdFormError, 'field' | 'part'>): string {
  return `${prefix}-${error.part ?? error.field}`;
}

const ACCEPT = Object.keys(EVIDENCE_FILE_TYPES).join(',');

/**
 * The CPD entry form, in the GOV.UK pattern: each heading with its prompt
 * as hint text, the date as day, month and year boxes, errors beside each
 * field and in a summary that takes focus. A workshop debrief can be
 * attached as evidence of peer reflection. Nothing is saved until "Save";
 * a save the browser refuses leaves everything in the form.
 *
 * @example
 * ```tsx
 * <CpdRecordForm idPrefix="cpd-new" title="New CPD entry" initial={emptyCpdForm()} today="2026-12-18" onSave={save} onCancel={close} />
 * ```
 */
export function CpdRecordForm({ idPrefix, title, initial, today, onSave, onCancel }: CpdRecordFormProps) {
  const [values, setValues] = useState<CpdFormValues>(initial);
  const [errors, setErrors] = useState<CpdFormError[]>([]);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [attaching, setAttaching] = useState(false);
  const [attached, setAttached] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const set = <K extends keyof CpdFormValues>(key: K, value: CpdFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const errorFor = (field: CpdFormField) => errors.find((error) => error.field === field);
  const id = (part: string) => `${idPrefix}-${part}`;
  const describedBy = (field: CpdFormField, hint: string) => [hint, errorFor(field) ? id(`${field}-error`) : ''].filter(Boolean).join(' ');
  const errorMessage = (field: CpdFormField) => {
    const error = errorFor(field);
    return error ? (
      <p className="cpd-form__error" id={id(`${field}-error`)}>
        <span className="visually-hidden">Error: </span>
        {error.message}
      </p>
    ) : null;
  };
  const groupClass = (field: CpdFormField) => (errorFor(field) ? 'cpd-form__group cpd-form__group--error' : 'cpd-form__group');
  const boxClass = (field: CpdFormField, part: string, extra = '') => {
    const error = errorFor(field);
    return `cpd-form__input ${extra}${error && (error.part === undefined || error.part === part) ? ' cpd-form__input--error' : ''}`;
  };

  const submit = () => {
    const found = checkCpdForm(values, { today });
    setErrors(found);
    if (found.length > 0) {
      setSaveProblem(null);
      // After React shows the summary.
      window.setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setSaveProblem(onSave(values));
  };

  const attach = async (file: File) => {
    setAttaching(true);
    setFileProblem(null);
    setAttached('');
    const read = await readEvidenceFile(file, { id: newId(), now: wallClockNow() });
    setAttaching(false);
    if (fileRef.current) fileRef.current.value = '';
    if (typeof read === 'string') {
      setFileProblem(read);
      return;
    }
    setValues((current) => ({ ...current, evidence: [...current.evidence, read] }));
    setAttached(`Attached “${read.title}”. Save the entry to keep it.`);
  };

  const dateBox = (part: 'day' | 'month' | 'year', label: string, width: string) => (
    <div className="cpd-form__date-item">
      <label className="cpd-form__date-label" htmlFor={id(part)}>
        {label}
      </label>
      <input
        className={boxClass('date', part, width)}
        id={id(part)}
        name={part}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={values[part]}
        onChange={(event) => set(part, event.target.value)}
      />
    </div>
  );
  const timeBox = (part: 'hours' | 'minutes', label: string) => (
    <div className="cpd-form__date-item">
      <label className="cpd-form__date-label" htmlFor={id(part)}>
        {label}
      </label>
      <input
        className={boxClass('time', part, 'cpd-form__input--short')}
        id={id(part)}
        name={part}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={values[part]}
        onChange={(event) => set(part, event.target.value)}
      />
    </div>
  );

  return (
    <form
      className="cpd-form no-print"
      aria-labelledby={id('title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={id('title')} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      {errors.length > 0 && (
        <div className="cpd-error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={id('summary-title')}>
          <h4 className="cpd-error-summary__title" id={id('summary-title')}>
            There is a problem
          </h4>
          <ul className="cpd-error-summary__list">
            {errors.map((error) => (
              <li key={error.field}>
                <a
                  href={`#${boxId(idPrefix, error)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(boxId(idPrefix, error))?.focus();
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className={groupClass('activity')}>
        <label className="cpd-form__label" htmlFor={id('activity')}>
          {CPD_DETAILS.activity.label}
        </label>
        <p className="cpd-form__hint" id={id('activity-hint')}>
          {CPD_DETAILS.activity.prompt}
        </p>
        {errorMessage('activity')}
        <input
          className={boxClass('activity', 'activity', 'cpd-form__input--wide')}
          id={id('activity')}
          name="activity"
          type="text"
          autoComplete="off"
          value={values.activity}
          aria-describedby={describedBy('activity', id('activity-hint'))}
          onChange={(event) => set('activity', event.target.value)}
        />
      </div>

      <div className={groupClass('date')}>
        <fieldset className="cpd-form__fieldset" role="group" aria-describedby={describedBy('date', id('date-hint'))}>
          <legend className="cpd-form__label">{CPD_DETAILS.date.label}</legend>
          <p className="cpd-form__hint" id={id('date-hint')}>
            {CPD_DETAILS.date.prompt}
          </p>
          {errorMessage('date')}
          <div className="cpd-form__date">
            {dateBox('day', 'Day', 'cpd-form__input--short')}
            {dateBox('month', 'Month', 'cpd-form__input--short')}
            {dateBox('year', 'Year', 'cpd-form__input--year')}
          </div>
        </fieldset>
      </div>

      <div className={groupClass('time')}>
        <fieldset className="cpd-form__fieldset" role="group" aria-describedby={describedBy('time', id('time-hint'))}>
          <legend className="cpd-form__label">{CPD_DETAILS.time.label}</legend>
          <p className="cpd-form__hint" id={id('time-hint')}>
            {CPD_DETAILS.time.prompt}
          </p>
          {errorMessage('time')}
          <div className="cpd-form__date">
            {timeBox('hours', 'Hours')}
            {timeBox('minutes', 'Minutes')}
          </div>
        </fieldset>
      </div>

      {CPD_FIELDS.map((field) => (
        <div className={groupClass(field.key)} key={field.key}>
          <label className="cpd-form__label" htmlFor={id(field.key)}>
            {field.label}
          </label>
          <p className="cpd-form__hint" id={id(`${field.key}-hint`)}>
            {field.prompt}
          </p>
          {errorMessage(field.key)}
          <textarea
            className={boxClass(field.key, field.key, 'cpd-form__textarea')}
            id={id(field.key)}
            name={field.key}
            rows={field.key === 'description' ? 4 : 5}
            value={values[field.key]}
            aria-describedby={describedBy(field.key, id(`${field.key}-hint`))}
            onChange={(event) => set(field.key, event.target.value)}
          />
        </div>
      ))}

      <div className="cpd-form__group">
        <h4 className="cpd-form__label" id={id('evidence-title')}>
          {CPD_DETAILS.evidence.label}
        </h4>
        <p className="cpd-form__hint">{CPD_DETAILS.evidence.prompt}</p>
        {values.evidence.length > 0 && (
          <ul className="cpd-form__files" aria-labelledby={id('evidence-title')}>
            {values.evidence.map((file) => (
              <li key={file.id}>
                <span className="cpd-form__file-name">
                  {file.title} <span className="cpd-form__file-meta">({file.fileName})</span>
                </span>{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    set(
                      'evidence',
                      values.evidence.filter((other) => other.id !== file.id),
                    );
                    setAttached(`Removed “${file.title}”. Save the entry to keep the change.`);
                  }}
                >
                  Remove<span className="visually-hidden"> {file.title}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <label className="cpd-form__date-label" htmlFor={id('file')}>
          Attach a workshop debrief or record
        </label>
        {fileProblem && (
          <p className="cpd-form__error" id={id('file-error')}>
            <span className="visually-hidden">Error: </span>
            {fileProblem}
          </p>
        )}
        <input
          ref={fileRef}
          className="cpd-form__file"
          id={id('file')}
          name="evidence"
          type="file"
          accept={ACCEPT}
          aria-describedby={fileProblem ? id('file-error') : undefined}
          disabled={attaching}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void attach(file);
          }}
        />
        <p className="cpd-form__status" role="status">
          {attaching ? 'Reading the file…' : attached}
        </p>
      </div>

      {saveProblem && (
        <div className="notice notice--alert" role="alert">
          <p>{saveProblem}</p>
        </div>
      )}
      <div className="reflective-log__actions">
        <button type="submit" className="button">
          Save CPD entry
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
