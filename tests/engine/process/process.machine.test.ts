import { describe, expect, it } from 'vitest';
import { createProcessMachine } from '../../../engine/process/process.machine.js';
import { currentStage } from '../../../engine/process/selectors.js';
import { ProcessError } from '../../../engine/process/process-error.js';
import { replayProcess, sendProcessEvent, startProcess } from '../../../engine/process/run-process.js';
import type { RiskOverride } from '../../../engine/process/process-context.js';
import { events, fullLadder, hoursAfter, northYorkshire, nyMachine, run } from './process-test-kit.js';

const raised = '2025-03-03T09:00:00+00:00';

/** The first `count` steps of the full ladder, an hour apart. */
function ladder(count: number) {
  return fullLadder.slice(0, count).map((type, index) => ({ type, at: hoursAfter(raised, index + 1) }));
}

describe('createProcessMachine', () => {
  it('starts with stage 1 under way at the raised time', () => {
    const snapshot = run(nyMachine('child', raised), []);
    expect(snapshot.matches({ active: { stages: { stage1: 'underway' } } })).toBe(true);
    expect(snapshot.context.stages[0]).toMatchObject({ stage: 1, reachedAt: raised, startedAt: raised });
    expect(snapshot.context.stageCount).toBe(7);
  });

  it('reads the number of stages and the route names from the protocol', () => {
    const child = run(nyMachine('child', raised), []).context;
    const adult = run(nyMachine('adult', raised), []).context;
    expect(child.stages.map((record) => record.stage)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(child.learning.subgroup).toBe(northYorkshire.routes['child']?.['learningSubgroup']);
    expect(child.learning.subgroup).toBe('NYSCP Practice and Learning Subgroup');
    expect(adult.learning.subgroup).toBe('NYSAB Learning and Review Subgroup');
  });

  it('refuses an audience the protocol has no route for', () => {
    expect(() => createProcessMachine({ protocol: northYorkshire, audience: 'pupil', raised })).toThrow(ProcessError);
  });

  it('refuses a raised time without an offset, with a hint', () => {
    try {
      createProcessMachine({ protocol: northYorkshire, audience: 'child', raised: '2025-03-03T09:00' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProcessError);
      expect((error as ProcessError).hint).toMatch(/offset|like/);
    }
  });
});

describe('escalate', () => {
  it('moves to the next stage only, which waits until it begins', () => {
    const snapshot = run(nyMachine('child', raised), ladder(1));
    expect(currentStage(snapshot)).toEqual({ stage: 2, phase: 'awaiting', capacityStep: null });
    expect(snapshot.context.stages[0]).toMatchObject({ endedAt: hoursAfter(raised, 1), outcome: 'escalated' });
  });

  it('cannot skip a stage: escalating again before the stage begins is refused', () => {
    const { actor } = replayProcess(nyMachine('child', raised), ladder(1));
    expect(actor.getSnapshot().can({ type: 'escalate', at: hoursAfter(raised, 2) })).toBe(false);
    actor.send({ type: 'escalate', at: hoursAfter(raised, 2) });
    expect(currentStage(actor.getSnapshot()).stage).toBe(2);
  });

  it('reaches stage 5 only after stages 1 to 4 each ended unresolved', () => {
    const snapshot = run(nyMachine('child', raised), ladder(7));
    expect(currentStage(snapshot)).toEqual({ stage: 5, phase: 'awaiting', capacityStep: null });
    expect(snapshot.context.stages.slice(0, 4).map((record) => record.outcome)).toEqual(['escalated', 'escalated', 'escalated', 'escalated']);
  });

  it('is refused at the last stage by its guard', () => {
    const { actor } = replayProcess(nyMachine('child', raised), ladder(12));
    expect(currentStage(actor.getSnapshot())).toEqual({ stage: 7, phase: 'underway', capacityStep: null });
    expect(actor.getSnapshot().can({ type: 'escalate', at: hoursAfter(raised, 13) })).toBe(false);
  });

  it('is refused when its time is earlier than the last event', () => {
    const { actor } = replayProcess(nyMachine('child', raised), ladder(2));
    expect(actor.getSnapshot().can({ type: 'escalate', at: hoursAfter(raised, 1) })).toBe(false);
  });
});

describe('panel.met', () => {
  it('begins the meeting stage; recommendations.made then settles the matter', () => {
    const before = run(nyMachine('child', raised), ladder(11));
    expect(currentStage(before)).toEqual({ stage: 7, phase: 'awaiting', capacityStep: null });
    expect(before.can({ type: 'recommendations.made', at: hoursAfter(raised, 12) })).toBe(false);
    expect(before.can({ type: 'stage.started', at: hoursAfter(raised, 12) })).toBe(false);
    const after = run(nyMachine('child', raised), ladder(13));
    expect(after.matches({ resolved: 'learning' })).toBe(true);
    expect(after.context.eventTimes['panelMeeting']).toBe(hoursAfter(raised, 12));
    expect(after.context.resolution).toEqual({ at: hoursAfter(raised, 13), stage: 7, outcome: 'panel-recommendations', note: null });
  });
});

describe('resolve', () => {
  it('settles the matter at any stage, then learning is reported to the route subgroup and the process is done', () => {
    for (let steps = 0; steps <= 12; steps += 1) {
      const log = [...ladder(steps), { type: 'resolve' as const, at: hoursAfter(raised, 20) }];
      const snapshot = run(nyMachine('adult', raised), log);
      expect(snapshot.matches({ resolved: 'learning' })).toBe(true);
      expect(snapshot.context.pending).toEqual([]);
      const done = run(nyMachine('adult', raised), [...log, { type: 'learning.reported', at: hoursAfter(raised, 21) }]);
      expect(done.status).toBe('done');
      expect(done.context.learning).toEqual({ subgroup: 'NYSAB Learning and Review Subgroup', reportedAt: hoursAfter(raised, 21) });
    }
  });

  it('tells the shell to report to the learning subgroup through a replaceable action', () => {
    const reports: unknown[] = [];
    const machine = nyMachine('child', raised).provide({
      actions: { notifyLearningSubgroup: (_, params) => void reports.push(params) },
    });
    run(machine, events(['resolve', hoursAfter(raised, 2)], ['learning.reported', hoursAfter(raised, 3)]));
    expect(reports).toEqual([{ subgroup: 'NYSCP Practice and Learning Subgroup', at: hoursAfter(raised, 3) }]);
  });
});

describe('risk.identified', () => {
  it('tells the designated safeguarding lead and starts safeguarding procedures at once, from any stage', () => {
    for (const steps of [0, 3, 7, 11]) {
      const told: RiskOverride[] = [];
      const procedures: RiskOverride[] = [];
      const machine = nyMachine('child', raised).provide({
        actions: {
          notifyDesignatedSafeguardingLead: (_, params) => void told.push(params),
          followSafeguardingProcedures: (_, params) => void procedures.push(params),
        },
      });
      const before = run(machine, ladder(steps));
      const riskAt = hoursAfter(raised, 14);
      const after = run(machine, [...ladder(steps), { type: 'risk.identified', at: riskAt, note: 'bruising seen' }]);
      const expected = { at: riskAt, stage: before.context.stage, path: 'stages', note: 'bruising seen' };
      expect(after.context.riskOverrides).toEqual([expected]);
      expect(told.at(-1)).toEqual(expected);
      expect(procedures.at(-1)).toEqual(expected);
      // The disagreement carries on where it was, deadlines unchanged: timescales are maximums.
      expect(after.value).toEqual(before.value);
      expect(after.context.pending).toEqual(before.context.pending);
    }
  });

  it('is recorded on the capacity path too', () => {
    const snapshot = run(nyMachine('adult', raised), events(['capacity.disputed', hoursAfter(raised, 1)], ['risk.identified', hoursAfter(raised, 2)]));
    expect(snapshot.context.riskOverrides).toEqual([{ at: hoursAfter(raised, 2), stage: 1, path: 'capacity', note: null }]);
  });

  it('is not accepted once the matter is resolved', () => {
    const snapshot = run(nyMachine('child', raised), events(['resolve', hoursAfter(raised, 1)]));
    expect(snapshot.can({ type: 'risk.identified', at: hoursAfter(raised, 2) })).toBe(false);
  });
});

describe('capacity.disputed', () => {
  it('is not offered on the child route', () => {
    const { actor, clock } = startProcess(nyMachine('child', raised));
    const event = { type: 'capacity.disputed', at: hoursAfter(raised, 1) } as const;
    expect(actor.getSnapshot().can(event)).toBe(false);
    sendProcessEvent(actor, clock, event);
    expect(actor.getSnapshot().context.capacity).toBeNull();
  });

  it('takes an adult through the protocol capacity steps in order, then settles the matter', () => {
    const snapshot = run(
      nyMachine('adult', raised),
      events(
        ['escalate', hoursAfter(raised, 1)],
        ['stage.started', hoursAfter(raised, 2)],
        ['capacity.disputed', hoursAfter(raised, 3)],
        ['capacity.escalate', hoursAfter(raised, 4)],
        ['capacity.escalate', hoursAfter(raised, 5)],
        ['capacity.escalate', hoursAfter(raised, 6)],
      ),
    );
    expect(snapshot.matches({ active: { capacity: 'court-of-protection' } })).toBe(true);
    expect(snapshot.context.capacity?.steps.map((step) => step.id)).toEqual(northYorkshire.capacity?.steps.map((step) => step.id));
    expect(snapshot.context.capacity?.fromStage).toBe(2);
    expect(snapshot.context.stages[1]).toMatchObject({ endedAt: hoursAfter(raised, 3), outcome: 'capacity' });
    expect(snapshot.can({ type: 'capacity.escalate', at: hoursAfter(raised, 7) })).toBe(false);
    const settled = run(nyMachine('adult', raised), [
      ...events(['capacity.disputed', hoursAfter(raised, 1)]),
      { type: 'capacity.agreed', at: hoursAfter(raised, 2), note: 'joint assessment agreed' },
    ]);
    expect(settled.context.resolution).toEqual({ at: hoursAfter(raised, 2), stage: 1, outcome: 'capacity-agreed', note: 'joint assessment agreed' });
    expect(settled.matches({ resolved: 'learning' })).toBe(true);
  });

  it('starts by helping the person make the decision themselves', () => {
    const snapshot = run(nyMachine('adult', raised), events(['capacity.disputed', hoursAfter(raised, 1)]));
    expect(currentStage(snapshot)).toEqual({ stage: 1, phase: 'capacity', capacityStep: 'support-decision' });
  });
});
