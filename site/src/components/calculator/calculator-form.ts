/**
 * The calculator form's rules, kept pure: which fields there are, checking
 * what was typed, and turning the engine's errors into a message beside
 * the field they are about (GOV.UK error pattern).
 */
import type { Protocol } from '../../../../engine/protocol/index.js';

/** The form's values as typed (`datetime-local` values, `YYYY-MM-DDTHH:mm`). */
export interface CalculatorValues {
  audience: 'child' | 'adult';
  raised: string;
  stage1Concluded: string;
  stage4Discussion: string;
  stage5Referral: string;
  panelMeeting: string;
  safetyBy: string;
}

/** The optional event fields, in form order. */
export const optionalEventFields = ['stage1Concluded', 'stage4Discussion', 'stage5Referral', 'panelMeeting', 'safetyBy'] as const;

/** One field's error. */
export interface FieldError {
  field: keyof CalculatorValues;
  message: string;
}

/** What to give `computeDeadlines`, or the errors to show. */
export type CheckedForm =
  | { ok: true; raised: string; audience: 'child' | 'adult'; events: Record<string, string> }
  | { ok: false; errors: FieldError[] };

const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The label for a field: the protocol's event label, lower-cased for sentences. */
export function fieldLabel(protocol: Protocol, field: keyof CalculatorValues): string {
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
  const check = (field: keyof CalculatorValues, value: string, required: boolean) => {
    const trimmed = value.trim();
    if (trimmed === '') {
      if (required) errors.push({ field, message: `Enter the date and time the disagreement was raised` });
      return;
    }
    const match = dateTime.exec(trimmed);
    const valid =
      match !== null &&
      (() => {
        const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
        return date.getUTCMonth() === Number(match[2]) - 1 && Number(match[4]) < 24 && Number(match[5]) < 60;
      })();
    if (!valid) errors.push({ field, message: `Enter the ${fieldLabel(protocol, field).toLowerCase()} as a real date and time` });
  };
  check('raised', values.raised, true);
  for (const field of optionalEventFields) check(field, values[field], false);
  if (errors.length > 0) return { ok: false, errors };
  const events: Record<string, string> = {};
  for (const field of optionalEventFields) {
    const value = values[field].trim();
    if (value !== '' && Object.hasOwn(protocol.events, field)) events[field] = value;
  }
  return { ok: true, raised: values.raised.trim(), audience: values.audience, events };
}

/**
 * Puts an error from the engine (events out of order, a year outside the
 * bank-holiday table) beside the field it names: the first field whose
 * event label the message quotes, else the raised time.
 *
 * @example
 * ```ts
 * errorForField(new ProtocolError('"Stage 5 referral made" (…) is before …', '…'), protocol);
 * // { field: 'stage5Referral', message: '…' }
 * ```
 */
export function errorForField(error: unknown, protocol: Protocol): FieldError {
  const message = error instanceof Error ? error.message : String(error);
  const hint = typeof (error as { hint?: unknown })?.hint === 'string' ? ` ${(error as { hint: string }).hint}` : '';
  const named = optionalEventFields.find((field) => {
    const label = protocol.events[field]?.label;
    return label !== undefined && message.indexOf(`"${label}"`) === 0;
  });
  return { field: named ?? 'raised', message: `${message}${hint}`.trim() };
}
