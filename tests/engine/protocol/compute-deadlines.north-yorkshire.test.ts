/**
 * The North Yorkshire deadlines for particular raised times, each worked out
 * by hand in the comments (working days counted one by one), across the
 * clock changes, Christmas, Easter and 2022's extra bank holidays.
 */
import { describe, expect, it } from 'vitest';
import { computeDeadlines, resolveProtocol, type DeadlineTable } from '../../../engine/index.js';
import type { ComputeDeadlinesInput } from '../../../engine/protocol/compute-deadlines.js';

const protocol = resolveProtocol('north-yorkshire');

function table(raised: string, more: Partial<ComputeDeadlinesInput> = {}): DeadlineTable {
  return computeDeadlines({ protocol, audience: 'child', raised, ...more });
}

/** Every check's due time by id, e.g. `{ '1.target': ..., '7.recommendations': ... }`. */
function checks(result: DeadlineTable): Record<string, string> {
  return Object.fromEntries(result.stages.flatMap((stage) => stage.checks.map((check) => [check.id, check.due])));
}

describe('computeDeadlines', () => {
  it('works through Christmas 2026, skipping Christmas Day, the Boxing Day substitute and New Year', () => {
    // Raised Fri 18 Dec 2026 16:30 GMT.
    // Working days after: Mon 21 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4),
    // [Fri 25 Christmas, Sat 26, Sun 27, Mon 28 Boxing Day substitute],
    // Tue 29 (5), Wed 30 (6), Thu 31 (7), [Fri 1 Jan, Sat 2, Sun 3],
    // Mon 4 (8), Tue 5 (9), Wed 6 (10), Thu 7 (11), Fri 8 (12), Mon 11 (13), Tue 12 (14).
    const result = table('2026-12-18T16:30');
    expect(checks(result)).toEqual({
      '1.target': '2026-12-19T16:30:00.000+00:00', // +24 h
      '1.limit': '2026-12-22T16:30:00.000+00:00', // +96 h
      '2.discussion': '2026-12-22T23:59:59.000+00:00', // end of the (working) day stage 1 is assumed to end
      '3.resolution': '2027-01-06T23:59:59.000+00:00', // 10th working day
      '4.resolution': '2027-01-06T23:59:59.000+00:00', // same window
      '5.referral': '2027-01-07T23:59:59.000+00:00', // 1 working day after the assumed stage 4 discussion
      '6.convened': '2027-01-11T23:59:59.000+00:00', // min(3 WD after Thu 7 = Tue 12, 13th WD = Mon 11)
      '7.meeting': '2027-01-11T23:59:59.000+00:00', // 13th working day
      '7.recommendations': '2027-01-11T23:59:59.000+00:00', // min(48 h after the assumed meeting = Wed 13, 13th WD = Mon 11)
    });
    expect(result.raised).toBe('2026-12-18T16:30:00.000+00:00');
    expect(result.stages[0]?.target).toBe('2026-12-19T16:30:00.000+00:00');
    expect(result.stages[6]?.due).toBe('2027-01-11T23:59:59.000+00:00');
    expect(result.stages[6]?.cappedBy).toBe('thirteen-working-days');
    expect(result.stages[6]?.meetingBy).toBe('2027-01-11T23:59:59.000+00:00');
  });

  it('counts 96 hours as elapsed time across the spring clock change (raised 27 March 2026)', () => {
    // Raised Fri 27 Mar 2026 10:00 GMT; clocks go forward Sun 29 Mar, so
    // 96 h later is Tue 31 Mar 10:00 GMT = 11:00 BST on the clock.
    // Working days: Mon 30 (1), Tue 31 (2), Wed 1 Apr (3), Thu 2 (4),
    // [Good Friday 3 Apr, Sat 4, Sun 5, Easter Monday 6], Tue 7 (5), Wed 8 (6),
    // Thu 9 (7), Fri 10 (8), Mon 13 (9), Tue 14 (10), Wed 15 (11), Thu 16 (12), Fri 17 (13).
    const result = table('2026-03-27T10:00');
    expect(checks(result)).toEqual({
      '1.target': '2026-03-28T10:00:00.000+00:00',
      '1.limit': '2026-03-31T11:00:00.000+01:00',
      '2.discussion': '2026-03-31T23:59:59.000+01:00',
      '3.resolution': '2026-04-14T23:59:59.000+01:00',
      '4.resolution': '2026-04-14T23:59:59.000+01:00',
      '5.referral': '2026-04-15T23:59:59.000+01:00',
      '6.convened': '2026-04-17T23:59:59.000+01:00', // min(3 WD after Wed 15 = Mon 20, 13th WD = Fri 17)
      '7.meeting': '2026-04-17T23:59:59.000+01:00',
      '7.recommendations': '2026-04-17T23:59:59.000+01:00', // the 13th working day, sooner than 48 h after the meeting
    });
  });

  it('counts 96 hours as elapsed time across the autumn clock change (raised 23 October 2026)', () => {
    // Raised Fri 23 Oct 2026 14:00 BST (13:00 UTC); clocks go back Sun 25 Oct,
    // so 96 h later is Tue 27 Oct 13:00 UTC = 13:00 GMT on the clock.
    // Working days: Mon 26 (1) … Fri 30 (5), Mon 2 Nov (6) … Fri 6 (10),
    // Mon 9 (11), Tue 10 (12), Wed 11 (13).
    const result = table('2026-10-23T14:00');
    expect(checks(result)).toEqual({
      '1.target': '2026-10-24T14:00:00.000+01:00',
      '1.limit': '2026-10-27T13:00:00.000+00:00',
      '2.discussion': '2026-10-27T23:59:59.000+00:00',
      '3.resolution': '2026-11-06T23:59:59.000+00:00',
      '4.resolution': '2026-11-06T23:59:59.000+00:00',
      '5.referral': '2026-11-09T23:59:59.000+00:00',
      '6.convened': '2026-11-11T23:59:59.000+00:00', // min(3 WD after Mon 9 = Thu 12, 13th WD = Wed 11)
      '7.meeting': '2026-11-11T23:59:59.000+00:00',
      '7.recommendations': '2026-11-11T23:59:59.000+00:00', // the 13th working day, sooner than 48 h after the meeting
    });
  });

  it('skips Easter 2027 and moves stage 2 past Easter Monday', () => {
    // Raised Thu 25 Mar 2027 09:00 GMT. Good Friday 26 Mar; clocks go forward
    // Sun 28 Mar; Easter Monday 29 Mar. 96 h later is Mon 29 Mar 09:00 UTC =
    // 10:00 BST, a bank holiday, so stage 2 runs to the end of Tue 30 Mar.
    // Working days: Tue 30 (1), Wed 31 (2), Thu 1 Apr (3), Fri 2 (4), Mon 5 (5),
    // Tue 6 (6), Wed 7 (7), Thu 8 (8), Fri 9 (9), Mon 12 (10), Tue 13 (11),
    // Wed 14 (12), Thu 15 (13).
    const result = table('2027-03-25T09:00');
    expect(checks(result)).toEqual({
      '1.target': '2027-03-26T09:00:00.000+00:00',
      '1.limit': '2027-03-29T10:00:00.000+01:00',
      '2.discussion': '2027-03-30T23:59:59.000+01:00',
      '3.resolution': '2027-04-12T23:59:59.000+01:00',
      '4.resolution': '2027-04-12T23:59:59.000+01:00',
      '5.referral': '2027-04-13T23:59:59.000+01:00',
      '6.convened': '2027-04-15T23:59:59.000+01:00',
      '7.meeting': '2027-04-15T23:59:59.000+01:00',
      '7.recommendations': '2027-04-15T23:59:59.000+01:00', // the 13th working day, sooner than 48 h after the meeting
    });
    const skipped = result.stages[2]?.skipped.map((day) => `${day.date} ${day.reason}`);
    expect(skipped).toEqual([
      '2027-03-26 bank-holiday',
      '2027-03-27 weekend',
      '2027-03-28 weekend',
      '2027-03-29 bank-holiday',
      '2027-04-03 weekend',
      '2027-04-04 weekend',
      '2027-04-10 weekend',
      '2027-04-11 weekend',
    ]);
  });

  it("uses 2022's moved spring bank holiday and the Platinum Jubilee (2 and 3 June)", () => {
    // Raised Mon 30 May 2022 10:00 BST: a working day, because that year the
    // spring bank holiday moved to Thu 2 June, with the Jubilee on Fri 3 June.
    // 96 h later is Fri 3 June 10:00, a bank holiday, so stage 2 runs to Mon 6.
    // Working days: Tue 31 (1), Wed 1 Jun (2), [Thu 2, Fri 3, Sat 4, Sun 5],
    // Mon 6 (3), Tue 7 (4), Wed 8 (5), Thu 9 (6), Fri 10 (7), Mon 13 (8),
    // Tue 14 (9), Wed 15 (10), Thu 16 (11), Fri 17 (12), Mon 20 (13).
    const result = table('2022-05-30T10:00');
    expect(checks(result)).toMatchObject({
      '1.limit': '2022-06-03T10:00:00.000+01:00',
      '2.discussion': '2022-06-06T23:59:59.000+01:00',
      '3.resolution': '2022-06-15T23:59:59.000+01:00',
      '7.meeting': '2022-06-20T23:59:59.000+01:00',
    });
    expect(result.stages[2]?.skipped.filter((day) => day.reason === 'bank-holiday').map((day) => day.date)).toEqual([
      '2022-06-02',
      '2022-06-03',
    ]);
  });

  it("skips the Queen's funeral bank holiday on 19 September 2022", () => {
    // Raised Thu 15 Sep 2022 10:00 BST. Working days: Fri 16 (1),
    // [Sat 17, Sun 18, Mon 19 funeral], Tue 20 (2) … Fri 23 (5),
    // Mon 26 (6) … Fri 30 (10).
    const result = table('2022-09-15T10:00');
    expect(result.stages[2]?.due).toBe('2022-09-30T23:59:59.000+01:00');
    expect(result.stages[2]?.skipped).toContainEqual({
      date: '2022-09-19',
      reason: 'bank-holiday',
      name: expect.stringMatching(/funeral/i),
    });
  });

  it('assumes every later event at its latest permitted moment and says so', () => {
    const result = table('2026-12-18T16:30');
    expect(result.events).toEqual([
      { event: 'raised', label: 'Disagreement raised', at: '2026-12-18T16:30:00.000+00:00', assumed: false },
      { event: 'stage1Concluded', label: 'Stage 1 discussion concluded', at: '2026-12-22T16:30:00.000+00:00', assumed: true },
      { event: 'stage4Discussion', label: 'Stage 4 discussion between senior managers', at: '2027-01-06T23:59:59.000+00:00', assumed: true },
      { event: 'stage5Referral', label: 'Stage 5 referral made', at: '2027-01-07T23:59:59.000+00:00', assumed: true },
      { event: 'panelMeeting', label: 'Panel meeting held', at: '2027-01-11T23:59:59.000+00:00', assumed: true },
    ]);
    expect(result.stages[5]?.from.map(({ event, assumed }) => ({ event, assumed }))).toEqual([
      { event: 'stage5Referral', assumed: true },
      { event: 'raised', assumed: false },
    ]);
  });

  it('counts from the events given instead of the assumed ones', () => {
    // Stage 1 ended Mon 21 Dec 11:00 → stage 2 by the end of Mon 21.
    // Stage 4 discussion Mon 4 Jan 15:00 → referral by the end of Tue 5 Jan.
    // Referral Tue 5 Jan 10:00 → convene within 3 WD: Wed 6, Thu 7, Fri 8,
    // sooner than the 13th working day (Mon 11).
    // Panel met Thu 7 Jan 14:00 → recommendations by Sat 9 Jan 14:00.
    const result = table('2026-12-18T16:30', {
      events: {
        stage1Concluded: '2026-12-21T11:00',
        stage4Discussion: '2027-01-04T15:00',
        stage5Referral: '2027-01-05T10:00',
        panelMeeting: '2027-01-07T14:00',
      },
    });
    expect(checks(result)).toMatchObject({
      '2.discussion': '2026-12-21T23:59:59.000+00:00',
      '5.referral': '2027-01-05T23:59:59.000+00:00',
      '6.convened': '2027-01-08T23:59:59.000+00:00',
      '7.recommendations': '2027-01-09T14:00:00.000+00:00',
    });
    expect(result.events.every((event) => !event.assumed)).toBe(true);
  });

  it('brings stages 3 and 4 forward to a safety deadline that is sooner, and every stage after them', () => {
    // Safety deadline Wed 23 Dec 12:00, sooner than 10 working days (Wed 6 Jan).
    // Stage 4 discussion is then assumed at Wed 23 Dec 12:00. The referral
    // would be due by the end of Thu 24 Dec and the panel 3 WD later, but the
    // safety deadline caps every stage, so both are due at Wed 23 Dec 12:00 too.
    const result = table('2026-12-18T16:30', { safetyBy: '2026-12-23T12:00' });
    expect(checks(result)).toMatchObject({
      '3.resolution': '2026-12-23T12:00:00.000+00:00',
      '4.resolution': '2026-12-23T12:00:00.000+00:00',
      '5.referral': '2026-12-23T12:00:00.000+00:00',
      '6.convened': '2026-12-23T12:00:00.000+00:00',
    });
    expect(result.stages.slice(2).map((stage) => stage.cappedBy)).toEqual(['safety', 'safety', 'safety', 'safety', 'safety']);
    expect(result.stages[2]?.from).toContainEqual({
      event: 'safetyBy',
      label: 'Deadline that keeps the person safe',
      at: '2026-12-23T12:00:00.000+00:00',
      assumed: false,
      use: 'at',
    });
  });

  it('keeps the 10 working days when the safety deadline is later', () => {
    const result = table('2026-12-18T16:30', { safetyBy: '2027-02-01T12:00' });
    expect(result.stages[2]?.due).toBe('2027-01-06T23:59:59.000+00:00');
    expect(result.stages[3]?.due).toBe('2027-01-06T23:59:59.000+00:00');
  });

  it('accepts the safety deadline through events as well as through safetyBy', () => {
    const viaEvents = table('2026-12-18T16:30', { events: { safetyBy: '2026-12-23T12:00' } });
    expect(viaEvents).toEqual(table('2026-12-18T16:30', { safetyBy: '2026-12-23T12:00' }));
  });

  it('names the NYSCP for a child and the NYSAB for an adult', () => {
    const child = table('2026-12-18T16:30');
    const adult = computeDeadlines({ protocol, audience: 'adult', raised: '2026-12-18T16:30' });
    expect(child.stages[5]?.owner).toBe('NYSCP Business Unit Manager');
    expect(adult.stages[5]?.owner).toBe('NYSAB Business Unit Manager');
    expect(child.stages[4]?.action).toContain('refers the matter directly to the Independent Chair of the NYSCP, via the NYSCP Business Manager.');
    expect(adult.stages[4]?.action).toContain('refers the matter directly to the NYSAB Manager.');
    expect(adult.stages[4]?.action).not.toContain('{');
    expect(adult.audienceLabel).toBe('Adults (NYSAB)');
    // The deadlines themselves do not depend on the audience.
    expect(checks(adult)).toEqual(checks(child));
  });

  it('accepts times with an offset and Date objects for the same instant', () => {
    const local = table('2026-06-01T09:00');
    expect(table('2026-06-01T08:00:00Z')).toEqual(local);
    expect(table('2026-06-01T09:00+01:00')).toEqual(local);
    expect(computeDeadlines({ protocol, audience: 'child', raised: new Date('2026-06-01T08:00:00Z') })).toEqual(local);
  });

  it('returns plain data that survives a JSON round trip', () => {
    const result = table('2026-12-18T16:30', { safetyBy: '2026-12-23T12:00' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.notes).toEqual(protocol.notes.map((note) => ({ id: note.id, text: note.text, stages: note.stages ?? [] })));
  });
});
