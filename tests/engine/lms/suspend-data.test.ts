import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDebrief, choose, continueSession, RunnerError, startSession, viewSession, writeResponse, type Scenario, type Session } from '../../../engine/index.js';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../../engine/lms/suspend-data.js';
import { scenarioDigest } from '../../../engine/runner/scenario-digest.js';
import { bundled } from './bundled-scenarios.js';
import { movesOf, plans, playPlan, seeds } from './random-play.js';

/** Scenarios of both routes, with capacity steps, Continue scenes and the most prompts. */
const SCENARIOS = ['closing-too-soon', 'a-question-of-capacity', 'below-threshold-at-christmas', 'conference-refused'];

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function decoded(scenario: Scenario, text: string): Extract<ReturnType<typeof decodeSuspendData>, { ok: true }> {
  const result = decodeSuspendData(scenario, text);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

const closing = bundled('closing-too-soon');

/** The recommended route of closing-too-soon, with a note at its first scene's prompt. */
function recommendedWithNote(text: string): Session {
  let session = startSession(closing, { seed: '0b7e4c19a2f35d60' });
  const first = closing.scenes[closing.start]!;
  const prompt = [...first.reflects, ...first.records][0];
  if (prompt) session = writeResponse(closing, session, prompt.id, text);
  for (const choiceId of ['ask-for-time-tomorrow', 'start-with-amara', 'call-bea', 'acknowledge-and-propose', 'agree-actions', 'share-with-team']) {
    const view = viewSession(closing, session);
    session = view.node.kind === 'scene' && view.node.canContinue ? continueSession(closing, session) : choose(closing, session, choiceId);
  }
  return session;
}

describe('encodeSuspendData', () => {
  it('writes the tag, what it kept, the seed, the digest, the move count and the moves', () => {
    const session = choose(closing, startSession(closing, { seed: 'abc' }), 'ask-for-time-tomorrow');
    const index = closing.scenes[closing.start]!.choices.findIndex((choice) => choice.id === 'ask-for-time-tomorrow');
    expect(encodeSuspendData(closing, session)).toEqual({ text: `CG1.e.abc.${scenarioDigest(closing)}.1.${index.toString(36)}`, kept: 'everything', movesLeftOut: 0 });
  });

  it('stores a choice by its place in the file, not by the shuffled order the learner saw', () => {
    const a = choose(closing, startSession(closing, { seed: 'one' }), 'ask-for-time-tomorrow');
    const b = choose(closing, startSession(closing, { seed: 'two' }), 'ask-for-time-tomorrow');
    expect(encodeSuspendData(closing, a).text.split('.').at(-1)).toBe(encodeSuspendData(closing, b).text.split('.').at(-1));
  });

  it('escapes the learner’s words into letters, digits, _ and %XX, ended by a full stop', () => {
    const { text } = encodeSuspendData(closing, recommendedWithNote("I'll ring Bea — today.\n"));
    expect(text).toContain('~0I%27ll_ring_Bea_%E2%80%94_today%2E%0A.');
  });

  it('keeps only the latest text of a prompt, so a rewritten note costs nothing', () => {
    const first = closing.scenes[closing.start]!;
    const prompt = [...first.reflects, ...first.records][0]!.id;
    let session = startSession(closing);
    for (const draft of ['one', 'two', 'three', 'final']) session = writeResponse(closing, session, prompt, draft);
    expect(encodeSuspendData(closing, session).text).toMatch(/\.~0final\.$/);
  });

  it('leaves out the writing, and says so, when everything does not fit', () => {
    const session = recommendedWithNote('x'.repeat(SUSPEND_DATA_LIMIT));
    const encoded = encodeSuspendData(closing, session);
    expect(encoded.kept).toBe('moves-only');
    expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const back = decoded(closing, encoded.text);
    expect(back.kept).toBe('moves-only');
    expect(back.session.steps.filter((step) => step.type === 'write')).toEqual([]);
    expect(movesOf(back.session)).toEqual(movesOf(session));
  });

  it('keeps the longest run of first moves, and the total, when even the moves do not fit', () => {
    // Waiting is the only way to make a route this long: 400 waits of "3 working days" at 16 characters each.
    const start = startSession(closing, { seed: 's' });
    const session: Session = { ...start, steps: Array.from({ length: 400 }, () => ({ type: 'wait' as const, duration: '3 working days' })) };
    const encoded = encodeSuspendData(closing, session);
    expect(encoded.kept).toBe('too-long');
    expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(encoded.text.length).toBeGreaterThan(SUSPEND_DATA_LIMIT - '*3_working_days.'.length);
    const back = decoded(closing, encoded.text);
    expect(back.kept).toBe('too-long');
    expect(back.session.steps.length + back.movesLeftOut).toBe(400);
    expect(back.movesLeftOut).toBe(encoded.movesLeftOut);
    expect(back.movesLeftOut).toBeGreaterThan(0);
  });

  it('refuses a session of another scenario, or whose moves do not fit the scenario', () => {
    expect(() => encodeSuspendData(bundled('inside-one-hospital'), startSession(closing))).toThrow(RunnerError);
    expect(() => encodeSuspendData(closing, { ...startSession(closing), steps: [{ type: 'choose', choiceId: 'no-such-choice' }] })).toThrow(/not a choice/);
  });
});

describe('decodeSuspendData', () => {
  const session = recommendedWithNote('Phone her first.');
  const { text } = encodeSuspendData(closing, session);

  it('gives back the session, replayed on the scenario', () => {
    const back = decoded(closing, text);
    expect(back.kept).toBe('everything');
    expect(back.movesLeftOut).toBe(0);
    expect(viewSession(closing, back.session).node).toEqual(viewSession(closing, session).node);
  });

  it('forgives a platform that pads the value with whitespace', () => {
    expect(decoded(closing, ` ${text}\n`).session.steps).toEqual(decoded(closing, text).session.steps);
  });

  it('refuses a save for another version of the scenario', () => {
    const edited = structuredClone(closing);
    edited.scenes[edited.start]!.choices.reverse();
    const result = decodeSuspendData(edited, text);
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('for a different version of') });
  });

  it('refuses moves that no longer replay, naming the problem', () => {
    const damaged = text.replace(/\.([0-9a-z])([^.]*)$/, '.z$2');
    expect(decodeSuspendData(closing, damaged)).toEqual({ ok: false, problem: expect.stringContaining('does not have') });
  });

  it('refuses what is not its own, another format version, or a damaged heading', () => {
    expect(decodeSuspendData(closing, '')).toMatchObject({ ok: false, problem: expect.stringContaining('not from Common Ground') });
    expect(decodeSuspendData(closing, '{"lesson":3}')).toMatchObject({ ok: false, problem: expect.stringContaining('not from Common Ground') });
    expect(decodeSuspendData(closing, text.replace(/^CG1/, 'CG2'))).toMatchObject({ ok: false, problem: expect.stringContaining('newer version') });
    expect(decodeSuspendData(closing, text.replace(/^CG1/, 'CG0'))).toMatchObject({ ok: false, problem: expect.stringContaining('older version') });
    expect(decodeSuspendData(closing, text.replace('.e.', '.q.'))).toMatchObject({ ok: false, problem: expect.stringContaining('heading') });
  });

  it('refuses a save whose move count does not match its moves', () => {
    const fields = text.split('.');
    fields[4] = '9';
    expect(decodeSuspendData(closing, fields.join('.'))).toMatchObject({ ok: false, problem: expect.stringContaining('holds 9 moves') });
  });

  it('refuses broken escapes and text that never ends', () => {
    const base = encodeSuspendData(closing, startSession(closing)).text;
    expect(decodeSuspendData(closing, `${base}~0abc%E2.`)).toMatchObject({ ok: false, problem: expect.stringContaining('damaged') });
    expect(decodeSuspendData(closing, `${base}~0no_end`)).toMatchObject({ ok: false, problem: expect.stringContaining('damaged') });
    expect(decodeSuspendData(closing, `${base}?`)).toMatchObject({ ok: false, problem: expect.stringContaining('damaged') });
  });

  it('refuses moves after the ending', () => {
    const ended = encodeSuspendData(closing, session).text;
    const fields = ended.split('.');
    fields[4] = (Number.parseInt(fields[4]!, 36) + 1).toString(36);
    expect(decodeSuspendData(closing, `${fields.join('.')}0`)).toMatchObject({ ok: false, problem: expect.stringContaining('after the ending') });
  });
});

