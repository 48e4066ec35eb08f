import { describe, expect, it } from 'vitest';
import { nextDeadline, summariseDeadlines } from '../../../engine/process/selectors.js';
import { sendProcessEvent, startProcess } from '../../../engine/process/run-process.js';
import type { Breach } from '../../../engine/process/process-context.js';
import { hoursAfter, nyMachine } from './process-test-kit.js';

const HOUR = 3_600_000;

/** The clock's time as an ISO instant, for events sent "now". */
function nowOf(clock: { now(): number }): string {
  return new Date(clock.now()).toISOString();
}

describe('stage 1 deadlines', () => {
  const raised = '2025-03-03T09:00:00+00:00'; // a Monday, GMT

  it('records the 96-hour limit as missed once 97 hours pass, then how late the discussion concluded', () => {
    const announced: Breach[] = [];
    const machine = nyMachine('child', raised).provide({ actions: { announceBreach: (_, breach) => void announced.push(breach) } });
    const { actor, clock } = startProcess(machine);
    clock.increment(95 * HOUR);
    // The 24-hour aim has passed, but stage 1 is a 24-to-96-hour window: nothing is missed yet.
    expect(summariseDeadlines(actor.getSnapshot()).missed).toEqual([]);
    expect(summariseDeadlines(actor.getSnapshot()).aimsPassed.map((breach) => breach.checkId)).toEqual(['1.target']);
    clock.increment(2 * HOUR);
    const outstanding = summariseDeadlines(actor.getSnapshot()).missed;
    expect(outstanding.map((breach) => [breach.checkId, breach.due, breach.happenedAt])).toEqual([
      ['1.limit', '2025-03-07T09:00:00.000+00:00', null],
    ]);
    expect(announced.map((breach) => breach.checkId)).toEqual(['1.limit']);
    sendProcessEvent(actor, clock, { type: 'escalate', at: nowOf(clock) });
    const limit = summariseDeadlines(actor.getSnapshot()).missed.find((breach) => breach.checkId === '1.limit');
    expect(limit).toMatchObject({ happenedAt: '2025-03-07T10:00:00.000Z', lateByMs: HOUR, lateByWorkingDays: 0 });
  });

  it('meets both stage 1 deadlines when the discussion concludes within 24 hours', () => {
    const { actor, clock } = startProcess(nyMachine('child', raised));
    clock.increment(24 * HOUR);
    sendProcessEvent(actor, clock, { type: 'escalate', at: nowOf(clock) });
    const summary = summariseDeadlines(actor.getSnapshot());
    expect(summary.missed).toEqual([]);
    expect(summary.met.map((check) => [check.checkId, check.at])).toEqual([
      ['1.target', '2025-03-04T09:00:00.000Z'],
      ['1.limit', '2025-03-04T09:00:00.000Z'],
    ]);
  });

  it('counts an event at exactly the due time as on time', () => {
    const { actor, clock } = startProcess(nyMachine('child', raised));
    sendProcessEvent(actor, clock, { type: 'resolve', at: '2025-03-07T09:00:00+00:00' });
    const summary = summariseDeadlines(actor.getSnapshot());
    expect(summary.met.map((check) => check.checkId)).toEqual(['1.limit']);
    expect(summary.missed).toEqual([]);
    expect(summary.aimsPassed.map((check) => check.checkId)).toEqual(['1.target']);
  });

  it('misses nothing when the discussion ends at 95 hours, past the 24-hour aim but inside the window', () => {
    const { actor, clock } = startProcess(nyMachine('child', raised));
    clock.increment(95 * HOUR);
    sendProcessEvent(actor, clock, { type: 'escalate', at: nowOf(clock) });
    const summary = summariseDeadlines(actor.getSnapshot());
    expect(summary.met.map((check) => check.checkId)).toEqual(['1.limit']);
    expect(summary.missed).toEqual([]);
    expect(summary.aimsPassed).toEqual([
      expect.objectContaining({ checkId: '1.target', kind: 'aim', lateByMs: 71 * HOUR, lateByWorkingDays: 3 }),
    ]);
  });
});

