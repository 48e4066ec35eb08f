import { describe, expect, it } from 'vitest';
import { computeDeadlines, nextDeadline, resolveProtocol } from '../../../engine/index.js';

const protocol = resolveProtocol('north-yorkshire');
const christmas = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30' });

describe('nextDeadline', () => {
  it('opens with the stage due next and when, in words: "Your next deadline: stage 1, by Tuesday 22 December 2026, 4.30pm"', () => {
    const next = nextDeadline(christmas, protocol, { now: new Date('2026-12-18T17:00:00Z') });
    expect(next.sentence).toBe('Your next deadline: stage 1, by Tuesday 22 December 2026, 4.30pm');
    expect(next.stage?.stage).toBe(1);
    expect(next.passed).toEqual([]);
    expect(next.details).toEqual(['Aim to resolve sooner, by Saturday 19 December 2026, 4.30pm: an aim inside the window, not a deadline.']);
  });

  it('says "by the end of" a day for a working-day deadline, and that it counts from an assumed time', () => {
    const next = nextDeadline(christmas, protocol, { now: new Date('2026-12-22T17:00:00Z') });
    expect(next.sentence).toBe('Your next deadline: stage 2, by the end of Tuesday 22 December 2026');
    expect(next.details).toContain(
      'This counts from a time you did not give, assumed at its latest permitted moment (stage 1 discussion concluded): enter the real time for an exact deadline.',
    );
    expect(next.details).toContain('The deadline for stage 1 has already passed, unless that step is done: if so, enter when it happened.');
  });

  it('skips the stages an event you gave has closed', () => {
    const table = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30', events: { stage4Discussion: '2026-12-21T15:00' } });
    const next = nextDeadline(table, protocol, { now: new Date('2026-12-21T16:00:00Z') });
    expect(next.stage?.stage).toBe(5);
    expect(next.passed).toEqual([]);
    expect(next.sentence).toBe('Your next deadline: stage 5, by the end of Tuesday 22 December 2026');
  });

  it('keeps stage 7 open after the panel meeting: the recommendations are still to come', () => {
    const table = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30', events: { panelMeeting: '2027-01-05T10:00' } });
    const next = nextDeadline(table, protocol, { now: new Date('2027-01-05T12:00:00Z') });
    expect(next.stage?.stage).toBe(7);
    expect(next.sentence).toBe('Your next deadline: stage 7, by Thursday 7 January 2027, 10am');
  });

  it('says so when every deadline has passed', () => {
    const next = nextDeadline(christmas, protocol, { now: new Date('2027-02-01T09:00:00Z') });
    expect(next.stage).toBeUndefined();
    expect(next.sentence).toBe('Every deadline here has passed: the last, stage 7, was due by the end of Monday 11 January 2027');
    expect(next.passed).toHaveLength(7);
  });
});
