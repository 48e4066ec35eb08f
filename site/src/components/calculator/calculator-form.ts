/**
 * The calculator form's rules, kept pure: which fields there are (one per
 * event of the loaded protocol), checking what was typed, and turning the
 * engine's errors into a message beside the field they are about (GOV.UK
 * error pattern).
 */
import { EngineError, isRealDate, type Protocol, ProtocolError, RAISED_EVENT } from '../../../../engine/runtime.js';

/** The form's values as typed (`datetime-local` values, `YYYY-MM-DDTHH:mm`). */
export interface CalculatorValues {
  /** The protocol's route id, e.g. `child`. */
  audience: string;
  /** When the disagreement was raised. */
  raised: string;
  /** Every other event's typed time by protocol event name; empty when not given. */
  events: Readonly<Record<string, string>>;
}

/** A field of the form: `audience`, `raised` or a protocol event name. */
export type CalculatorField = string;

/** One field's error. */
export interface FieldError {
  field: CalculatorField;
  message: string;
}

/** What to give `computeDeadlines`, or the errors to show. */
export type CheckedForm =
  | { ok: true; raised: string; audience: string; events: Record<string, string> }
  | { ok: false; errors: FieldError[] };

const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The events a user can give besides `raised`, in the protocol's order: the
 * calculator shows one optional field for each.
 *
 * @example
 * ```ts
 * eventFields(resolveProtocol('north-yorkshire'));
 * // ['disputedDecision', 'stage1Concluded', 'stage4Discussion', 'stage5Referral', 'panelMeeting', 'safetyBy']
 * ```
 */
export function eventFields(protocol: Protocol): string[] {
  return Object.keys(protocol.events).filter((event) => event !== RAISED_EVENT);
}

/** Empty values for a protocol: its first route, and no times. */
export function emptyValues(protocol: Protocol): CalculatorValues {
  return {
    audience: Object.keys(protocol.routes)[0] ?? '',
    raised: '',
    events: Object.fromEntries(eventFields(protocol).map((event) => [event, ''])),
  };
}

/** The label for a field: the protocol's event label. */
export function fieldLabel(protocol: Protocol, field: CalculatorField): string {
  if (field === 'audience') return 'who the disagreement is about';
  return protocol.events[field]?.label ?? field;
}

/**
 * Checks the typed values: the raised time is required, every time given
 * must be a real date and time.
 *
 * @example
 * ```ts
 * checkCalculatorForm(values, protocol); // { ok: false, errors: [{ field: 'raised', message: 'Enter …' }] }
 * ```
 */
export function checkCalculatorForm(values: CalculatorValues, protocol: Protocol): CheckedForm {
  const errors: FieldError[] = [];
  const check = (field: CalculatorField, value: string, required: boolean) => {
    const trimmed = value.trim();
    if (trimmed === '') {
      if (required) errors.push({ field, message: `Enter the date and time the disagreement was raised` });
      return;
    }
    const match = dateTime.exec(trimmed);
    const valid = match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) && Number(match[4]) < 24 && Number(match[5]) < 60;
    if (!valid) errors.push({ field, message: `Enter the ${fieldLabel(protocol, field).toLowerCase()} as a real date and time` });
  };
  check(RAISED_EVENT, values.raised, true);
  for (const field of eventFields(protocol)) check(field, values.events[field] ?? '', false);
  if (errors.length > 0) return { ok: false, errors };
  const events: Record<string, string> = {};
  for (const field of eventFields(protocol)) {
    const value = (values.events[field] ?? '').trim();
    if (value !== '') events[field] = value;
  }
  return { ok: true, raised: values.raised.trim(), audience: values.audience, events };
}

/**
 * Puts an error from the engine (events out of order, a year outside the
 * bank-holiday table) beside the field the engine says it is about, else
 * beside the raised time.
 *
 * @example
 * ```ts
 * errorForField(ProtocolError.aboutInput('stage5Referral', '"Stage 5 referral made" (…) is before …', '…'), protocol);
 * // { field: 'stage5Referral', message: '…' }
 * ```
 */
export function errorForField(error: unknown, protocol: Protocol): FieldError {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof EngineError ? ` ${error.hint}` : '';
  const tagged = error instanceof ProtocolError ? error.inputField : undefined;
  const fields = ['audience', RAISED_EVENT, ...eventFields(protocol)];
  const field = tagged !== undefined && fields.includes(tagged) ? tagged : RAISED_EVENT;
  return { field, message: `${message}${hint}`.trim() };
}
