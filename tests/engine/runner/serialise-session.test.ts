import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choose, continueSession, restoreSession, RunnerError, serialiseSession, startSession, viewSession, writeResponse, type Scenario, type Session } from '../../../engine/index.js';
import { childFixture } from './load-fixture.js';

const scenario = childFixture();

function thrown(run: () => unknown): RunnerError {
  try {
    run();
  } catch (error) {
    if (error instanceof RunnerError) return error;
    throw error;
  }
  throw new Error('expected a RunnerError');
}

/** Plays a random valid walk: each number picks one of the choices on offer, Continue where that is the only way on. */
function walk(target: Scenario, picks: number[], from: Session = startSession(target)): Session {
  let session = from;
  for (const pick of picks) {
    const view = viewSession(target, session);
    if (view.node.kind === 'ending') break;
    if (view.node.canContinue) session = continueSession(target, session);
    else session = choose(target, session, (pick % view.node.choices.length) + 1);
  }
  return session;
}

describe('serialiseSession', () => {
  it('writes the session as plain JSON', () => {
    const session = choose(scenario, startSession(scenario), 'talk');
    expect(JSON.parse(serialiseSession(session))).toEqual(session);
  });
});

describe('restoreSession', () => {
  it('round-trips any valid play-through to the same session and the same view', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 5 }), { maxLength: 10 }), fc.string({ maxLength: 20 }), (picks, text) => {
        // Written reflections survive the round trip too, whatever their text.
        const session = walk(scenario, picks, writeResponse(scenario, startSession(scenario), 'plan', text));
        const restored = restoreSession(serialiseSession(session), scenario);
        expect(restored).toEqual({ session, scenarioChanged: false, warning: null });
        expect(viewSession(scenario, restored.session)).toEqual(viewSession(scenario, session));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses text that is not JSON', () => {
    const error = thrown(() => restoreSession('{"formatVersion": 1,'));
    expect(error.code).toBe('corrupt-session');
    expect(error.message).toBe('The saved session is damaged: it is not valid JSON.');
  });

  it('refuses JSON that is not a session, saying where', () => {
    const error = thrown(() => restoreSession(JSON.stringify({ formatVersion: 1, scenarioId: 'x', scenarioDigest: 'y', steps: [{ type: 'fly' }] })));
    expect(error.code).toBe('session-shape');
    expect(error.message).toContain('at steps.0.type');
  });

  it('refuses a step missing a required field, naming the field', () => {
    const error = thrown(() => restoreSession(JSON.stringify({ formatVersion: 1, scenarioId: 'x', scenarioDigest: 'y', steps: [{ type: 'continue' }, { type: 'choose' }] })));
    expect(error.code).toBe('session-shape');
    expect(error.message).toBe('The saved data is not a Common Ground session at steps.1.choiceId: required text is missing.');
  });

  it('refuses fields a session does not have, so a mistyped name is not silently dropped', () => {
    const error = thrown(() => restoreSession(JSON.stringify({ formatVersion: 1, scenarioId: 'x', scenarioDigest: 'y', steps: [{ type: 'wait', duration: '3h', recordAt: 'now' }] })));
    expect(error.code).toBe('session-shape');
    expect(error.message).toBe("The saved data is not a Common Ground session at steps.0: unexpected field 'recordAt'.");
  });

  it('refuses a session saved by an older version with a clear message', () => {
    const error = thrown(() => restoreSession(JSON.stringify({ formatVersion: 0, scenarioId: 'x', steps: [] })));
    expect(error.code).toBe('session-version');
    expect(error.message).toBe("This session was saved by an older version (format 0); it can't be resumed: start the scenario again.");
  });

  it('refuses a session saved by a newer version', () => {
    expect(thrown(() => restoreSession(JSON.stringify({ formatVersion: 2 }))).message).toContain('a newer version (format 2)');
  });

  it('refuses a session of another scenario when given the scenario', () => {
    const other = { ...startSession(scenario), scenarioId: 'closing-too-soon' };
    expect(thrown(() => restoreSession(serialiseSession(other), scenario)).code).toBe('wrong-scenario');
  });

  it('flags a changed scenario with a warning, keeping the moves that still fit', () => {
    const session = { ...choose(scenario, startSession(scenario), 'talk'), scenarioDigest: '0000000000000000' };
    const restored = restoreSession(serialiseSession(session), scenario);
    expect(restored.scenarioChanged).toBe(true);
    expect(restored.session.steps).toEqual(session.steps);
    expect(restored.warning).toContain('has been changed since the session was saved');
    const broken = { ...session, steps: [...session.steps, { type: 'choose' as const, choiceId: 'no-such-choice' }] };
    const cut = restoreSession(serialiseSession(broken), scenario);
    expect(cut.session.steps).toEqual(session.steps);
    expect(cut.warning).toContain('resumed after 1 of your 2 steps');
  });
});
