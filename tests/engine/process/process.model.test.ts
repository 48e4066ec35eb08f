import { describe, expect, it } from 'vitest';
import { createTestModel } from 'xstate/graph';
import { currentStage } from '../../../engine/process/selectors.js';
import { processInputEventTypes, type ProcessInputEvent } from '../../../engine/process/process-events.js';
import { sendProcessEvent, startProcess, type RunningProcess } from '../../../engine/process/run-process.js';
import type { ProcessMachine } from '../../../engine/process/process.machine.js';
import { hoursAfter, nyMachine } from './process-test-kit.js';

const raised = '2025-03-03T09:00:00+00:00';

/**
 * The test model of a route: every event type, one hour after the latest
 * event so far (so no deadline falls due along any path), with states told
 * apart by their value only; times differ from path to path, so context
 * would make every path its own state.
 */
function modelOf(machine: ProcessMachine) {
  return createTestModel(machine, {
    events: (snapshot) =>
      processInputEventTypes.map((type) => ({ type, at: hoursAfter(snapshot.context.lastEventAt, 1) }) as ProcessInputEvent),
    // The machine's own timers are not events a tester sends.
    filterEvents: (_, event) => event.type !== 'deadline.passed',
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  });
}

/**
 * Runs a path on a live actor and simulated clock and checks it is in the
 * model's state at every step. Only the state value and what follows from it
 * are compared: a path's step states are the model's representative
 * snapshots of each state, whose times may come from another path.
 */
async function testOnLiveActor(model: ReturnType<typeof modelOf>, machine: ProcessMachine, path: Parameters<typeof model.testPath>[0]) {
  const running: RunningProcess = startProcess(machine);
  await model.testPath(path, {
    states: {
      '*': (state) => {
        const live = running.actor.getSnapshot();
        expect(live.value).toEqual(state.value);
        const [liveStage, modelStage] = [currentStage(live), currentStage(state)];
        expect([liveStage.phase, liveStage.capacityStep]).toEqual([modelStage.phase, modelStage.capacityStep]);
        // Which stage a resolved matter or the capacity path left from depends on the path taken.
        if (modelStage.phase === 'awaiting' || modelStage.phase === 'underway') expect(liveStage.stage).toBe(modelStage.stage);
        expect(live.context.breaches).toEqual([]);
      },
    },
    events: Object.fromEntries(
      processInputEventTypes.map((type) => [
        type,
        // The model's times come from its representative snapshots; the live
        // run keeps its own, one hour after its latest event.
        ({ event }: { event: ProcessInputEvent }) =>
          sendProcessEvent(running.actor, running.clock, {
            ...event,
            at: hoursAfter(running.actor.getSnapshot().context.lastEventAt, 1),
          }),
      ]),
    ),
  });
}

// Keep paths that are prefixes of longer ones, so there is one per target state.
const everyPath = { allowDuplicatePaths: true };

function leafStates(snapshot: { value: unknown }): string {
  const walk = (value: unknown): string =>
    typeof value === 'string' ? value : Object.entries(value as Record<string, unknown>).map(([key, inner]) => `${key}.${walk(inner)}`).join();
  return walk(snapshot.value);
}

describe('process machine model (child route)', () => {
  const machine = nyMachine('child', raised);
  const model = modelOf(machine);

  // 15 states: stage 1 under way (it begins when raised); stages 2 to 7
  // each awaiting and under way (12); resolved.learning; done.
  const shortest = model.getShortestPaths(everyPath);
  it('reaches every state by one shortest path', () => {
    expect(shortest).toHaveLength(15);
    expect(new Set(shortest.map((path) => leafStates(path.state))).size).toBe(15);
    expect(shortest.map((path) => leafStates(path.state)).filter((state) => state.startsWith('active.capacity.'))).toEqual([]);
  });

  // The stage ladder is a line of 13 states, so each has exactly one simple
  // path. `resolved` is entered from each of those 13 by `resolve`, and from
  // stage 7 under way also by `recommendations.made`: 14 paths, and `done`
  // extends each of them once: 14. 13 + 14 + 14 = 41.
  const simple = model.getSimplePaths(everyPath);
  it('has 41 simple paths', () => {
    expect(simple).toHaveLength(41);
  });

  for (const path of shortest) {
    it(`agrees with a live actor on the way to ${leafStates(path.state)}`, async () => {
      await testOnLiveActor(model, machine, path);
    });
  }

  it('agrees with a live actor along every simple path', async () => {
    for (const path of simple) await testOnLiveActor(model, machine, path);
  });
});

describe('process machine model (adult route)', () => {
  const machine = nyMachine('adult', raised);
  const model = modelOf(machine);

  // The child route's 15 states plus the 4 capacity steps.
  const shortest = model.getShortestPaths(everyPath);
  it('reaches every state, capacity steps included, by one shortest path', () => {
    expect(shortest).toHaveLength(19);
    const capacitySteps = shortest.map((path) => leafStates(path.state)).filter((state) => state.startsWith('active.capacity.'));
    expect(capacitySteps).toEqual([
      'active.capacity.support-decision',
      'active.capacity.joint-assessment',
      'active.capacity.reassessment',
      'active.capacity.court-of-protection',
    ]);
  });

  // The capacity path can be entered from any of the 13 ladder states and
  // then runs in a line, so each of its 4 steps has 13 simple paths (52).
  // `resolved` gains `capacity.agreed` from each of those 52: 14 + 52 = 66,
  // and `done` again extends each once: 66. 13 + 52 + 66 + 66 = 197.
  const simple = model.getSimplePaths(everyPath);
  it('has 197 simple paths', () => {
    expect(simple).toHaveLength(197);
  });

  for (const path of shortest) {
    it(`agrees with a live actor on the way to ${leafStates(path.state)}`, async () => {
      await testOnLiveActor(model, machine, path);
    });
  }

  it('agrees with a live actor along every simple path', async () => {
    for (const path of simple) await testOnLiveActor(model, machine, path);
  });
});
