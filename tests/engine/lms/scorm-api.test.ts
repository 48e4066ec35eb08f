import { describe, expect, it } from 'vitest';
import { choose, startSession, writeResponse, type Scenario, type Session } from '../../../engine/index.js';
import { ScormSession, type ScormOpening } from '../../../engine/lms/scorm-api.js';
import { encodeSuspendData } from '../../../engine/lms/suspend-data.js';
import { bundled } from './bundled-scenarios.js';
import { fakeScormApi, type FakeCall, type FakeOptions } from './fake-scorm-api.js';

const scenario = bundled('closing-too-soon');
const BEST = ['ask-for-time-tomorrow', 'start-with-amara', 'call-bea', 'acknowledge-and-propose', 'agree-actions', 'share-with-team'];
const WORST = ['wait-and-see', 'accept-closure'];
const MIXED = ['email-partnership', 'ring-bea-after-reply', 'accept-four-weeks'];

function played(moves: string[], from: Session = startSession(scenario, { seed: 'fixed' })): Session {
  return moves.reduce((session, move) => choose(scenario, session, move), from);
}

/** The calls as code, the suspend data left out (its own tests check it). */
function said(calls: readonly FakeCall[]): string[] {
  return calls.map(([name, ...args]) => `${name}(${args.map((arg, index) => (index === 1 && args[0] === 'cmi.suspend_data' ? '…' : JSON.stringify(arg))).join(', ')})`);
}

/** A clock the test moves by hand. */
function handClock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function opened(options: FakeOptions = {}, target: Scenario = scenario) {
  const fake = fakeScormApi(options);
  const clock = handClock();
  const opening = ScormSession.open(fake.api, target, { now: clock.now });
  if (!opening.ok) throw new Error(JSON.stringify(opening.failures));
  fake.calls.length = 0;
  return { ...fake, clock, opening, lms: opening.lms };
}

