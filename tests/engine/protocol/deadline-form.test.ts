import { describe, expect, it } from 'vitest';
import {
  checkDeadlineForm,
  computeDeadlines,
  dateTimePartsOf,
  deadlineFormError,
  deadlineFormEvents,
  emptyDeadlineForm,
  EMPTY_DATE_TIME_PARTS,
  ProtocolError,
  resolveProtocol,
  type DeadlineFormValues,
} from '../../../engine/index.js';

const protocol = resolveProtocol('north-yorkshire');
const blank: DeadlineFormValues = emptyDeadlineForm(protocol);
const typed = (raised: string, events: Record<string, string> = {}, audience = 'child'): DeadlineFormValues => ({
  audience,
  raised: dateTimePartsOf(raised),
  events: { ...blank.events, ...Object.fromEntries(Object.entries(events).map(([event, value]) => [event, dateTimePartsOf(value)])) },
});

describe('deadlineFormEvents', () => {
  it("gives one field per protocol event besides raised, in the protocol's order: the disputed decision and the safety deadline among them", () => {
    expect(deadlineFormEvents(protocol)).toEqual(['disputedDecision', 'stage1Concluded', 'stage4Discussion', 'stage5Referral', 'panelMeeting', 'safetyBy']);
    expect(blank).toEqual({ audience: 'child', raised: EMPTY_DATE_TIME_PARTS, events: Object.fromEntries(deadlineFormEvents(protocol).map((field) => [field, EMPTY_DATE_TIME_PARTS])) });
  });

  it("asks a second protocol's own events", () => {
    expect(deadlineFormEvents(resolveProtocol('example-template'))).not.toContain('stage5Referral');
  });
});

describe('checkDeadlineForm', () => {
  it('requires the raised time', () => {
    expect(checkDeadlineForm(blank, protocol)).toEqual({
      ok: false,
      errors: [{ field: 'raised', message: 'Enter the date and time the disagreement was raised', parts: ['day', 'month', 'year', 'time'] }],
    });
  });

  it('names an impossible date and each field with a problem, in the form order', () => {
    const values: DeadlineFormValues = {
      ...blank,
      raised: { day: '31', month: '2', year: '2026', time: '10:00' },
      events: { ...blank.events, stage5Referral: { day: '3', month: '', year: '2027', time: '10:00' } },
    };
    expect(checkDeadlineForm(values, protocol)).toEqual({
      ok: false,
      errors: [
        { field: 'raised', message: '31 February is not a real date', parts: ['day', 'month'] },
        { field: 'stage5Referral', message: 'Stage 5 referral made must include a month', parts: ['month'] },
      ],
    });
  });

  it('says which part of the raised date is missing', () => {
    const values = { ...blank, raised: { day: '18', month: '12', year: '', time: '10:00' } };
    expect(checkDeadlineForm(values, protocol)).toMatchObject({ errors: [{ message: 'The date the disagreement was raised must include a year', parts: ['year'] }] });
  });

  it('passes given events through and leaves out empty ones', () => {
    expect(checkDeadlineForm(typed('2026-12-18T10:00', { panelMeeting: '2027-01-08T10:00' }, 'adult'), protocol)).toEqual({
      ok: true,
      raised: '2026-12-18T10:00',
      audience: 'adult',
      events: { panelMeeting: '2027-01-08T10:00' },
    });
  });

  it('lets a disputed decision come before the disagreement was raised', () => {
    const checked = checkDeadlineForm(typed('2026-12-18T16:30', { disputedDecision: '2026-12-14T11:00' }), protocol);
    expect(checked).toMatchObject({ ok: true, events: { disputedDecision: '2026-12-14T11:00' } });
    if (!checked.ok) return;
    const table = computeDeadlines({ protocol, audience: checked.audience, raised: checked.raised, events: checked.events });
    expect(table.stages[2]?.due).toBe('2026-12-30T23:59:59.000+00:00');
  });
});

describe('deadlineFormError', () => {
  const thrown = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('puts an out-of-order event error beside that event', () => {
    const error = deadlineFormError(
      thrown(() => computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T10:00', events: { stage5Referral: '2026-12-17T10:00' } })),
      protocol,
    );
    expect(error.field).toBe('stage5Referral');
    expect(error.message).toMatch(/before the disagreement was raised/);
    expect(error.parts).toEqual([]);
  });

  it('puts a year the bank-holiday table does not cover beside its field', () => {
    const checked = checkDeadlineForm(typed('2026-12-18T10:00', { safetyBy: '2101-01-04T10:00' }), protocol);
    if (!checked.ok) throw new Error('the boxes are a real date');
    const error = deadlineFormError(thrown(() => computeDeadlines({ protocol, audience: 'child', raised: checked.raised, events: checked.events })), protocol);
    expect(error.field).toBe('safetyBy');
    expect(error.message).toMatch(/2101, outside the years the bank-holiday calendar covers/);
  });

  it('follows the field the engine tags, not the wording of the message', () => {
    expect(deadlineFormError(ProtocolError.aboutInput('audience', 'No such route.', 'Pick one.'), protocol)).toEqual({ field: 'audience', message: 'No such route. Pick one.', parts: [] });
    // A tag that is not a field of this form goes to the raised time.
    expect(deadlineFormError(ProtocolError.aboutInput('noSuchEvent', 'Unknown.', 'Fix it.'), protocol).field).toBe('raised');
  });

  it('falls back to the raised field', () => {
    expect(deadlineFormError(new Error('Something else'), protocol)).toEqual({ field: 'raised', message: 'Something else', parts: [] });
  });
});
