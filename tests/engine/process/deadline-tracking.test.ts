import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breachCheck,
  chainSteps,
  closeStageChecks,
  measureStageMoment,
  openStageChecks,
  refreshStageChecks,
  type CheckSpec,
  type TrackingDeps,
} from '../../../engine/process/deadline-tracking.js';
import type { ProcessContext } from '../../../engine/process/process-context.js';

const raised = '2025-03-03T09:00:00+00:00';

function blankContext(): ProcessContext {
  return {
    protocolId: 'test',
    audience: 'child',
    raised,
    safetyBy: null,
    stageCount: 2,
    stage: 1,
    stages: [],
    eventTimes: {},
    pending: [],
    met: [],
    breaches: [],
    riskOverrides: [],
    capacity: null,
    resolution: null,
    learning: { subgroup: null, reportedAt: null },
    lastEventAt: raised,
  };
}

/** Deps with fixed checks; stage 2's `follow` falls due a day after `stage1Done` when that is known. */
function fakeDeps(): TrackingDeps {
  return {
    checksFor: (context, stage): CheckSpec[] => {
      if (stage === 1) {
        return [
          { checkId: '1.begin', stage: 1, label: 'Begin', due: '2025-03-03T12:00:00+00:00', measuredAt: 'start', kind: 'deadline' },
          { checkId: '1.finish', stage: 1, label: 'Finish', due: '2025-03-05T09:00:00+00:00', measuredAt: 'end', kind: 'deadline' },
        ];
      }
      const from = context.eventTimes['stage1Done'] ?? '2025-03-05T09:00:00+00:00';
      const due = new Date(Date.parse(from) + 86_400_000).toISOString();
      return [{ checkId: '2.follow', stage: 2, label: 'Follow up', due, measuredAt: 'end', kind: 'deadline' }];
    },
    eventMoments: [{ event: 'stage1Done', stage: 1, measuredAt: 'end' }],
    workingDaysLate: () => 7,
  };
}

describe('openStageChecks', () => {
  it('arms checks still ahead and breaches at once those already past', () => {
    const step = openStageChecks(blankContext(), 1, '2025-03-03T13:00:00+00:00', fakeDeps());
    expect(step.arm.map((check) => check.checkId)).toEqual(['1.finish']);
    expect(step.newBreaches).toEqual([expect.objectContaining({ checkId: '1.begin', happenedAt: null, lateByMs: null })]);
    expect(step.context.pending.map((check) => check.checkId)).toEqual(['1.finish']);
  });
});

describe('measureStageMoment', () => {
  it('meets only the checks of the moment measured, and records the events that moment defines', () => {
    const deps = fakeDeps();
    const opened = openStageChecks(blankContext(), 1, raised, deps).context;
    const step = measureStageMoment(opened, 1, 'end', '2025-03-04T09:00:00+00:00', deps);
    expect(step.context.met.map((check) => check.checkId)).toEqual(['1.finish']);
    expect(step.context.pending.map((check) => check.checkId)).toEqual(['1.begin']);
    expect(step.disarm).toEqual(['1.finish']);
    expect(step.context.eventTimes).toEqual({ stage1Done: '2025-03-04T09:00:00+00:00' });
  });

  it('gives an outstanding breach its lateness when the moment finally comes', () => {
    const deps = fakeDeps();
    const opened = openStageChecks(blankContext(), 1, raised, deps).context;
    const breached = breachCheck(opened, '1.finish', '2025-03-05T09:00:00+00:00')!.context;
    const step = measureStageMoment(breached, 1, 'end', '2025-03-05T10:00:00+00:00', deps);
    expect(step.context.breaches).toEqual([
      expect.objectContaining({ checkId: '1.finish', happenedAt: '2025-03-05T10:00:00+00:00', lateByMs: 3_600_000, lateByWorkingDays: 7 }),
    ]);
  });

  it('meets a check or misses it, never both, whenever the moment comes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 86_400_000 }), (offset) => {
        const deps = fakeDeps();
        const opened = openStageChecks(blankContext(), 1, raised, deps).context;
        const at = new Date(Date.parse(raised) + offset).toISOString();
        const { context } = measureStageMoment(opened, 1, 'end', at, deps);
        const met = context.met.some((check) => check.checkId === '1.finish');
        const missed = context.breaches.some((check) => check.checkId === '1.finish');
        expect(met !== missed).toBe(true);
        expect(met).toBe(Date.parse(at) <= Date.parse('2025-03-05T09:00:00+00:00'));
      }),
    );
  });
});

describe('refreshStageChecks', () => {
  it('reopens a breach that was missed only against an assumed time', () => {
    const deps = fakeDeps();
    const opened = openStageChecks(blankContext(), 2, raised, deps).context;
    const assumedDue = opened.pending[0]!.due;
    const breached = breachCheck(opened, '2.follow', assumedDue)!.context;
    const known = { ...breached, eventTimes: { stage1Done: '2025-03-07T09:00:00+00:00' } };
    const step = refreshStageChecks(known, 2, '2025-03-07T09:00:00+00:00', deps);
    expect(step.context.breaches).toEqual([]);
    expect(step.arm).toEqual([expect.objectContaining({ checkId: '2.follow', due: '2025-03-08T09:00:00.000Z' })]);
  });
});

describe('closeStageChecks', () => {
  it('drops the pending checks of the stage and clears their timers, keeping breaches', () => {
    const deps = fakeDeps();
    const opened = openStageChecks(blankContext(), 1, '2025-03-03T13:00:00+00:00', deps).context;
    const step = closeStageChecks(opened, 1);
    expect(step.context.pending).toEqual([]);
    expect(step.disarm).toEqual(['1.finish']);
    expect(step.context.breaches.map((breach) => breach.checkId)).toEqual(['1.begin']);
  });
});

describe('breachCheck', () => {
  it('ignores a stale timer whose due time no longer matches', () => {
    const opened = openStageChecks(blankContext(), 1, raised, fakeDeps()).context;
    expect(breachCheck(opened, '1.finish', '2025-03-04T09:00:00+00:00')).toBeNull();
    expect(breachCheck(opened, '9.unknown', '2025-03-05T09:00:00+00:00')).toBeNull();
  });
});

describe('chainSteps', () => {
  it('does not arm a timer that a later step cleared', () => {
    const deps = fakeDeps();
    const step = chainSteps(blankContext(), [
      (context) => openStageChecks(context, 1, raised, deps),
      (context) => closeStageChecks(context, 1),
    ]);
    expect(step.arm).toEqual([]);
    expect(step.disarm.sort()).toEqual(['1.begin', '1.finish']);
  });
});
