import { useId, useRef, useState, type FormEvent } from 'react';
import { buildDeadlineCalendar, computeDeadlines, type DeadlineTable, formatLondonIso, type Protocol } from '../../../../engine/runtime.js';
import { siteProtocol, siteProtocols } from '../../lib/site-protocols.js';
import { ChoiceSelect } from '../ChoiceSelect.js';
import { downloadText } from '../player/download-text.js';
import { checkCalculatorForm, emptyValues, errorForField, eventFields, fieldLabel, type CalculatorField, type CalculatorValues, type FieldError } from './calculator-form.js';
import { DeadlineTableView } from './DeadlineTableView.js';

/** The protocols to choose from: the site's own first. */
const choosable: Protocol[] = [siteProtocol, ...Object.values(siteProtocols).filter((protocol) => protocol.id !== siteProtocol.id)];

/**
 * The deadline calculator island: a form for when the disagreement was
 * raised and any later events, giving the same table as the terminal's
 * `deadlines` command and an .ics download. Errors appear beside their
 * field and in a summary at the top that receives focus.
 *
 * @example
 * ```astro
 * <DeadlineCalculator client:only="react" />
 * ```
 */
export default function DeadlineCalculator() {
  const id = useId();
  const [protocol, setProtocol] = useState<Protocol>(siteProtocol);
  const [values, setValues] = useState<CalculatorValues>(() => emptyValues(siteProtocol));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [table, setTable] = useState<DeadlineTable | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const fields = eventFields(protocol);
  // The events that happen before or alongside the process rather than as one of its steps.
  const settingFields = fields.filter((field) => protocol.events[field]?.optional);
  const stepFields = fields.filter((field) => !protocol.events[field]?.optional);
  const chooseProtocol = (next: Protocol) => {
    setProtocol(next);
    // Each protocol has its own routes and events; keep the raised time, which they share.
    setValues((current) => ({ ...emptyValues(next), raised: current.raised }));
    setErrors([]);
    setTable(null);
  };

  const fieldId = (field: CalculatorField) => `${id}-${field}`;
  const errorOf = (field: CalculatorField) => errors.find((error) => error.field === field);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkCalculatorForm(values, protocol);
    let found: FieldError[] = [];
    let next: DeadlineTable | null = null;
    if (!checked.ok) found = checked.errors;
    else {
      try {
        next = computeDeadlines({ protocol, audience: checked.audience, raised: checked.raised, events: checked.events });
      } catch (error) {
        found = [errorForField(error, protocol)];
      }
    }
    setErrors(found);
    setTable(next);
    // Move focus after React has drawn the summary or the answer.
    window.requestAnimationFrame(() => (found.length > 0 ? summaryRef.current : resultRef.current)?.focus());
  };

  const set = (field: CalculatorField, value: string) =>
    setValues((current) =>
      field === 'audience' || field === 'raised' ? { ...current, [field]: value } : { ...current, events: { ...current.events, [field]: value } },
    );
  const valueOf = (field: CalculatorField) => (field === 'raised' ? values.raised : (values.events[field] ?? ''));

  const timeField = (field: CalculatorField, hint: string) => {
    const error = errorOf(field);
    return (
      <div className={error ? 'form-group form-group--error' : 'form-group'} key={field}>
        <label className="form-label" htmlFor={fieldId(field)}>
          {field === 'raised' ? 'When the disagreement was raised' : `${fieldLabel(protocol, field)} (optional)`}
        </label>
        <p className="form-hint" id={`${fieldId(field)}-hint`}>
          {hint}
        </p>
        {error && (
          <p className="error-message" id={`${fieldId(field)}-error`}>
            <span className="visually-hidden">Error:</span> {error.message}
          </p>
        )}
        <input
          className="form-input"
          id={fieldId(field)}
          name={field}
          type="datetime-local"
          value={valueOf(field)}
          aria-describedby={`${fieldId(field)}-hint${error ? ` ${fieldId(field)}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => set(field, event.target.value)}
        />
      </div>
    );
  };

  return (
    <div className="calculator">
      {errors.length > 0 && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={`${id}-summary-title`}>
          <h2 className="error-summary__title" id={`${id}-summary-title`}>
            There is a problem
          </h2>
          <ul className="error-summary__list">
            {errors.map((error) => (
              <li key={error.field}>
                <a href={`#${fieldId(error.field)}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="calculator__form" onSubmit={onSubmit} noValidate>
        {choosable.length > 1 && (
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-protocol`}>
              Which process
            </label>
            <p className="form-hint" id={`${id}-protocol-hint`}>
              {siteProtocol.name} is this site&apos;s; the others are bundled for comparison and as templates.
            </p>
            <ChoiceSelect
              className="form-select"
              id={`${id}-protocol`}
              describedBy={`${id}-protocol-hint`}
              value={protocol.id}
              choices={choosable.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
              onChoose={(value) => {
                const next = choosable.find((candidate) => candidate.id === value);
                if (next) chooseProtocol(next);
              }}
            />
          </div>
        )}
        <fieldset className="form-group">
          <legend className="form-label">Who is the disagreement about?</legend>
          <div className="radios">
            {Object.keys(protocol.routes).map((audience) => (
              <div className="radios__item" key={audience}>
                <input
                  id={`${id}-audience-${audience}`}
                  type="radio"
                  name="audience"
                  value={audience}
                  checked={values.audience === audience}
                  onChange={() => set('audience', audience)}
                />
                <label htmlFor={`${id}-audience-${audience}`}>{protocol.routes[audience]?.label ?? audience}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {timeField('raised', 'London time, e.g. 18 December 2026 at 10:00. Every timescale counts from this moment.')}
        {settingFields.length > 0 && (
          <fieldset className="calculator__later form-group">
            <legend className="form-label">Other times that change the deadlines (optional)</legend>
            {settingFields.map((field) => timeField(field, protocol.events[field]?.description ?? ''))}
          </fieldset>
        )}
        <fieldset className="calculator__later form-group">
          <legend className="form-label">Later events you already know (optional)</legend>
          <p className="form-hint">Leave these empty to see each deadline at its latest: the calculator then assumes each step happened as late as allowed.</p>
          {stepFields.map((field) => timeField(field, protocol.events[field]?.description ?? ''))}
        </fieldset>
        <button type="submit" className="button">
          Work out the deadlines
        </button>
      </form>
      {table && (
        <section className="calculator__result" aria-labelledby={`${id}-result`}>
          <h2 id={`${id}-result`} ref={resultRef} tabIndex={-1}>
            Your deadlines
          </h2>
          <DeadlineTableView
            table={table}
            caption={`${table.protocol.name}, ${table.audienceLabel}: disagreement raised ${formatLondonIso(table.raised)}`}
          />
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                downloadText(`deadlines-${table.raised.slice(0, 10)}.ics`, buildDeadlineCalendar(table, { now: new Date() }), 'text/calendar;charset=utf-8')
              }
            >
              Download these deadlines for your calendar (.ics)
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
