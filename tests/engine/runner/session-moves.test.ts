import { describe, expect, it } from 'vitest';
import { choose, continueSession, restartSession, RunnerError, startSession, stepBack, viewSession, writeResponse } from '../../../engine/index.js';
import { listChoices, waitFor } from '../../../engine/runner/session-moves.js';
import { SESSION_FORMAT_VERSION } from '../../../engine/runner/session.js';
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

describe('startSession', () => {
  it('starts an empty event log for the scenario with its digest', () => {
    const session = startSession(scenario);
    expect(session).toEqual({ formatVersion: SESSION_FORMAT_VERSION, scenarioId: 'runner-child', scenarioDigest: expect.stringMatching(/^[0-9a-f]{16}$/), steps: [] });
  });
});

describe('listChoices', () => {
  it('numbers the choices of the current scene from 1', () => {
    const choices = listChoices(scenario, startSession(scenario));
    expect(choices.map((choice) => [choice.number, choice.id])).toEqual([
      [1, 'talk'],
      [2, 'jump'],
      [3, 'ignore'],
    ]);
  });

  it('offers no choices where the scene moves on by Continue', () => {
    expect(listChoices(scenario, choose(scenario, startSession(scenario), 'talk'))).toEqual([]);
  });
});

describe('choose', () => {
  it('accepts a choice id, a 1-based number or the exact label alike', () => {
    const start = startSession(scenario);
    const byId = choose(scenario, start, 'talk');
    expect(choose(scenario, start, 1)).toEqual(byId);
    expect(choose(scenario, start, 'Phone Jo Reilly this morning.')).toEqual(byId);
    expect(byId.steps).toEqual([{ type: 'choose', choiceId: 'talk' }]);
  });

  it('never changes the session it is given', () => {
    const start = startSession(scenario);
    choose(scenario, start, 'talk');
    expect(start.steps).toEqual([]);
  });

  it('stores the wall-clock time the shell passes, and only that', () => {
    const session = choose(scenario, startSession(scenario), 'talk', { recordedAt: '2026-11-20T12:00:00Z' });
    expect(session.steps[0]).toEqual({ type: 'choose', choiceId: 'talk', recordedAt: '2026-11-20T12:00:00Z' });
  });

  it('refuses a choice the scene does not offer, listing the valid ones in the hint', () => {
    const error = thrown(() => choose(scenario, startSession(scenario), 'phone-later'));
    expect(error.name).toBe('RunnerError');
    expect(error.code).toBe('invalid-choice');
    expect(error.hint).toContain('1. Phone Jo Reilly this morning. (talk)');
    expect(error.hint).toContain('3. Wait and see. (ignore)');
    expect(thrown(() => choose(scenario, startSession(scenario), 4)).code).toBe('invalid-choice');
  });

  it('refuses a choice where the scene moves on by Continue', () => {
    const error = thrown(() => choose(scenario, choose(scenario, startSession(scenario), 'talk'), 'agree'));
    expect(error.hint).toBe('Continue instead.');
  });

  it('refuses any move once an ending is reached', () => {
    let session = choose(scenario, startSession(scenario), 'talk');
    session = continueSession(scenario, session);
    session = choose(scenario, session, 'agree');
    expect(thrown(() => choose(scenario, session, 1)).code).toBe('finished');
    expect(thrown(() => waitFor(scenario, session, '1h')).code).toBe('finished');
  });
});

describe('continueSession', () => {
  it("follows the scene's event to the scene it names", () => {
    const session = continueSession(scenario, choose(scenario, startSession(scenario), 'talk'));
    expect(viewSession(scenario, session).node.id).toBe('record-it');
  });

  it('refuses to continue where the scene offers choices', () => {
    expect(thrown(() => continueSession(scenario, startSession(scenario))).code).toBe('nothing-to-continue');
  });
});

describe('writeResponse', () => {
  it('keeps the latest text for a prompt of the current scene', () => {
    let session = writeResponse(scenario, startSession(scenario), 'plan', 'First thoughts');
    session = writeResponse(scenario, session, 'plan', 'Share what Maya said');
    const view = viewSession(scenario, session);
    expect(view.node.kind === 'scene' && view.node.prompts).toEqual([
      { id: 'plan', kind: 'reflect', phase: 'before', prompt: 'What do you want from the call?', text: 'Share what Maya said' },
    ]);
  });

  it('refuses a prompt that is not in the current scene', () => {
    const error = thrown(() => writeResponse(scenario, startSession(scenario), 'notes', 'x'));
    expect(error.code).toBe('unknown-prompt');
    expect(error.hint).toBe('Write to one of: plan.');
  });
});

describe('waitFor', () => {
  it('moves simulated time on without leaving the scene', () => {
    const view = viewSession(scenario, waitFor(scenario, startSession(scenario), '2 working days'));
    expect(view.node.id).toBe('start');
    expect(view.nowLabel).toBe('Tue 22 Dec 2026, 10:00');
    expect(view.history.at(-1)?.label).toBe('Wait 2 working days');
  });

  it('refuses a duration the format does not understand', () => {
    expect(thrown(() => waitFor(scenario, startSession(scenario), 'a while')).code).toBe('bad-duration');
  });
});

describe('stepBack', () => {
  it('drops the last move and what was written after it, keeping earlier writing', () => {
    let session = writeResponse(scenario, startSession(scenario), 'plan', 'Before the call');
    session = choose(scenario, session, 'talk');
    session = continueSession(scenario, session);
    session = writeResponse(scenario, session, 'notes', 'Review in four weeks');
    const back = stepBack(session);
    expect(back.steps).toEqual([
      { type: 'write', promptId: 'plan', text: 'Before the call' },
      { type: 'choose', choiceId: 'talk' },
    ]);
    expect(viewSession(scenario, back).node.id).toBe('talked');
  });

  it('leaves an empty session empty', () => {
    expect(stepBack(startSession(scenario)).steps).toEqual([]);
  });
});

describe('restartSession', () => {
  it('goes back to the start of the same scenario', () => {
    const session = restartSession(choose(scenario, startSession(scenario), 'talk'));
    expect(session).toEqual(startSession(scenario));
    expect(viewSession(scenario, session).node.id).toBe('start');
  });
});
