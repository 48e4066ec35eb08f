import { useRef, useState, type FormEvent, type MouseEvent } from 'react';
import {
  checkDeadlineForm,
  computeDeadlines,
  type DateTimePart,
  type DeadlineFormError,
  type DeadlineFormValues,
  deadlineFormError,
  deadlineFormEvents,
  deadlineFormLabel,
  type DeadlineTable,
  emptyDeadlineForm,
  EMPTY_DATE_TIME_PARTS,
  explainWorkingDayStarts,
  formatLondonIso,
  loadDeadlineCalendarBuilder,
  nextDeadline,
  type NextDeadline,
  type Protocol,
  RAISED_EVENT,
  type WorkingDayStartNote,
} from '../../../../engine/runtime.js';
import { siteProtocol, siteProtocols } from '../../lib/site-protocols.js';
import { ChoiceSelect } from '../ChoiceSelect.js';
import { downloadText } from '../../lib/download-file.js';
import { CalculatorAnswer } from './CalculatorAnswer.js';
import { DateTimeInput } from './DateTimeInput.js';
import { DeadlineTableView } from './DeadlineTableView.js';

/** The protocols to choose from: the site's own first. */
const choosable: Protocol[] = [siteProtocol, ...Object.values(siteProtocols).filter((protocol) => protocol.id !== siteProtocol.id)];

/** One calculator per page, so its ids are fixed (and the error summary's links stable). */
const id = 'calculator';

/** What a worked-out answer holds: the protocol it was worked out under, the table and the words that open it. */
interface Answer {
  protocol: Protocol;
  table: DeadlineTable;
  next: NextDeadline;
  starts: WorkingDayStartNote[];
}

const fieldId = (field: string) => `${id}-${field}`;

/** Where an error summary link goes: the first box the error marks, or the field's first control. */
function errorTarget(error: DeadlineFormError, protocol: Protocol): string {
  if (error.field === 'audience') return `${id}-audience-${Object.keys(protocol.routes)[0] ?? ''}`;
  const part: DateTimePart = error.parts[0] ?? 'day';
  return `${fieldId(error.field)}-${part}`;
}

/**
 * GOV.UK's error summary links: focus the box and scroll its question
 * (the legend above the boxes) into view, which a plain jump to the box
 * would hide above the top of the screen.
 */
function focusFromSummary(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const input = document.getElementById(target);
  if (!input) return;
  event.preventDefault();
  const question = input.closest('fieldset')?.querySelector('legend') ?? input;
  question.scrollIntoView();
  input.focus({ preventScroll: true });
}

/**
 * The deadline calculator island: when the disagreement was raised and
 * any later events, each a date in the GOV.UK date input pattern, checked
 * by the engine (`checkDeadlineForm`). The answer opens with one line
 * saying what is due next, then the warnings and explanations, the same
 * table as the terminal's `deadlines` command, and an .ics download whose
 * builder is loaded only when asked for. Errors appear beside their field
 * and in a summary at the top that receives focus.
 *
 * @example
 * ```astro
 * <DeadlineCalculator client:only="react" />
 * ```
 */