describe('stage 5 referral', () => {
  // Raised on Thursday 3 April 2025; Good Friday (18 April) and Easter
  // Monday (21 April) are bank holidays.
  const raised = '2025-04-03T10:00:00+01:00';
  const toStage4Discussion = [
    { type: 'escalate', at: '2025-04-04T10:00:00+01:00' },
    { type: 'stage.started', at: '2025-04-04T11:00:00+01:00' },
    { type: 'escalate', at: '2025-04-07T10:00:00+01:00' },
    { type: 'stage.started', at: '2025-04-08T09:00:00+01:00' },
    { type: 'escalate', at: '2025-04-14T10:00:00+01:00' },
    { type: 'stage.started', at: '2025-04-15T09:00:00+01:00' },
    { type: 'escalate', at: '2025-04-17T15:00:00+01:00' }, // the stage 4 discussion, Maundy Thursday
  ] as const;

  function atStage5() {
    const running = startProcess(nyMachine('child', raised));
    for (const event of toStage4Discussion) sendProcessEvent(running.actor, running.clock, event);
    return running;
  }

  it('is due at the end of the next working day after the stage 4 discussion, skipping the Easter bank holidays', () => {
    const { actor } = atStage5();
    expect(actor.getSnapshot().context.eventTimes['stage4Discussion']).toBe('2025-04-17T15:00:00+01:00');
    expect(actor.getSnapshot().context.pending.map((check) => [check.checkId, check.due])).toEqual([
      ['5.referral', '2025-04-22T23:59:59.000+01:00'],
    ]);
    expect(summariseDeadlines(actor.getSnapshot()).missed).toEqual([]);
  });

  it('is met on the Tuesday after Easter, five calendar days later', () => {
    const { actor, clock } = atStage5();
    sendProcessEvent(actor, clock, { type: 'stage.started', at: '2025-04-22T16:00:00+01:00' });
    expect(summariseDeadlines(actor.getSnapshot()).met.at(-1)).toMatchObject({ checkId: '5.referral', at: '2025-04-22T16:00:00+01:00' });
    expect(actor.getSnapshot().context.eventTimes['stage5Referral']).toBe('2025-04-22T16:00:00+01:00');
  });

  it('is missed when made two working days after the discussion, and is one working day late', () => {
    const { actor, clock } = atStage5();
    clock.increment(24 * 5 * HOUR); // to Tuesday 22 April, 15:00: still on time
    expect(summariseDeadlines(actor.getSnapshot()).missed).toEqual([]);
    sendProcessEvent(actor, clock, { type: 'stage.started', at: '2025-04-23T10:00:00+01:00' });
    expect(summariseDeadlines(actor.getSnapshot()).missed).toEqual([
      {
        checkId: '5.referral',
        stage: 5,
        kind: 'deadline',
        label: 'Referral made',
        due: '2025-04-22T23:59:59.000+01:00',
        measuredAt: 'start',
        happenedAt: '2025-04-23T10:00:00+01:00',
        lateByMs: 10 * HOUR + 1000,
        lateByWorkingDays: 1,
      },
    ]);
  });

  it('times the panel from the actual referral and from raised, whichever is sooner', () => {
    const { actor, clock } = atStage5();
    sendProcessEvent(actor, clock, { type: 'stage.started', at: '2025-04-22T16:00:00+01:00' });
    sendProcessEvent(actor, clock, { type: 'escalate', at: '2025-04-22T17:00:00+01:00' });
    // 3 working days after 22 April is 25 April; 13 working days after raised is 24 April.
    expect(nextDeadline(actor.getSnapshot(), '2025-04-22T17:00:00+01:00')).toMatchObject({
      checkId: '6.convened',
      due: '2025-04-24T23:59:59.000+01:00',
      remainingMs: 2 * 24 * HOUR + 6 * HOUR + 59 * 60_000 + 59_000,
    });
  });
});

