import { DATE_TIME_PARTS, type DateTimePart, type DateTimeParts, type DeadlineFormError } from '../../../../engine/runtime.js';

/** Props of {@link DateTimeInput}. */
export interface DateTimeInputProps {
  /** The id the boxes' ids start with: `${id}-day`, `${id}-month`, `${id}-year`, `${id}-time`. */
  id: string;
  /** The field's name, sent with each box's own name (`raised-day`). */
  name: string;
  /** The question, shown as the fieldset's legend. */
  legend: string;
  /** What to type, under the legend. */
  hint: string;
  /** The boxes as typed. */
  value: DateTimeParts;
  /** This field's error, if any: its message is shown under the hint and its boxes are marked. */
  error: DeadlineFormError | undefined;
  /** Called with the box and its new text. */
  onChange: (part: DateTimePart, text: string) => void;
}

const LABELS: Record<DateTimePart, string> = { day: 'Day', month: 'Month', year: 'Year', time: 'Time' };

/**
 * A date and time in the GOV.UK date input pattern: a fieldset whose
 * legend asks the question, day, month and year boxes, then the time. Text
 * boxes with a numeric keyboard (not `type="number"`, which lets a browser
 * change or drop what was typed), an error message under the hint, and only
 * the boxes the error is about marked.
 *
 * @example
 * ```tsx
 * <DateTimeInput id="calculator-raised" name="raised" legend="When the disagreement was raised" hint="For example, 18 12 2026 and 16:30" value={parts} error={undefined} onChange={set} />
 * ```
 */
export function DateTimeInput({ id, name, legend, hint, value, error, onChange }: DateTimeInputProps) {
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  // An engine error about the whole field (events out of order) marks every box.
  const marked = new Set<DateTimePart>(error ? (error.parts.length > 0 ? error.parts : DATE_TIME_PARTS) : []);
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {/* role="group" as GOV.UK's date input has it, so VoiceOver reads the legend and hint with each box. */}
      <fieldset className="date-input-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="form-label">{legend}</legend>
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
        {error && (
          <p className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">Error:</span> {error.message}
          </p>
        )}
        <div className="date-input">
          {DATE_TIME_PARTS.map((part) => (
            <div className={`date-input__item date-input__item--${part}`} key={part}>
              <label className="date-input__label" htmlFor={`${id}-${part}`}>
                {LABELS[part]}
              </label>
              <input
                className={`form-input date-input__input date-input__input--${part}${marked.has(part) ? ' form-input--error' : ''}`}
                id={`${id}-${part}`}
                name={`${name}-${part}`}
                type="text"
                inputMode={part === 'time' ? 'text' : 'numeric'}
                autoComplete="off"
                spellCheck={false}
                value={value[part]}
                aria-invalid={marked.has(part) ? true : undefined}
                onChange={(event) => onChange(part, event.target.value)}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
