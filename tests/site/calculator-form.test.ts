import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../engine/protocol/compute-deadlines.js';
import { ProtocolError } from '../../engine/protocol/protocol-error.js';
import { resolveProtocol } from '../../engine/protocol/built-in-protocols.js';
import { checkCalculatorForm, emptyValues, errorForField, eventFields, type CalculatorValues } from '../../site/src/components/calculator/calculator-form.js';

const protocol = resolveProtocol('north-yorkshire');
const blank: CalculatorValues = emptyValues(protocol);
const withEvents = (values: CalculatorValues, events: Record<string, string>): CalculatorValues => ({ ...values, events: { ...values.events, ...events } });

describe('eventFields', () => {
  it("gives one field per protocol event besides raised, in the protocol's order", () => {
    expect(eventFields(protocol)).toEqual(['disputedDecision', 'stage1Concluded', 'stage4Discussion', 'stage5Referral', 'panelMeeting', 'safetyBy']);
    expect(blank).toEqual({ audience: 'child', raised: '', events: Object.fromEntries(eventFields(protocol).map((field) => [field, ''])) });
  });
});

describe('checkCalculatorForm', () => {
  it('requires the raised time', () => {
    expect(checkCalculatorForm(blank, protocol)).toEqual({ ok: false, errors: [{ field: 'raised', message: 'Enter the date and time the disagreement was raised' }] });
  });

  it('refuses dates that do not exist, naming the field', () => {
    const result = checkCalculatorForm(withEvents({ ...blank, raised: '2026-02-30T10:00' }, { stage5Referral: 'soon' }), protocol);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.field)).toEqual(['raised', 'stage5Referral']);
  });

  it('passes given events through and leaves out empty ones', () => {
    expect(checkCalculatorForm(withEvents({ ...blank, audience: 'adult', raised: '2026-12-18T10:00' }, { panelMeeting: '2027-01-08T10:00' }), protocol)).toEqual({
      ok: true,
      raised: '2026-12-18T10:00',
      audience: 'adult',
      events: { panelMeeting: '2027-01-08T10:00' },
    });
  });
});

describe('errorForField', () => {
  it('puts an out-of-order event error beside that event', () => {
    let caught: unknown;
    try {
      computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T10:00', events: { stage5Referral: '2026-12-17T10:00' } });
    } catch (error) {
      caught = error;
    }
    const error = errorForField(caught, protocol);
    expect(error.field).toBe('stage5Referral');
    expect(error.message).toMatch(/before the disagreement was raised/);
  });

  it('lets a disputed decision come before the disagreement was raised', () => {
    const checked = checkCalculatorForm(withEvents({ ...blank, raised: '2026-12-18T16:30' }, { disputedDecision: '2026-12-14T11:00' }), protocol);
    expect(checked).toMatchObject({ ok: true, events: { disputedDecision: '2026-12-14T11:00' } });
    if (!checked.ok) return;
    const table = computeDeadlines({ protocol, audience: checked.audience, raised: checked.raised, events: checked.events });
    expect(table.stages[2]?.due).toBe('2026-12-30T23:59:59.000+00:00');
  });

  it('follows the field the engine tags, not the wording of the message', () => {
    let caught: unknown;
    try {
      computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T10:00', events: { safetyBy: '2026-13-40T10:00' } });
    } catch (error) {
      caught = error;
    }
    expect(errorForField(caught, protocol).field).toBe('safetyBy');
    expect(errorForField(ProtocolError.aboutInput('audience', 'No such route.', 'Pick one.'), protocol)).toEqual({ field: 'audience', message: 'No such route. Pick one.' });
    // A tag that is not a field of this form goes to the raised time.
    expect(errorForField(ProtocolError.aboutInput('noSuchEvent', 'Unknown.', 'Fix it.'), protocol).field).toBe('raised');
  });

  it('falls back to the raised field', () => {
    expect(errorForField(new Error('Something else'), protocol)).toEqual({ field: 'raised', message: 'Something else' });
  });
});
