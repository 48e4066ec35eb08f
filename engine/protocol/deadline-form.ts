/**
 * The deadline calculator's form, kept pure so every front end asks the
 * same questions and says the same errors: one date-and-time field per
 * event of the loaded protocol (so a partnership's own protocol brings its
 * own fields), checked box by box in the GOV.UK date input pattern, and
 * the engine's own errors (events out of order, a year the bank-holiday
 * table does not cover) put beside the field they are about.
 */
import { checkDateTimeParts, EMPTY_DATE_TIME_PARTS, type DateTimePart, type DateTimeParts } from '../calendar/date-parts.js';
import { EngineError } from '../kernel/engine-error.js';
import { RAISED_EVENT } from './check-protocol-references.js';
import { ProtocolError } from './protocol-error.js';
import type { Protocol } from './protocol.schema.js';

/** The form's values as typed. */
export interface DeadlineFormValues {
  /** The protocol's route id, e.g. `child`. */
  audience: string;
  /** When the disagreement was raised, box by box. */
  raised: DateTimeParts;
  /** Every other event's boxes by protocol event name; all empty when not given. */
  events: Readonly<Record<string, DateTimeParts>>;
}

/** A field of the form: `audience`, `raised` or a protocol event name. */
export type DeadlineFormField = string;

/** One field's error. */
export interface DeadlineFormError {
  /** The field it is about. */
  field: DeadlineFormField;
  /** The sentence shown beside the field and, the same, in the error summary. */
  message: string;
  /** The boxes of a date field to mark, in order (the summary links to the first); empty for a whole-field error. */
  parts: DateTimePart[];
}

/** What to give `computeDeadlines`, or the errors to show. */
export type CheckedDeadlineForm =
  | { ok: true; raised: string; audience: string; events: Record<string, string> }
  | { ok: false; errors: DeadlineFormError[] };

/**
 * The events a user can give besides `raised`, in the protocol's order:
 * the form shows one optional date-and-time field for each.
 *
 * @example
 * deadlineFormEvents(resolveProtocol('north-yorkshire'));
 * // ['disputedDecision', 'stage1Concluded', 'stage4Discussion', 'stage5Referral', 'panelMeeting', 'safetyBy']
 */
export function deadlineFormEvents(protocol: Protocol): string[] {
  return Object.keys(protocol.events).filter((event) => event !== RAISED_EVENT);
}

/**
 * Empty values for a protocol: its first route and no times.
 *
 * @example
 * emptyDeadlineForm(protocol).raised; // { day: '', month: '', year: '', time: '' }
 */
export function emptyDeadlineForm(protocol: Protocol): DeadlineFormValues {
  return {
    audience: Object.keys(protocol.routes)[0] ?? '',
    raised: EMPTY_DATE_TIME_PARTS,
    events: Object.fromEntries(deadlineFormEvents(protocol).map((event) => [event, EMPTY_DATE_TIME_PARTS])),
  };
}

/**
 * The label of a field: the protocol's event label.
 *
 * @example
 * deadlineFormLabel(protocol, 'stage5Referral'); // 'Stage 5 referral made'
 */
export function deadlineFormLabel(protocol: Protocol, field: DeadlineFormField): string {
  if (field === 'audience') return 'Who the disagreement is about';
  return protocol.events[field]?.label ?? field;
}

/**
 * Checks the typed values: the raised time is required, every date given
 * must be whole and real, with a time. Errors come in the form's order.
 *
 * @example
 * checkDeadlineForm({ ...emptyDeadlineForm(protocol), raised: { day: '31', month: '2', year: '2026', time: '10:00' } }, protocol);
 * // { ok: false, errors: [{ field: 'raised', message: '31 February is not a real date', parts: ['day', 'month'] }] }
 */
export function checkDeadlineForm(values: DeadlineFormValues, protocol: Protocol): CheckedDeadlineForm {
  const errors: DeadlineFormError[] = [];
  const events: Record<string, string> = {};
  const raised = checkDateTimeParts(values.raised, {
    subject: 'The date the disagreement was raised',
    required: true,
    whenEmpty: 'Enter the date and time the disagreement was raised',
  });
  if (!raised.ok) errors.push({ field: RAISED_EVENT, ...raised.problem });
  for (const field of deadlineFormEvents(protocol)) {
    const checked = checkDateTimeParts(values.events[field] ?? EMPTY_DATE_TIME_PARTS, { subject: deadlineFormLabel(protocol, field) });
    if (!checked.ok) errors.push({ field, ...checked.problem });
    else if (checked.value !== undefined) events[field] = checked.value;
  }
  if (!raised.ok || raised.value === undefined || errors.length > 0) return { ok: false, errors };
  return { ok: true, raised: raised.value, audience: values.audience, events };
}

/**
 * Puts an error from the engine (events out of order, a year outside the
 * bank-holiday table) beside the field the engine tagged it with, else
 * beside the raised time, with its hint.
 *
 * @example
 * deadlineFormError(ProtocolError.aboutInput('stage5Referral', '"Stage 5 referral made" (…) is before …', 'Check both dates.'), protocol);
 * // { field: 'stage5Referral', message: '"Stage 5 referral made" (…) is before … Check both dates.', parts: [] }
 */
export function deadlineFormError(error: unknown, protocol: Protocol): DeadlineFormError {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof EngineError ? ` ${error.hint}` : '';
  const tagged = error instanceof ProtocolError ? error.inputField : undefined;
  const fields = ['audience', RAISED_EVENT, ...deadlineFormEvents(protocol)];
  const field = tagged !== undefined && fields.includes(tagged) ? tagged : RAISED_EVENT;
  return { field, message: `${message}${hint}`.trim(), parts: [] };
}
