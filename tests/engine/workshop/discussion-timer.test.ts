import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discussionTimerReducer as reduce,
  formatDiscussionTime,
  formatTimeLeft,
  isDiscussionOver,
  startDiscussionTimer,
  type DiscussionTimerAction,
} from '../../../engine/workshop/discussion-timer.js';

describe('startDiscussionTimer', () => {
  it('starts paused, so the room is not already losing time when the discussion screen appears', () => {
    expect(startDiscussionTimer(3)).toMatchObject({ remainingMs: 180_000, running: false, usedMs: 0, ranOut: false });
  });

  it('starts running with autostart', () => {
    expect(startDiscussionTimer(3, { autostart: true }).running).toBe(true);
  });
});

describe('discussionTimerReducer', () => {
  it('counts down only while running, and keeps the time used', () => {
    let timer = reduce(startDiscussionTimer(3), { type: 'tick', elapsedMs: 5_000 });
    expect(timer.remainingMs).toBe(180_000);
    timer = reduce(reduce(timer, { type: 'resume' }), { type: 'tick', elapsedMs: 5_000 });
    expect(timer).toMatchObject({ remainingMs: 175_000, usedMs: 5_000 });
  });

  it('changes the minutes with + and - without starting a paused timer or stopping a running one', () => {
    const paused = reduce(startDiscussionTimer(3), { type: 'adjust', minutes: 1 });
    expect(paused).toMatchObject({ remainingMs: 240_000, running: false });
    const running = reduce(reduce(startDiscussionTimer(3, { autostart: true }), { type: 'adjust', minutes: -1 }), { type: 'adjust', minutes: 1 });
    expect(running).toMatchObject({ remainingMs: 180_000, running: true });
  });

  it('rings the bell once when time runs out, and stays ran out', () => {
    const out = reduce(startDiscussionTimer(1, { autostart: true }), { type: 'tick', elapsedMs: 90_000 });
    expect(out).toMatchObject({ remainingMs: 0, running: false, ranOut: true, bell: true, usedMs: 60_000 });
    const next = reduce(out, { type: 'tick', elapsedMs: 1_000 });
    expect(next).toMatchObject({ ranOut: true, bell: false });
    expect(isDiscussionOver(next)).toBe(true);
  });

  it('runs out with the bell when - takes away the last minute', () => {
    const out = reduce(startDiscussionTimer(1, { autostart: true }), { type: 'adjust', minutes: -1 });
    expect(out).toMatchObject({ remainingMs: 0, ranOut: true, bell: true, running: false });
  });

  it('gives more time after running out, paused until the trainer resumes', () => {
    const out = reduce(startDiscussionTimer(1, { autostart: true }), { type: 'tick', elapsedMs: 60_000 });
    const more = reduce(out, { type: 'adjust', minutes: 1 });
    expect(more).toMatchObject({ remainingMs: 60_000, ranOut: false, running: false });
    expect(reduce(more, { type: 'toggle' }).running).toBe(true);
  });

  it('ends early on the trainer’s word and then ignores resume and +', () => {
    const ended = reduce(startDiscussionTimer(3, { autostart: true }), { type: 'end' });
    expect(ended).toMatchObject({ endedEarly: true, running: false });
    expect(reduce(reduce(ended, { type: 'resume' }), { type: 'adjust', minutes: 1 })).toEqual(ended);
  });

  it('keeps time within 0 and an hour, and never uses more time than it had, whatever the trainer presses', () => {
    const action: fc.Arbitrary<DiscussionTimerAction> = fc.oneof(
      fc.record({ type: fc.constant('tick' as const), elapsedMs: fc.integer({ min: -1_000, max: 400_000 }) }),
      fc.constantFrom<DiscussionTimerAction>({ type: 'pause' }, { type: 'resume' }, { type: 'toggle' }, { type: 'end' }),
      fc.record({ type: fc.constant('adjust' as const), minutes: fc.constantFrom(-1, 1) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(action, { maxLength: 60 }), (minutes, actions) => {
        let timer = startDiscussionTimer(minutes);
        let given = timer.remainingMs;
        for (const next of actions) {
          const before = timer;
          timer = reduce(timer, next);
          if (next.type === 'adjust') given += Math.max(0, timer.remainingMs - before.remainingMs);
          expect(timer.remainingMs).toBeGreaterThanOrEqual(0);
          expect(timer.remainingMs).toBeLessThanOrEqual(3_600_000);
          if (timer.running) expect(isDiscussionOver(timer)).toBe(false);
        }
        expect(timer.usedMs).toBeLessThanOrEqual(given);
      }),
    );
  });
});

describe('formatTimeLeft', () => {
  it('rounds up to whole seconds, so 00:00 means the time is up', () => {
    expect(formatTimeLeft(61_000)).toBe('01:01');
    expect(formatTimeLeft(999)).toBe('00:01');
    expect(formatTimeLeft(0)).toBe('00:00');
  });
});

describe('formatDiscussionTime', () => {
  it('says minutes and seconds for the record', () => {
    expect(formatDiscussionTime(200_000)).toBe('3 min 20 s');
    expect(formatDiscussionTime(180_000)).toBe('3 min');
    expect(formatDiscussionTime(45_000)).toBe('45 s');
  });
});
