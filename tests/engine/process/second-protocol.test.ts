import { describe, expect, it } from 'vitest';
import { createTestModel } from 'xstate/graph';
import { createProcessMachine } from '../../../engine/process/process.machine.js';
import { currentStage, summariseDeadlines } from '../../../engine/process/selectors.js';
import { processInputEventTypes, type ProcessInputEvent } from '../../../engine/process/process-events.js';
import { replayProcess } from '../../../engine/process/run-process.js';
import { events, fourStageProtocol, hoursAfter } from './process-test-kit.js';

// Monday 6 January 2025; the fixture's days end at 17:30.
const raised = '2025-01-06T09:00:00+00:00';

describe('createProcessMachine with a four-stage protocol', () => {
  const protocol = fourStageProtocol();
  const machine = createProcessMachine({ protocol, audience: 'child', raised });

  it('has four stages, no capacity path and no learning subgroup', () => {
    const snapshot = replayProcess(machine, []).actor.getSnapshot();
    expect(snapshot.context.stageCount).toBe(4);
    expect(snapshot.context.learning.subgroup).toBeNull();
    expect(snapshot.can({ type: 'capacity.disputed', at: hoursAfter(raised, 1) })).toBe(false);
    expect(snapshot.context.pending.map((check) => check.checkId)).toEqual(['1.conversation']);
  });

  it('climbs to stage 4 and refuses to go further', () => {
    const log = events(
      ['escalate', hoursAfter(raised, 1)],
      ['stage.started', hoursAfter(raised, 2)],
      ['escalate', hoursAfter(raised, 3)],
      ['stage.started', hoursAfter(raised, 4)],
      ['escalate', hoursAfter(raised, 5)],
      ['stage.started', hoursAfter(raised, 6)],
    );
    const snapshot = replayProcess(machine, log).actor.getSnapshot();
    expect(currentStage(snapshot)).toEqual({ stage: 4, phase: 'underway', capacityStep: null });
    expect(snapshot.can({ type: 'escalate', at: hoursAfter(raised, 7) })).toBe(false);
    // Its own events come from its own data: managersMet ends stage 2, leadsReviewed ends stage 3.
    expect(snapshot.context.eventTimes).toEqual({ managersMet: hoursAfter(raised, 3), leadsReviewed: hoursAfter(raised, 5) });
    expect(summariseDeadlines(snapshot).met.map((check) => check.checkId).sort()).toEqual([
      '1.conversation',
      '2.meeting',
      '3.review',
      '4.referral',
    ]);
  });

  it('times its own rules: the referral is late after the review day ends at 17:30', () => {
    const log = events(
      ['escalate', hoursAfter(raised, 1)],
      ['stage.started', hoursAfter(raised, 2)],
      ['escalate', hoursAfter(raised, 3)],
      ['stage.started', hoursAfter(raised, 4)],
      ['escalate', '2025-01-06T16:00:00+00:00'],
      ['stage.started', '2025-01-06T18:00:00+00:00'],
    );
    const missed = summariseDeadlines(replayProcess(machine, log).actor.getSnapshot()).missed;
    expect(missed).toEqual([
      expect.objectContaining({ checkId: '4.referral', happenedAt: '2025-01-06T18:00:00+00:00', lateByMs: 30 * 60_000, lateByWorkingDays: 0 }),
    ]);
  });

  // Stage 1 under way, stages 2 to 4 awaiting and under way (6), resolved.learning, done: 9 states.
  it('has every state reachable, 9 in all', () => {
    const model = createTestModel(machine, {
      events: (snapshot) =>
        processInputEventTypes.map((type) => ({ type, at: hoursAfter(snapshot.context.lastEventAt, 1) }) as ProcessInputEvent),
      filterEvents: (_, event) => event.type !== 'deadline.passed',
      serializeState: (snapshot) => JSON.stringify(snapshot.value),
    });
    expect(model.getShortestPaths({ allowDuplicatePaths: true })).toHaveLength(9);
  });
});
