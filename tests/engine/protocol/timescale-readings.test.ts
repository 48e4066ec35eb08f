/**
 * The four timescale readings a designated safeguarding lead would insist on,
 * each pinned by a named worked example counted by hand in the comments:
 *
 * 1. stages 3 and 4 count from the disputed decision when it came first;
 * 2. nothing falls after the 13-working-day cap;
 * 3. a safety deadline caps every stage;
 * 4. stage 1 is a window: its 24 hours are an aim, never a missed deadline.
 */
import { describe, expect, it } from 'vitest';
import { computeDeadlines, resolveProtocol, type DeadlineTable } from '../../../engine/index.js';
import type { ComputeDeadlinesInput } from '../../../engine/protocol/compute-deadlines.js';

const protocol = resolveProtocol('north-yorkshire');

function table(raised: string, more: Partial<ComputeDeadlinesInput> = {}): DeadlineTable {
  return computeDeadlines({ protocol, audience: 'child', raised, ...more });
}

function check(result: DeadlineTable, id: string) {
  const found = result.stages.flatMap((stage) => stage.checks).find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no check ${id}`);
  return found;
}

const warningsOf = (result: DeadlineTable, stage: number) => result.stages.find((row) => row.stage === stage)?.warnings ?? [];

describe('the timescale readings', () => {
  describe('Christmas 2026 (raised Fri 18 Dec 2026, 16:30)', () => {
    const result = table('2026-12-18T16:30');

    it('counts 10 working days past Christmas, the Boxing Day substitute and New Year', () => {
      // Mon 21 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4), [Fri 25, Sat 26, Sun 27, Mon 28],
      // Tue 29 (5), Wed 30 (6), Thu 31 (7), [Fri 1, Sat 2, Sun 3], Mon 4 (8), Tue 5 (9), Wed 6 (10).
      expect(check(result, '3.resolution').due).toBe('2027-01-06T23:59:59.000+00:00');
    });

    it('keeps the recommendations inside the 13 working days (Mon 11 Jan), not 48 hours after them', () => {
      // Thu 7 (11), Fri 8 (12), Mon 11 (13). 48 hours after a meeting at the end of Mon 11 would be Wed 13.
      expect(check(result, '7.meeting').due).toBe('2027-01-11T23:59:59.000+00:00');
      expect(check(result, '7.recommendations')).toMatchObject({ due: '2027-01-11T23:59:59.000+00:00', cappedBy: 'thirteen-working-days' });
    });

    it('warns that the 24-hour aim falls on a Saturday and suggests the Friday, without moving it', () => {
      expect(check(result, '1.target')).toMatchObject({ due: '2026-12-19T16:30:00.000+00:00', kind: 'aim' });
      expect(warningsOf(result, 1)).toContain(
        'Stage 1\'s "Aim to resolve" falls on Sat 19 Dec 2026, 16:30, a weekend. Our advice: plan to settle it by Fri 18 Dec 2026, 17:00, the close of the working day before. The deadline itself does not move.',
      );
    });

    it('says that stages 3 and 4 count from raised because no disputed decision was given', () => {
      expect(result.notGiven.map((entry) => entry.event)).toEqual(['disputedDecision', 'safetyBy']);
      expect(result.notGiven[0]?.effect).toMatch(/^Stages 3 and 4 count their 10 working days from when the disagreement was raised\./);
    });
  });

  describe('a Saturday raise (Sat 19 Dec 2026, 10:00)', () => {
    const saturday = table('2026-12-19T10:00');
    const friday = table('2026-12-18T10:00');

    it('gives the same working-day deadlines as a raise on the Friday before, because the raised day is day 0 either way', () => {
      for (const id of ['3.resolution', '4.resolution', '7.meeting']) expect(check(saturday, id).due).toBe(check(friday, id).due);
    });

    it('counts the hours from the Saturday itself, and warns that the aim falls on the Sunday with no working hours before it', () => {
      expect(check(saturday, '1.target').due).toBe('2026-12-20T10:00:00.000+00:00');
      expect(check(saturday, '1.limit').due).toBe('2026-12-23T10:00:00.000+00:00');
      expect(warningsOf(saturday, 1)).toEqual([
        'Stage 1\'s "Aim to resolve" falls on Sun 20 Dec 2026, 10:00, a weekend, and no working hours come between the event it counts from and it. Our advice: agree straight away who will talk to whom and when. The deadline itself does not move.',
      ]);
    });
  });

  describe('a disputed decision four days before the raise (decision Mon 14 Dec 2026, 11:00; raised Fri 18 Dec, 16:30)', () => {
    const result = table('2026-12-18T16:30', { events: { disputedDecision: '2026-12-14T11:00' } });

    it('counts stages 3 and 4 from the decision: Wed 30 Dec, not Wed 6 Jan', () => {
      // From Mon 14: Tue 15 (1), Wed 16 (2), Thu 17 (3), Fri 18 (4), Mon 21 (5), Tue 22 (6),
      // Wed 23 (7), Thu 24 (8), [Fri 25 … Mon 28], Tue 29 (9), Wed 30 (10).
      expect(check(result, '3.resolution')).toMatchObject({ due: '2026-12-30T23:59:59.000+00:00', countedFrom: ['disputedDecision'] });
      expect(check(result, '4.resolution').due).toBe('2026-12-30T23:59:59.000+00:00');
      expect(warningsOf(result, 3)).toContain(
        'Stage 3\'s "Resolve or escalate" counts from the disputed decision, action or referral (Mon 14 Dec 2026, 11:00), which came before the disagreement was raised.',
      );
    });

    it('leaves the stages that count from raised where they were', () => {
      const plain = table('2026-12-18T16:30');
      for (const id of ['1.target', '1.limit', '7.meeting']) expect(check(result, id).due).toBe(check(plain, id).due);
    });

    it('keeps counting from raised when the disputed decision came after it', () => {
      const later = table('2026-12-18T16:30', { events: { disputedDecision: '2026-12-21T09:00' } });
      expect(check(later, '3.resolution')).toMatchObject({ due: '2027-01-06T23:59:59.000+00:00', countedFrom: ['raised'] });
    });
  });

  describe('a safety deadline inside stage 1 (raised Fri 18 Dec 2026, 16:30; safe by Mon 21 Dec, 12:00)', () => {
    const result = table('2026-12-18T16:30', { safetyBy: '2026-12-21T12:00' });

    it('brings every stage forward to the safety deadline, stage 1 and stage 2 included', () => {
      const dues = result.stages.flatMap((stage) => stage.checks.filter((item) => item.kind === 'deadline').map((item) => [item.id, item.due]));
      for (const [, due] of dues) expect(due).toBe('2026-12-21T12:00:00.000+00:00');
      expect(result.stages.map((stage) => stage.cappedBy)).toEqual(['safety', 'safety', 'safety', 'safety', 'safety', 'safety', 'safety']);
    });

    it('leaves the 24-hour aim where it is, because it already falls before the safety deadline', () => {
      expect(check(result, '1.target')).toMatchObject({ due: '2026-12-19T16:30:00.000+00:00' });
      expect(check(result, '1.target').cappedBy).toBeUndefined();
    });

    it('says of each stage that the safety deadline pulled it forward', () => {
      expect(warningsOf(result, 2)).toEqual([
        'Stage 2\'s "Line-manager discussion" is pulled forward to Mon 21 Dec 2026, 12:00 by the deadline that keeps the person safe.',
      ]);
      expect(result.caps).toEqual([{ id: 'safety', label: 'the deadline that keeps the person safe' }]);
    });
  });

  describe('the 2 December 2025 case (raised Tue 2 Dec 2025, 10:00)', () => {
    const result = table('2025-12-02T10:00');

    it('puts the recommendations at the end of Fri 19 Dec, not on Sun 21 Dec', () => {
      // Wed 3 (1), Thu 4 (2), Fri 5 (3), Mon 8 (4) … Fri 12 (8), Mon 15 (9) … Fri 19 (13).
      expect(check(result, '7.meeting').due).toBe('2025-12-19T23:59:59.000+00:00');
      expect(check(result, '7.recommendations')).toMatchObject({ due: '2025-12-19T23:59:59.000+00:00', cappedBy: 'thirteen-working-days' });
    });

    it('also caps the panel convened 3 working days after the assumed referral', () => {
      // Referral assumed at the end of Wed 17 (day 11); 3 working days later is Mon 22, after day 13.
      expect(check(result, '6.convened')).toMatchObject({ due: '2025-12-19T23:59:59.000+00:00', cappedBy: 'thirteen-working-days' });
    });

    it('warns that the 96-hour limit falls on a Saturday', () => {
      expect(check(result, '1.limit').due).toBe('2025-12-06T10:00:00.000+00:00');
      expect(warningsOf(result, 1)[0]).toMatch(/^Stage 1's "Resolve at the latest" falls on Sat 6 Dec 2025, 10:00, a weekend\. Our advice: plan to settle it by Fri 5 Dec 2025, 17:00/);
    });
  });

  describe('a panel meeting late on day 12 (raised Tue 2 Dec 2025; panel met Thu 18 Dec, 20:00)', () => {
    const result = table('2025-12-02T10:00', { events: { panelMeeting: '2025-12-18T20:00' } });

    it('takes the recommendations at the end of day 13, sooner than 48 hours after the meeting (Sat 20 Dec, 20:00)', () => {
      expect(check(result, '7.recommendations')).toMatchObject({ due: '2025-12-19T23:59:59.000+00:00', cappedBy: 'thirteen-working-days', countedFrom: ['raised'] });
    });

    it('gives only the cap\'s warning, since the evening meeting is an actual event, not an hour-based deadline', () => {
      expect(warningsOf(result, 7)).toEqual([
        'Stage 7\'s "Recommendations made" is pulled forward to Fri 19 Dec 2025, 23:59 by the 13-working-day limit.',
      ]);
    });
  });

  describe('a panel meeting after the 13 working days (raised Tue 2 Dec 2025; panel met Mon 22 Dec, 10:00)', () => {
    const result = table('2025-12-02T10:00', { events: { panelMeeting: '2025-12-22T10:00' } });

    it('counts the recommendations from the actual meeting and reports the limit as already missed', () => {
      expect(check(result, '7.recommendations')).toMatchObject({ due: '2025-12-24T10:00:00.000+00:00', countedFrom: ['panelMeeting'] });
      expect(check(result, '7.recommendations').cappedBy).toBeUndefined();
      expect(warningsOf(result, 7)).toContain(
        'Panel meeting held (Mon 22 Dec 2025, 10:00) came after the 13-working-day limit (Fri 19 Dec 2025, 23:59), so that limit was already missed and Stage 7\'s "Recommendations made" counts from the actual event.',
      );
    });
  });

  describe('stage 1 as a window', () => {
    it('marks the 24-hour point as the aim and the 96-hour point as the deadline', () => {
      const result = table('2026-06-01T09:00');
      expect(result.stages[0]?.checks.map((item) => [item.id, item.kind])).toEqual([
        ['1.target', 'aim'],
        ['1.limit', 'deadline'],
      ]);
      expect(result.stages[0]?.target).toBe('2026-06-02T09:00:00.000+01:00');
      expect(result.stages[0]?.due).toBe('2026-06-05T09:00:00.000+01:00');
    });
  });

  describe('hour-based deadlines at night', () => {
    it('warns when a deadline counted in hours falls outside office hours on a working day', () => {
      // Raised Mon 1 Jun 2026, 20:00: the aim falls on Tue 2 Jun at 20:00.
      const result = table('2026-06-01T20:00');
      expect(warningsOf(result, 1)[0]).toBe(
        'Stage 1\'s "Aim to resolve" falls on Tue 2 Jun 2026, 20:00, outside office hours (09:00 to 17:00, our assumption). Our advice: plan to settle it by Tue 2 Jun 2026, 17:00, the close of that working day. The deadline itself does not move.',
      );
    });

    it('gives no warning for an hour-based deadline in office hours on a working day', () => {
      expect(warningsOf(table('2026-06-01T10:00'), 1)).toEqual([]);
    });

    it('names the bank holiday an hour-based deadline falls on', () => {
      // Raised Thu 24 Dec 2026, 10:00: the aim falls on Christmas Day.
      expect(warningsOf(table('2026-12-24T10:00'), 1)[0]).toMatch(/falls on Fri 25 Dec 2026, 10:00, a bank holiday \(Christmas Day\)\. Our advice: plan to settle it by Thu 24 Dec 2026, 17:00/);
    });
  });
});