describe('panel deadlines', () => {
  const raised = '2025-04-03T10:00:00+01:00';
  const toStage7 = [
    { type: 'escalate', at: '2025-04-04T10:00:00+01:00' },
    { type: 'stage.started', at: '2025-04-04T11:00:00+01:00' },
    { type: 'escalate', at: '2025-04-07T10:00:00+01:00' },
    { type: 'stage.started', at: '2025-04-08T09:00:00+01:00' },
    { type: 'escalate', at: '2025-04-14T10:00:00+01:00' },
    { type: 'stage.started', at: '2025-04-15T09:00:00+01:00' },
    { type: 'escalate', at: '2025-04-17T15:00:00+01:00' },
    { type: 'stage.started', at: '2025-04-22T16:00:00+01:00' }, // referral
    { type: 'escalate', at: '2025-04-23T09:00:00+01:00' },
    { type: 'stage.started', at: '2025-04-24T09:00:00+01:00' }, // panel convened
    { type: 'escalate', at: '2025-04-24T12:00:00+01:00' },
  ] as const;

  function atStage7() {
    const running = startProcess(nyMachine('child', raised));
    for (const event of toStage7) sendProcessEvent(running.actor, running.clock, event);
    return running;
  }

  it('caps the recommendations at the end of day 13 when the panel meets on day 13', () => {
    // 48 hours after the meeting would be Sat 26 April, outside the 13 working days.
    const { actor, clock } = atStage7();
    sendProcessEvent(actor, clock, { type: 'panel.met', at: '2025-04-24T14:00:00+01:00' });
    expect(actor.getSnapshot().context.pending).toEqual([
      expect.objectContaining({ checkId: '7.recommendations', due: '2025-04-24T23:59:59.000+01:00' }),
    ]);
    sendProcessEvent(actor, clock, { type: 'recommendations.made', at: '2025-04-26T13:00:00+01:00' });
    expect(summariseDeadlines(actor.getSnapshot()).missed).toEqual([
      expect.objectContaining({ checkId: '7.recommendations', happenedAt: '2025-04-26T13:00:00+01:00' }),
    ]);
  });

  it('meets every deadline when the panel meets on day 13 and recommends the same day', () => {
    const { actor, clock } = atStage7();
    sendProcessEvent(actor, clock, { type: 'panel.met', at: '2025-04-24T14:00:00+01:00' });
    sendProcessEvent(actor, clock, { type: 'recommendations.made', at: '2025-04-24T17:00:00+01:00' });
    const summary = summariseDeadlines(actor.getSnapshot());
    expect(summary.missed).toEqual([]);
    expect(summary.pending).toEqual([]);
    // In order of due time: the line-manager discussion fell due before the 96-hour limit.
    expect(summary.met.map((check) => check.checkId)).toEqual([
      '1.target', '2.discussion', '1.limit', '3.resolution', '4.resolution', '5.referral', '6.convened', '7.meeting', '7.recommendations',
    ]);
  });

  it('records a panel meeting later than 13 working days as late, and times the recommendations from the actual meeting', () => {
    const { actor, clock } = atStage7();
    clock.increment(3 * 24 * HOUR); // Sunday 27 April: the assumed recommendations deadline has passed too
    expect(summariseDeadlines(actor.getSnapshot()).missed.map((breach) => breach.checkId)).toEqual(['7.meeting', '7.recommendations']);
    sendProcessEvent(actor, clock, { type: 'panel.met', at: '2025-04-28T10:00:00+01:00' });
    const afterMeeting = summariseDeadlines(actor.getSnapshot());
    expect(afterMeeting.missed).toEqual([
      expect.objectContaining({
        checkId: '7.meeting',
        due: '2025-04-24T23:59:59.000+01:00',
        happenedAt: '2025-04-28T10:00:00+01:00',
        lateByWorkingDays: 2,
      }),
    ]);
    // Missed only against the assumed meeting time, so pending again from the real one.
    expect(afterMeeting.pending).toEqual([expect.objectContaining({ checkId: '7.recommendations', due: '2025-04-30T10:00:00.000+01:00' })]);
    sendProcessEvent(actor, clock, { type: 'recommendations.made', at: '2025-04-29T16:00:00+01:00' });
    expect(summariseDeadlines(actor.getSnapshot()).met.at(-1)).toMatchObject({ checkId: '7.recommendations' });
  });

  it('leaves a deadline whose moment never comes off the pending list once the matter is resolved', () => {
    const { actor, clock } = atStage7();
    sendProcessEvent(actor, clock, { type: 'resolve', at: '2025-04-24T13:00:00+01:00' });
    expect(summariseDeadlines(actor.getSnapshot()).pending).toEqual([]);
    expect(nextDeadline(actor.getSnapshot(), '2025-04-24T13:00:00+01:00')).toBeNull();
  });
});

describe('safetyBy', () => {
  it('brings the stage 3 deadline forward when the safety deadline is sooner', () => {
    const raised = '2025-03-03T09:00:00+00:00';
    const machine = nyMachine('child', raised, { safetyBy: '2025-03-06T17:00:00+00:00' });
    const { actor, clock } = startProcess(machine);
    sendProcessEvent(actor, clock, { type: 'escalate', at: hoursAfter(raised, 2) });
    sendProcessEvent(actor, clock, { type: 'stage.started', at: hoursAfter(raised, 3) });
    sendProcessEvent(actor, clock, { type: 'escalate', at: hoursAfter(raised, 4) });
    expect(actor.getSnapshot().context.pending.map((check) => [check.checkId, Date.parse(check.due)])).toEqual([
      ['3.resolution', Date.parse('2025-03-06T17:00:00+00:00')],
    ]);
  });
});