export default function DeadlineCalculator() {
  const [protocol, setProtocol] = useState<Protocol>(siteProtocol);
  const [values, setValues] = useState<DeadlineFormValues>(() => emptyDeadlineForm(siteProtocol));
  const [errors, setErrors] = useState<DeadlineFormError[]>([]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [download, setDownload] = useState<'idle' | 'loading' | 'failed'>('idle');
  const summaryRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLHeadingElement>(null);

  const fields = deadlineFormEvents(protocol);
  // The events that happen before or alongside the process rather than as one of its steps.
  const settingFields = fields.filter((field) => protocol.events[field]?.optional);
  const stepFields = fields.filter((field) => !protocol.events[field]?.optional);
  const chooseProtocol = (next: Protocol) => {
    setProtocol(next);
    // Each protocol has its own routes and events; keep the raised time, which they share.
    setValues((current) => ({ ...emptyDeadlineForm(next), raised: current.raised }));
    setErrors([]);
    setAnswer(null);
  };

  const errorOf = (field: string) => errors.find((error) => error.field === field);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkDeadlineForm(values, protocol);
    let found: DeadlineFormError[] = [];
    let next: Answer | null = null;
    if (!checked.ok) found = checked.errors;
    else {
      try {
        const table = computeDeadlines({ protocol, audience: checked.audience, raised: checked.raised, events: checked.events });
        next = { protocol, table, next: nextDeadline(table, protocol, { now: new Date() }), starts: explainWorkingDayStarts(table, protocol) };
      } catch (error) {
        found = [deadlineFormError(error, protocol)];
      }
    }
    setErrors(found);
    setAnswer(next);
    setDownload('idle');
    // Move focus after React has drawn the summary or the answer.
    window.requestAnimationFrame(() => (found.length > 0 ? summaryRef.current : answerRef.current)?.focus());
  };

  const onDownload = async (shown: Answer) => {
    setDownload('loading');
    try {
      // The builder and the iCalendar library arrive only now, as their own chunk.
      const buildDeadlineCalendar = await loadDeadlineCalendarBuilder();
      const ics = buildDeadlineCalendar(shown.table, { now: new Date(), ...(shown.protocol.officeHours ? { remindAt: shown.protocol.officeHours.start } : {}) });
      downloadText(`deadlines-${shown.table.raised.slice(0, 10)}.ics`, ics, 'text/calendar;charset=utf-8');
      setDownload('idle');
    } catch {
      setDownload('failed');
    }
  };

  const setPart = (field: string, part: DateTimePart, text: string) =>
    setValues((current) =>
      field === RAISED_EVENT
        ? { ...current, raised: { ...current.raised, [part]: text } }
        : { ...current, events: { ...current.events, [field]: { ...(current.events[field] ?? EMPTY_DATE_TIME_PARTS), [part]: text } } },
    );

  const dateField = (field: string, hint: string) => (
    <DateTimeInput
      key={field}
      id={fieldId(field)}
      name={field}
      legend={field === RAISED_EVENT ? 'When the disagreement was raised' : `${deadlineFormLabel(protocol, field)} (optional)`}
      hint={hint}
      value={field === RAISED_EVENT ? values.raised : (values.events[field] ?? EMPTY_DATE_TIME_PARTS)}
      error={errorOf(field)}
      onChange={(part, text) => setPart(field, part, text)}
    />
  );
  const example = 'For example, 18 12 2026 and 16:30 or 4.30pm, London time.';

  return (
    <div className="calculator">
      {errors.length > 0 && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={`${id}-summary-title`}>
          <h2 className="error-summary__title" id={`${id}-summary-title`}>
            There is a problem
          </h2>
          <ul className="error-summary__list">
            {errors.map((error) => {
              const target = errorTarget(error, protocol);
              return (
                <li key={error.field}>
                  <a href={`#${target}`} onClick={(event) => focusFromSummary(event, target)}>
                    {error.message}
                  </a>
                </li>
              );
            })}
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
        <fieldset className={errorOf('audience') ? 'form-group form-group--error' : 'form-group'}>
          <legend className="form-label">Who is the disagreement about?</legend>
          {errorOf('audience') && (
            <p className="error-message">
              <span className="visually-hidden">Error:</span> {errorOf('audience')?.message}
            </p>
          )}
          <div className="radios">
            {Object.keys(protocol.routes).map((audience) => (
              <div className="radios__item" key={audience}>
                <input
                  id={`${id}-audience-${audience}`}
                  type="radio"
                  name="audience"
                  value={audience}
                  checked={values.audience === audience}
                  onChange={() => setValues((current) => ({ ...current, audience }))}
                />
                <label htmlFor={`${id}-audience-${audience}`}>{protocol.routes[audience]?.label ?? audience}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {dateField(RAISED_EVENT, `${example} Every timescale counts from this moment.`)}
        {settingFields.length > 0 && (
          <div className="calculator__group">
            <h2 className="calculator__group-title">Other times that change the deadlines</h2>
            <p className="form-hint">Leave these empty if they do not apply.</p>
            {settingFields.map((field) => dateField(field, protocol.events[field]?.description ?? example))}
          </div>
        )}
        {stepFields.length > 0 && (
          <div className="calculator__group">
            <h2 className="calculator__group-title">Later steps that have already happened</h2>
            <p className="form-hint">
              Leave these empty to see each deadline at its latest: the calculator then assumes each step happened as late as allowed.
            </p>
            {stepFields.map((field) => dateField(field, protocol.events[field]?.description ?? example))}
          </div>
        )}
        <button type="submit" className="button">
          Work out the deadlines
        </button>
      </form>
      {answer && (
        <section className="calculator__result" aria-labelledby={`${id}-answer`}>
          <CalculatorAnswer id={`${id}-answer`} ref={answerRef} next={answer.next} starts={answer.starts} />
          <h3>Every stage</h3>
          <DeadlineTableView
            table={answer.table}
            caption={`${answer.table.protocol.name}, ${answer.table.audienceLabel}: disagreement raised ${formatLondonIso(answer.table.raised)}`}
          />
          <h3>In your calendar</h3>
          <p>
            One event for each stage at its due time, with a reminder at the start of the working day before. Importing a newer file for the same case
            replaces these events.
          </p>
          <p>
            <button type="button" className="button button--secondary" aria-busy={download === 'loading'} onClick={() => void onDownload(answer)}>
              Download these deadlines for your calendar (.ics)
            </button>
          </p>
          {download === 'failed' && (
            <p className="error-message" role="alert">
              The calendar file could not be made: the page could not load the part that builds it. Check your connection and try again.
            </p>
          )}
        </section>
      )}
    </div>
  );
}
