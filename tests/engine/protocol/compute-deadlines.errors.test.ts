import { describe, expect, it } from 'vitest';
import { ProtocolError, computeDeadlines, resolveProtocol } from '../../../engine/index.js';
import type { ComputeDeadlinesInput } from '../../../engine/protocol/compute-deadlines.js';

const protocol = resolveProtocol('north-yorkshire');

function failure(more: Partial<ComputeDeadlinesInput>): ProtocolError {
  try {
    computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30', ...more });
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    throw error;
  }
  throw new Error('expected computeDeadlines to throw');
}

describe('computeDeadlines', () => {
  it('refuses a stage 5 referral made before the disagreement was raised', () => {
    const error = failure({ events: { stage5Referral: '2026-12-01T10:00' } });
    expect(error.name).toBe('ProtocolError');
    expect(error.message).toBe(
      '"Stage 5 referral made" (Tue 1 Dec 2026, 10:00) is before the disagreement was raised (Fri 18 Dec 2026, 16:30).',
    );
    expect(error.hint).toMatch(/on or after/);
  });

  it('refuses a safety deadline that has already passed when the disagreement is raised', () => {
    expect(failure({ safetyBy: '2026-12-18T16:29' }).message).toMatch(/before the disagreement was raised/);
  });

  it('allows an event at the very moment the disagreement was raised', () => {
    expect(() =>
      computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30', events: { stage1Concluded: '2026-12-18T16:30' } }),
    ).not.toThrow();
  });

  it('refuses a referral before the stage 4 discussion it follows', () => {
    const error = failure({ events: { stage4Discussion: '2027-01-05T10:00', stage5Referral: '2027-01-04T10:00' } });
    expect(error.message).toBe(
      '"Stage 5 referral made" (Mon 4 Jan 2027, 10:00) is before "Stage 4 discussion between senior managers" (Tue 5 Jan 2027, 10:00), which it follows.',
    );
  });

  it('refuses an impossible date, naming the event', () => {
    const error = failure({ events: { panelMeeting: '2027-02-30T10:00' } });
    expect(error.message).toContain('"Panel meeting held" (2027-02-30T10:00)');
    expect(error.hint).toMatch(/YYYY-MM-DD/);
  });

  it('refuses a London time that the clocks skip', () => {
    expect(failure({ raised: '2026-03-29T01:30' }).message).toContain('"Disagreement raised"');
  });

  it('refuses text that is not a time', () => {
    expect(failure({ raised: 'next Tuesday' })).toBeInstanceOf(ProtocolError);
  });

  it('refuses an invalid Date', () => {
    expect(failure({ raised: new Date(Number.NaN) }).message).toMatch(/not a valid date/);
  });

  it('refuses an audience the protocol has no route for, listing the routes', () => {
    const error = failure({ audience: 'family' });
    expect(error.message).toBe('"family" is not an audience of North Yorkshire Professional Resolutions.');
    expect(error.hint).toBe('Use one of: child, adult.');
  });

  it('refuses an event the protocol does not declare', () => {
    const error = failure({ events: { stage6Convened: '2027-01-05T10:00' } });
    expect(error.message).toContain('no event called "stage6Convened"');
    expect(error.hint).toContain('stage5Referral');
  });

  it('refuses raised given a second time among the events', () => {
    expect(failure({ events: { raised: '2026-12-18T16:30' } }).hint).toMatch(/once/);
  });
});

describe('computeDeadlines outside the bank-holiday years', () => {
  it('refuses a raised time after 2100 instead of counting weekends only, stating the calendar’s years', () => {
    const error = failure({ raised: '2101-12-20T10:00' });
    expect(error.message).toMatch(/1995 to 2100/);
    expect(error.inputField).toBe('raised');
  });

  it('refuses a later event outside those years too', () => {
    expect(failure({ events: { stage4Discussion: '9999-01-04T10:00' } }).inputField).toBe('stage4Discussion');
  });
});
