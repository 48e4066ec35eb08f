/**
 * Running a process machine on a simulated clock, and restoring one by
 * replaying its events. The clock is XState's `SimulatedClock`: it has no
 * timers of its own, so time moves only when the shell moves it.
 */
import { createActor, SimulatedClock, type Actor } from 'xstate';
import { toEpochMs } from './instant.js';
import type { ProcessInputEvent } from './process-events.js';
import type { ProcessMachine } from './process.machine.js';

/** A running process and the clock that drives its deadline timers. */
export interface RunningProcess {
  /** The started actor. */
  actor: Actor<ProcessMachine>;
  /** The clock; set it forward only (it refuses to go back). */
  clock: SimulatedClock;
}

/**
 * Starts `machine` on a new `SimulatedClock` set to the machine's raised
 * time, which must be the clock's `now()` at start so stage 1's timers are
 * measured from it.
 *
 * @example
 * const { actor, clock } = startProcess(createProcessMachine({ protocol, audience: 'adult', raised }));
 */
export function startProcess(machine: ProcessMachine): RunningProcess {
  const clock = new SimulatedClock();
  const raised = machine.config.context;
  const raisedAt = typeof raised === 'object' && raised !== null && 'raised' in raised ? String(raised.raised) : '';
  clock.set(toEpochMs(raisedAt));
  const actor = createActor(machine, { clock }).start();
  return { actor, clock };
}

/**
 * Sends one event in step with the clock: first sets the clock to the
 * event's `at` (so any deadline that passed in between is recorded first,
 * at its due time), then sends the event. An event earlier than the clock
 * leaves the clock alone (it only moves forward) and the machine's
 * `isTimely` guard refuses the event. Once the process has ended, events
 * still move the clock but change nothing else.
 *
 * @example
 * sendProcessEvent(actor, clock, { type: 'escalate', at: '2025-03-05T11:00:00+00:00' });
 */
export function sendProcessEvent(actor: Actor<ProcessMachine>, clock: SimulatedClock, event: ProcessInputEvent): void {
  const at = Date.parse(event.at);
  if (!Number.isNaN(at) && at >= clock.now()) clock.set(at);
  // A process that has reached its end is stopped and takes no more events;
  // XState would print a warning on the console for each one sent to it.
  if (actor.getSnapshot().status === 'active') actor.send(event);
}

/**
 * Moves simulated time on to `now` without an event, firing any deadline
 * timers that fall due on the way.
 *
 * @example
 * advanceProcessClock(clock, '2025-03-10T09:00:00+00:00');
 */
export function advanceProcessClock(clock: SimulatedClock, now: string): void {
  clock.set(toEpochMs(now));
}

/**
 * Restores a process by replaying its event log from the start: a fresh
 * actor and clock, each event sent in step with the clock, then the clock
 * moved on to `now` if given. The same machine inputs, events and `now`
 * always give the same snapshot, so this is how sessions are restored.
 *
 * @example
 * const { actor } = replayProcess(machine, log, '2025-03-20T09:00:00+00:00');
 * actor.getSnapshot().context.breaches;
 */
export function replayProcess(
  machine: ProcessMachine,
  events: readonly ProcessInputEvent[],
  now?: string,
): RunningProcess {
  const running = startProcess(machine);
  for (const event of events) sendProcessEvent(running.actor, running.clock, event);
  if (now !== undefined) advanceProcessClock(running.clock, now);
  return running;
}
