/**
 * A second partnership's protocol (a fictional four-stage one) loads and
 * computes with no code change: the proof that the rules are data.
 */
import { describe, expect, it } from 'vitest';
import fourStage from '../../fixtures/protocol/four-stage.protocol.json';
import { ProtocolError, computeDeadlines, resolveProtocol } from '../../../engine/index.js';
import { loadProtocol } from '../../../engine/protocol/load-protocol.js';

const protocol = loadProtocol(fourStage, 'four-stage.protocol.json');

describe('loadProtocol', () => {
  it('loads a four-stage protocol from another partnership', () => {
    expect(protocol.name).toBe('Example Partnership Escalation Protocol');
    expect(protocol.stages).toHaveLength(4);
    expect(resolveProtocol(fourStage, 'four-stage.protocol.json').id).toBe('example-partnership');
  });
});

describe('computeDeadlines', () => {
  it('computes its deadlines, with days ending at 17:30 as the file says', () => {
    // Raised Fri 18 Dec 2026 16:30.
    // Stage 1, 2 WD: Mon 21 (1), Tue 22 (2) → Tue 22 Dec 17:30.
    // Stage 2, 5 WD: Wed 23 (3), Thu 24 (4), [25–28 Dec], Tue 29 (5) → Tue 29 Dec 17:30.
    // Stage 3, 72 h after the assumed meeting → Fri 1 Jan 2027 17:30.
    // Stage 4, end of the working day of the assumed review: New Year's Day is
    // not one, nor the weekend, so Mon 4 Jan 17:30.
    const table = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30' });
    expect(table.protocol).toEqual({ id: 'example-partnership', name: 'Example Partnership Escalation Protocol' });
    expect(table.stages.map((stage) => stage.due)).toEqual([
      '2026-12-22T17:30:00.000+00:00',
      '2026-12-29T17:30:00.000+00:00',
      '2027-01-01T17:30:00.000+00:00',
      '2027-01-04T17:30:00.000+00:00',
    ]);
    expect(table.events.filter((event) => event.assumed).map((event) => event.event)).toEqual(['managersMet', 'leadsReviewed']);
  });

  it('uses "one working week or a timescale that protects the child, whichever is less"', () => {
    // Safety time Wed 23 Dec 09:00 is sooner than 5 WD (Tue 29 Dec), so the
    // managers meet by then; the review 72 h later is Sat 26 Dec 09:00, and the
    // referral moves to the next working day: [Sun 27, Mon 28] Tue 29 Dec 17:30.
    const table = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30', safetyBy: '2026-12-23T09:00' });
    expect(table.stages.map((stage) => stage.due)).toEqual([
      '2026-12-22T17:30:00.000+00:00',
      '2026-12-23T09:00:00.000+00:00',
      '2026-12-26T09:00:00.000+00:00',
      '2026-12-29T17:30:00.000+00:00',
    ]);
  });

  it("fills the route's placeholders", () => {
    const table = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30' });
    expect(table.stages[3]?.action).toBe(
      'The safeguarding lead refers the matter to the Independent Chair of the Example Safeguarding Partnership, whose decision is final.',
    );
  });

  it('accepts its own event names and refuses North Yorkshire ones', () => {
    const table = computeDeadlines({
      protocol,
      audience: 'child',
      raised: '2026-12-18T16:30',
      events: { managersMet: '2026-12-21T10:00' },
    });
    expect(table.stages[2]?.due).toBe('2026-12-24T10:00:00.000+00:00');
    expect(() =>
      computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30', events: { stage5Referral: '2026-12-21T10:00' } }),
    ).toThrow(ProtocolError);
  });

  it('has only the routes it declares', () => {
    expect(() => computeDeadlines({ protocol, audience: 'adult', raised: '2026-12-18T16:30' })).toThrow(
      expect.objectContaining({ hint: 'Use one of: child.' }),
    );
  });
});
