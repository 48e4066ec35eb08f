import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { advanceProcessClock, replayProcess, sendProcessEvent, startProcess } from '../../../engine/process/run-process.js';
import { processInputEventTypes, type ProcessInputEvent } from '../../../engine/process/process-events.js';
import { toEpochMs } from '../../../engine/process/instant.js';
import { hoursAfter, nyMachine } from './process-test-kit.js';

const raised = '2025-04-03T10:00:00+01:00';

/** Random event logs: any event type, each 0 to 80 hours after the one before. */
const eventLogs = fc
  .array(fc.tuple(fc.constantFrom(...processInputEventTypes), fc.integer({ min: 0, max: 80 })), { maxLength: 30 })
  .map((steps) => {
    let at = raised;
    return steps.map(([type, gap]) => {
      at = hoursAfter(at, gap);
      return { type, at } as ProcessInputEvent;
    });
  });

describe('replayProcess', () => {
  it('gives the same snapshot every time for the same events and clock', () => {
    fc.assert(
      fc.property(fc.constantFrom('child' as const, 'adult' as const), eventLogs, (audience, log) => {
        const machine = nyMachine(audience, raised);
        const now = hoursAfter(log.at(-1)?.at ?? raised, 24);
        const first = replayProcess(machine, log, now).actor.getSnapshot();
        const second = replayProcess(nyMachine(audience, raised), log, now).actor.getSnapshot();
        expect(second.value).toEqual(first.value);
        expect(second.context).toEqual(first.context);
      }),
      { numRuns: 60 },
    );
  });

  it('matches a live run whose clock was moved on in small increments between events', () => {
    fc.assert(
      fc.property(eventLogs, (log) => {
        const machine = nyMachine('adult', raised);
        const live = startProcess(machine);
        for (const event of log) {
          while (live.clock.now() + 3_600_000 < toEpochMs(event.at)) live.clock.increment(3_600_000);
          sendProcessEvent(live.actor, live.clock, event);
        }
        const replayed = replayProcess(machine, log).actor.getSnapshot();
        expect(live.actor.getSnapshot().value).toEqual(replayed.value);
        expect(live.actor.getSnapshot().context).toEqual(replayed.context);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the context plain JSON and every deadline in exactly one list', () => {
    fc.assert(
      fc.property(eventLogs, (log) => {
        const { context } = replayProcess(nyMachine('child', raised), log).actor.getSnapshot();
        expect(JSON.parse(JSON.stringify(context))).toEqual(context);
        const ids = [...context.pending, ...context.met, ...context.breaches].map((check) => check.checkId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const met of context.met) expect(toEpochMs(met.at)).toBeLessThanOrEqual(toEpochMs(met.due));
        for (const breach of context.breaches) {
          if (breach.happenedAt === null) expect(breach.lateByMs).toBeNull();
          else expect(breach.lateByMs).toBe(toEpochMs(breach.happenedAt) - toEpochMs(breach.due));
          if (breach.lateByMs !== null) expect(breach.lateByMs).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('sendProcessEvent', () => {
  it('leaves the clock alone and lets the machine refuse an event from the past', () => {
    const { actor, clock } = startProcess(nyMachine('child', raised));
    advanceProcessClock(clock, hoursAfter(raised, 5));
    sendProcessEvent(actor, clock, { type: 'escalate', at: hoursAfter(raised, 6) });
    const before = actor.getSnapshot();
    sendProcessEvent(actor, clock, { type: 'stage.started', at: hoursAfter(raised, 1) });
    expect(clock.now()).toBe(toEpochMs(hoursAfter(raised, 6)));
    expect(actor.getSnapshot().value).toEqual(before.value);
  });
});

describe('sendProcessEvent after the end', () => {
  it('changes nothing once the process has ended, and prints nothing', () => {
    const warn = vi.spyOn(console, 'warn');
    try {
      const { actor, clock } = replayProcess(nyMachine('child', raised), [
        { type: 'resolve', at: hoursAfter(raised, 1) },
        { type: 'learning.reported', at: hoursAfter(raised, 2) },
      ]);
      const ended = actor.getSnapshot();
      expect(ended.status).toBe('done');
      sendProcessEvent(actor, clock, { type: 'escalate', at: hoursAfter(raised, 3) });
      expect(actor.getSnapshot()).toBe(ended);
      expect(clock.now()).toBe(toEpochMs(hoursAfter(raised, 3)));
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('startProcess', () => {
  it('sets the clock to the raised time', () => {
    const { clock } = startProcess(nyMachine('child', raised));
    expect(clock.now()).toBe(toEpochMs(raised));
  });
});
