import { describe, expect, it } from 'vitest';
import { currentStage, nextDeadline, summariseDeadlines } from '../../../engine/process/selectors.js';
import { replayProcess } from '../../../engine/process/run-process.js';
import { events, hoursAfter, nyMachine } from './process-test-kit.js';

const raised = '2025-03-03T09:00:00+00:00';

describe('nextDeadline', () => {
  it('gives the soonest deadline still ahead of now, with the time left', () => {
    const snapshot = replayProcess(nyMachine('child', raised), []).actor.getSnapshot();
    expect(nextDeadline(snapshot, hoursAfter(raised, 1))).toMatchObject({ checkId: '1.target', remainingMs: 23 * 3_600_000 });
  });

  it('is null when nothing is pending', () => {
    const snapshot = replayProcess(nyMachine('child', raised), events(['resolve', hoursAfter(raised, 1)])).actor.getSnapshot();
    expect(nextDeadline(snapshot, hoursAfter(raised, 1))).toBeNull();
  });
});

describe('currentStage', () => {
  it('reads a snapshot restored from JSON as well as a live one', () => {
    const live = replayProcess(nyMachine('adult', raised), events(['escalate', hoursAfter(raised, 1)])).actor.getSnapshot();
    const restored = { context: JSON.parse(JSON.stringify(live.context)) };
    expect(currentStage(restored)).toEqual(currentStage(live));
    expect(currentStage(restored)).toEqual({ stage: 2, phase: 'awaiting', capacityStep: null });
  });

  it('says done once learning is reported', () => {
    const snapshot = replayProcess(
      nyMachine('child', raised),
      events(['resolve', hoursAfter(raised, 1)], ['learning.reported', hoursAfter(raised, 2)]),
    ).actor.getSnapshot();
    expect(currentStage(snapshot).phase).toBe('done');
  });
});

describe('summariseDeadlines', () => {
  it('lists pending deadlines soonest first', () => {
    const snapshot = replayProcess(nyMachine('child', raised), []).actor.getSnapshot();
    expect(summariseDeadlines(snapshot)).toEqual({
      met: [],
      missed: [],
      aimsPassed: [],
      pending: [
        expect.objectContaining({ checkId: '1.target', kind: 'aim', due: '2025-03-04T09:00:00.000+00:00' }),
        expect.objectContaining({ checkId: '1.limit', due: '2025-03-07T09:00:00.000+00:00' }),
      ],
    });
  });
});