describe('ScormSession.open', () => {
  it('initialises, reads where the learner was, and on the first entry sets incomplete and commits', () => {
    const fake = fakeScormApi();
    const opening = ScormSession.open(fake.api, scenario, { now: () => 0 });
    expect(fake.calls).toEqual([
      ['LMSInitialize', ''],
      ['LMSGetValue', 'cmi.core.entry'],
      ['LMSGetValue', 'cmi.core.lesson_status'],
      ['LMSGetValue', 'cmi.suspend_data'],
      ['LMSGetValue', 'cmi.core.lesson_location'],
      ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete'],
      ['LMSCommit', ''],
    ]);
    expect(opening).toMatchObject({
      ok: true,
      launch: { entry: 'ab-initio', lessonStatus: 'not attempted', suspendData: '', lessonLocation: '' },
      resume: { kind: 'fresh' },
      failures: [],
    });
    expect(fake.committed.get('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('resumes from suspend data, without touching the status', () => {
    const session = writeResponse(scenario, played(BEST.slice(0, 1)), 'plan-the-call', 'Ask about Amara first.');
    const { text } = encodeSuspendData(scenario, session);
    const fake = fakeScormApi({ data: { 'cmi.core.entry': 'resume', 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': text, 'cmi.core.lesson_location': 'x' } });
    const opening = ScormSession.open(fake.api, scenario, { now: () => 0 });
    expect(fake.calls.filter(([name]) => name === 'LMSSetValue' || name === 'LMSCommit')).toEqual([]);
    expect(opening).toMatchObject({ ok: true, resume: { kind: 'resumed', kept: 'everything', movesLeftOut: 0 } });
    const resumed = (opening as Extract<ScormOpening, { ok: true }>).resume as { session: Session };
    expect(resumed.session.steps).toEqual(session.steps);
  });

  it('says why saved progress cannot be resumed', () => {
    const fake = fakeScormApi({ data: { 'cmi.core.entry': 'resume', 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'page=3' } });
    expect(ScormSession.open(fake.api, scenario, { now: () => 0 })).toMatchObject({ ok: true, resume: { kind: 'unreadable', problem: expect.stringContaining('not from Common Ground') } });
  });

  it('starts afresh when the platform says this is a new attempt, whatever suspend data it left', () => {
    const { text } = encodeSuspendData(scenario, played(BEST.slice(0, 2)));
    const fake = fakeScormApi({ data: { 'cmi.core.entry': 'ab-initio', 'cmi.suspend_data': text } });
    expect(ScormSession.open(fake.api, scenario, { now: () => 0 })).toMatchObject({ ok: true, resume: { kind: 'fresh' } });
  });

  it('never sets incomplete over a finished attempt reopened, or a status it could not read', () => {
    for (const data of [{ 'cmi.core.entry': '', 'cmi.core.lesson_status': 'passed' }, { 'cmi.core.entry': '', 'cmi.core.lesson_status': 'failed' }]) {
      const fake = fakeScormApi({ data });
      ScormSession.open(fake.api, scenario, { now: () => 0 });
      expect(fake.calls.some(([name]) => name === 'LMSSetValue')).toBe(false);
    }
    const unreadable = fakeScormApi({ data: { 'cmi.core.entry': '' }, refuseGet: { 'cmi.core.lesson_status': '201' } });
    const opening = ScormSession.open(unreadable.api, scenario, { now: () => 0 });
    expect(unreadable.calls.some(([name]) => name === 'LMSSetValue')).toBe(false);
    expect(opening).toMatchObject({ ok: true, failures: [{ call: 'LMSGetValue', element: 'cmi.core.lesson_status', code: '201', message: 'Invalid argument error' }] });
  });

  it('reports a refused LMSInitialize, and nothing else is tried', () => {
    const fake = fakeScormApi({ failInitialize: true });
    expect(ScormSession.open(fake.api, scenario, { now: () => 0 })).toEqual({ ok: false, failures: [{ call: 'LMSInitialize', code: '101', message: 'General exception' }] });
    expect(fake.calls).toEqual([['LMSInitialize', '']]);
  });

  it('takes a boolean true as success, as some platforms answer', () => {
    const fake = fakeScormApi({ booleans: true });
    expect(ScormSession.open(fake.api, scenario, { now: () => 0 })).toMatchObject({ ok: true, failures: [] });
  });
});

describe('ScormSession.record', () => {
  it('writes the suspend data and the scene the learner is in, then commits', () => {
    const { lms, calls, committed } = opened();
    const session = played(BEST.slice(0, 1));
    expect(lms.record(session)).toEqual({ ok: true, failures: [], wrote: true, kept: 'everything', movesLeftOut: 0 });
    const scene = scenario.scenes['cin-review']!.choices.find((choice) => choice.id === BEST[0])!.to;
    expect(calls).toEqual([
      ['LMSSetValue', 'cmi.suspend_data', encodeSuspendData(scenario, session).text],
      ['LMSSetValue', 'cmi.core.lesson_location', scene],
      ['LMSCommit', ''],
    ]);
    expect(committed.get('cmi.core.lesson_location')).toBe(scene);
  });

  it('sends nothing, and does not commit, when the platform already holds every value', () => {
    const { lms, calls } = opened();
    const session = played(BEST.slice(0, 1));
    lms.record(session);
    calls.length = 0;
    expect(lms.record(session)).toMatchObject({ ok: true, wrote: false });
    expect(calls).toEqual([]);
  });

  it('at a good ending writes passed and the score, out of 0 to 100', () => {
    const { lms, calls } = opened();
    lms.record(played(BEST));
    expect(calls.filter(([name, element]) => name === 'LMSSetValue' && element !== 'cmi.suspend_data')).toEqual([
      ['LMSSetValue', 'cmi.core.lesson_location', 'kept-open-with-a-plan'],
      ['LMSSetValue', 'cmi.core.lesson_status', 'passed'],
      ['LMSSetValue', 'cmi.core.score.raw', '100'],
      ['LMSSetValue', 'cmi.core.score.min', '0'],
      ['LMSSetValue', 'cmi.core.score.max', '100'],
    ]);
  });

  it('writes failed at a poor ending and completed at a mixed one, each with its score', () => {
    const poor = opened();
    poor.lms.record(played(WORST));
    expect(poor.committed.get('cmi.core.lesson_status')).toBe('failed');
    expect(poor.committed.get('cmi.core.score.raw')).toBe('0');
    const mixed = opened();
    mixed.lms.record(played(MIXED));
    expect(mixed.committed.get('cmi.core.lesson_status')).toBe('completed');
    expect(mixed.committed.get('cmi.core.score.raw')).toBe('37');
  });

  it('keeps a finished status when the learner steps back or plays again', () => {
    const { lms, committed } = opened();
    lms.record(played(BEST));
    lms.record(startSession(scenario, { seed: 'again' }));
    expect(committed.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('reports a refused value with the platform’s code and words, and still writes and commits the rest', () => {
    const { lms, calls, committed } = opened({ refuseSet: { 'cmi.suspend_data': '405' } });
    const result = lms.record(played(BEST.slice(0, 1)));
    expect(result).toMatchObject({
      ok: false,
      wrote: true,
      failures: [{ call: 'LMSSetValue', element: 'cmi.suspend_data', code: '405', message: 'Incorrect data type', diagnostic: 'The value is not of the element’s type' }],
    });
    expect(calls.at(-1)).toEqual(['LMSCommit', '']);
    expect(committed.get('cmi.core.lesson_location')).not.toBe('');
    // The refused value is tried again next time; the one the platform holds is not.
    calls.length = 0;
    lms.record(played(BEST.slice(0, 1)));
    expect(said(calls)).toEqual(['LMSSetValue("cmi.suspend_data", …)', 'LMSCommit("")']);
  });

  it('reports a failed commit, and sends the values again next time', () => {
    const { lms, calls } = opened({ failCommit: true });
    const session = played(BEST.slice(0, 1));
    expect(lms.record(session)).toMatchObject({ ok: false, failures: [{ call: 'LMSCommit', code: '101', message: 'General exception' }] });
    calls.length = 0;
    lms.record(session);
    expect(calls.map(([name]) => name)).toEqual(['LMSSetValue', 'LMSSetValue', 'LMSCommit']);
  });

  it('says when the learner’s writing did not fit', () => {
    const { lms } = opened();
    const session = writeResponse(scenario, startSession(scenario), 'first-reaction', 'x'.repeat(5000));
    expect(lms.record(session)).toMatchObject({ ok: true, kept: 'moves-only' });
  });
});

describe('ScormSession.finish', () => {
  it('mid-play: records, writes the session time and exit "suspend", and finishes', () => {
    const { lms, calls, clock, committed } = opened();
    const session = played(BEST.slice(0, 2));
    lms.record(session);
    calls.length = 0;
    clock.advance(3_723_450);
    expect(lms.finish(session)).toEqual({ ok: true, failures: [] });
    expect(calls).toEqual([
      ['LMSSetValue', 'cmi.core.session_time', '01:02:03.45'],
      ['LMSSetValue', 'cmi.core.exit', 'suspend'],
      ['LMSFinish', ''],
    ]);
    expect(committed.get('cmi.core.exit')).toBe('suspend');
    expect(lms.isFinished).toBe(true);
  });

  it('at an ending: the last record, then a normal (empty) exit', () => {
    const { lms, calls } = opened();
    lms.finish(played(BEST));
    expect(said(calls)).toEqual([
      'LMSSetValue("cmi.suspend_data", …)',
      'LMSSetValue("cmi.core.lesson_location", "kept-open-with-a-plan")',
      'LMSSetValue("cmi.core.lesson_status", "passed")',
      'LMSSetValue("cmi.core.score.raw", "100")',
      'LMSSetValue("cmi.core.score.min", "0")',
      'LMSSetValue("cmi.core.score.max", "100")',
      'LMSCommit("")',
      'LMSSetValue("cmi.core.session_time", "00:00:00.00")',
      'LMSSetValue("cmi.core.exit", "")',
      'LMSFinish("")',
    ]);
  });

  it('without a session: only the time, the exit and LMSFinish', () => {
    const { lms, calls } = opened();
    lms.finish(null);
    expect(said(calls)).toEqual(['LMSSetValue("cmi.core.session_time", "00:00:00.00")', 'LMSSetValue("cmi.core.exit", "suspend")', 'LMSFinish("")']);
  });

  it('reports a platform that throws, and may be tried again', () => {
    const { lms } = opened({ throwOnFinish: true });
    expect(lms.finish(null)).toEqual({ ok: false, failures: [{ call: 'LMSFinish', code: '', message: "The platform's LMSFinish threw: the platform went away" }] });
    expect(lms.isFinished).toBe(false);
  });

  it('refuses to send anything once finished', () => {
    const { lms, calls } = opened();
    lms.finish(null);
    calls.length = 0;
    expect(lms.record(played(BEST.slice(0, 1)))).toMatchObject({ ok: false, wrote: false, failures: [{ call: 'LMSSetValue', message: expect.stringContaining('already finished') }] });
    expect(lms.finish(null)).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });
});