describe('suspend data round trips (property)', () => {
  it.each(SCENARIOS)('gives back the moves, the seed and the latest words of a random play of %s', (id) => {
    const scenario = bundled(id);
    fc.assert(
      fc.property(seeds, plans(fc.string({ unit: 'binary', maxLength: 40 })), (seed, plan) => {
        const session = playPlan(scenario, seed, plan);
        const encoded = encodeSuspendData(scenario, session);
        const back = decoded(scenario, encoded.text);
        expect(back.kept).toBe(encoded.kept);
        expect(back.session.seed).toBe(session.seed);
        expect(movesOf(back.session)).toEqual(movesOf(session));
        const original = viewSession(scenario, session);
        const restored = viewSession(scenario, back.session);
        expect(restored.node.id).toBe(original.node.id);
        expect(restored.now).toBe(original.now);
        expect(restored.deadlines).toEqual(original.deadlines);
        if (encoded.kept === 'everything') expect(buildDebrief(scenario, back.session).responses).toEqual(buildDebrief(scenario, session).responses);
        // Decoding loses nothing encoding kept, so encoding again gives the same text.
        expect(encodeSuspendData(scenario, back.session).text).toBe(encoded.text);
      }),
      { numRuns: 40 },
    );
  });

  it.each(SCENARIOS)('is never longer than 4,096 characters, all printable ASCII, however much %s’s learner writes', (id) => {
    const scenario = bundled(id);
    fc.assert(
      fc.property(seeds, plans(fc.string({ unit: 'binary', minLength: 100, maxLength: 1500 }), 15), (seed, plan) => {
        const session = playPlan(scenario, seed, plan);
        const encoded = encodeSuspendData(scenario, session);
        expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
        expect(encoded.text).toMatch(PRINTABLE_ASCII);
        // Only the characters the format promises: nothing a platform needs to escape.
        expect(encoded.text).toMatch(/^[A-Za-z0-9._~*%-]*$/);
        const back = decoded(scenario, encoded.text);
        expect(movesOf(back.session)).toEqual(movesOf(session));
        if (encoded.kept === 'moves-only') expect(back.session.steps.every((step) => step.type !== 'write')).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
