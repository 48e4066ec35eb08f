import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scormScore, stepBack, type Session } from '../../../../engine/index.js';
import { scenarioDigest } from '../../../../engine/runner/scenario-digest.js';
import { newStatements } from '../../../../engine/lms/xapi/new-statements.js';
import type { XapiAttempt } from '../../../../engine/lms/xapi/xapi-attempt.js';
import { deadlineActivityIri, scenarioActivityIri, sceneActivityIri, XAPI_EXTENSIONS } from '../../../../engine/lms/xapi/xapi-iris.js';
import type { XapiStatement } from '../../../../engine/lms/xapi/xapi-statement.js';
import { statementKind, XAPI_VERBS } from '../../../../engine/lms/xapi/xapi-verbs.js';
import { bundled, bundledIds } from '../bundled-scenarios.js';
import { plans, playPlan } from '../random-play.js';
import { playStamped, RECOMMENDED, RECOMMENDED_TEXTS, stampOf, TEST_ATTEMPT } from './play-stamped.js';
import { statementProblems } from './xapi-statement-rules.js';

const closing = bundled('closing-too-soon');
const attempt: XapiAttempt = TEST_ATTEMPT;
const opted: XapiAttempt = { ...attempt, includeReflections: true };

/** The statements of a whole play reported one save at a time, as the player reports it. */
function reportedStepByStep(sessions: readonly Session[], who: XapiAttempt, scenario = closing): XapiStatement[] {
  return sessions.slice(1).flatMap((session, index) => newStatements(scenario, sessions[index]!, session, who));
}

const recommended = playStamped(closing, RECOMMENDED);
const finalSession = recommended.at(-1)!;
const kinds = (statements: readonly XapiStatement[]) => statements.map((statement) => statementKind(statement));

describe('newStatements', () => {
  it('reports closing-too-soon’s recommended route as its six choices, stage 1’s limit met and the pass', () => {
    const statements = newStatements(closing, null, finalSession, attempt);
    expect(kinds(statements)).toEqual(['choice', 'choice', 'choice', 'choice', 'choice', 'choice', 'deadline', 'completion']);
    expect(statements.filter((s) => statementKind(s) === 'choice').map((s) => s.result?.response)).toEqual(['ask-for-time-tomorrow', 'start-with-amara', 'call-bea', 'acknowledge-and-propose', 'agree-actions', 'share-with-team']);
    // Stage 1's 24 hours is an aim, never scored, so never reported: met here, passed elsewhere.
    expect(statements.filter((s) => statementKind(s) === 'deadline').map((s) => [s.verb.id, s.object.id])).toEqual([[XAPI_VERBS.metDeadline.id, deadlineActivityIri('closing-too-soon', '1.limit')]]);
    const completion = statements.at(-1)!;
    expect(completion.verb).toEqual(XAPI_VERBS.passed);
    expect(completion.object.id).toBe(scenarioActivityIri('closing-too-soon'));
    const raw = scormScore(closing, finalSession)!;
    expect(completion.result).toMatchObject({ completion: true, success: true, score: { raw, min: 0, max: 100, scaled: raw / 100 } });
    // Nine steps a minute apart from the attempt's start: the ending was reached nine minutes in.
    expect(completion.result?.duration).toBe('PT9M');
    expect(completion.timestamp).toBe(stampOf(9));
  });

  it('makes every statement by the xAPI 1.0.3 data model’s rules, with a display for every verb', () => {
    for (const statement of [...newStatements(closing, null, finalSession, opted), ...newStatements(closing, null, finalSession, attempt)]) {
      expect(statementProblems(JSON.parse(JSON.stringify(statement))), JSON.stringify(statement, null, 1)).toEqual([]);
      expect(Object.keys(statement.verb.display)).toEqual(['en-GB']);
    }
  });

  it('says which scene, stage and move each statement is about, under the scenario as parent', () => {
    const [first] = newStatements(closing, null, finalSession, attempt);
    expect(first!.object.id).toBe(sceneActivityIri('closing-too-soon', 'cin-review'));
    expect(first!.object.definition?.choices?.map((choice) => choice.id)).toEqual(closing.scenes['cin-review']!.choices.map((choice) => choice.id));
    expect(first!.context).toEqual({
      registration: attempt.registration,
      contextActivities: { parent: [expect.objectContaining({ id: scenarioActivityIri('closing-too-soon') })] },
      revision: scenarioDigest(closing),
      platform: 'Common Ground',
      language: 'en-GB',
      extensions: { [XAPI_EXTENSIONS.scene]: 'cin-review', [XAPI_EXTENSIONS.stage]: 1, [XAPI_EXTENSIONS.move]: 0 },
    });
    expect(first!.actor).toBe(attempt.actor);
    expect(first!.timestamp).toBe(stampOf(1));
  });

  it('grades a recommended choice a success and a mistake a failure', () => {
    const [good] = newStatements(closing, null, finalSession, attempt);
    expect(good!.result).toEqual({ response: 'ask-for-time-tomorrow', success: true, score: { scaled: 1 }, extensions: { [XAPI_EXTENSIONS.verdict]: 'good' } });
    const [poor] = newStatements(closing, null, playStamped(closing, ['wait-and-see']).at(-1)!, attempt);
    expect(poor!.result).toEqual({ response: 'wait-and-see', success: false, score: { scaled: 0 }, extensions: { [XAPI_EXTENSIONS.verdict]: 'poor' } });
  });

  it('reports a deadline missed, once, and a poor ending as failed', () => {
    const sessions = playStamped(closing, ['wait-and-see', 'accept-closure']);
    const statements = reportedStepByStep(sessions, attempt);
    // Waiting takes the case to Friday 15:30, the limit itself; it passes with the closure, the matter never resolved.
    expect(kinds(statements)).toEqual(['choice', 'choice', 'deadline', 'completion']);
    const missed = statements[2]!;
    expect(missed.verb).toEqual(XAPI_VERBS.missedDeadline);
    expect(missed.object.id).toBe(deadlineActivityIri('closing-too-soon', '1.limit'));
    expect(missed.result).toEqual({ success: false, extensions: { [XAPI_EXTENSIONS.due]: '2026-10-09T15:30:00.000+01:00', [XAPI_EXTENSIONS.happenedAt]: null } });
    expect(statements[3]!.verb).toEqual(XAPI_VERBS.failed);
    expect(statements[3]!.result?.success).toBe(false);
  });

  it('gives only what is new: reporting the same session again gives nothing, and typing gives nothing', () => {
    expect(newStatements(closing, finalSession, finalSession, attempt)).toEqual([]);
    expect(newStatements(closing, recommended[1]!, recommended[2]!, opted)).toEqual([]); // recommended[2] only wrote at plan-the-call
  });

  it('gives the same statements, with the same ids, reported one save at a time as all at once, and again', () => {
    const whole = newStatements(closing, null, finalSession, opted);
    expect(reportedStepByStep(recommended, opted)).toEqual(whole);
    expect(newStatements(closing, null, structuredClone(finalSession), opted)).toEqual(whole);
    expect(new Set(whole.map((statement) => statement.id)).size).toBe(whole.length);
  });

  it('keeps a statement’s id when its move comes back from a platform without its times', () => {
    const unstamped = { ...finalSession, steps: finalSession.steps.map(({ recordedAt: _time, ...step }) => step) } as Session;
    const ids = (statements: XapiStatement[]) => statements.map((statement) => statement.id);
    expect(ids(newStatements(closing, null, unstamped, attempt))).toEqual(ids(newStatements(closing, null, finalSession, attempt)));
    // And a platform's copy of what was reported already is not new.
    expect(newStatements(closing, finalSession, unstamped, attempt)).toEqual([]);
  });

  it('gives other ids in another attempt', () => {
    const other = newStatements(closing, null, finalSession, { ...attempt, registration: 'c0ffee00-1234-4abc-8def-000000000002' });
    const ids = new Set(newStatements(closing, null, finalSession, attempt).map((statement) => statement.id));
    expect(other.some((statement) => ids.has(statement.id))).toBe(false);
  });

  it('never sends what the learner wrote without the opt-in', () => {
    const json = JSON.stringify(reportedStepByStep(recommended, attempt));
    for (const text of RECOMMENDED_TEXTS) expect(json).not.toContain(text);
    expect(json).not.toContain(XAPI_VERBS.responded.id);
  });

  it('with the opt-in, sends each prompt’s text once, as its own statement, as the learner leaves the scene', () => {
    const statements = reportedStepByStep(recommended, opted);
    const reflections = statements.filter((statement) => statementKind(statement) === 'reflection');
    expect(reflections.map((statement) => [statement.object.id.split('/').at(-1), statement.result])).toEqual(RECOMMENDED.flatMap((step) => (typeof step === 'object' && 'write' in step ? [[step.write, { response: step.text }]] : [])));
    expect(reflections.every((statement) => statement.verb.id === XAPI_VERBS.responded.id && statement.object.definition?.interactionType === 'long-fill-in')).toBe(true);
    // No other statement carries the words.
    const others = JSON.stringify(statements.filter((statement) => statementKind(statement) !== 'reflection'));
    for (const text of RECOMMENDED_TEXTS) expect(others).not.toContain(text);
  });

  it('sends what was written as it stood when the learner moved on, not each draft, and not again on a wait', () => {
    const sessions = playStamped(closing, ['ask-for-time-tomorrow', { write: 'plan-the-call', text: 'First draft' }, { write: 'plan-the-call', text: 'Final words' }, { wait: '30m' }, 'start-with-amara']);
    const reflections = reportedStepByStep(sessions, opted).filter((statement) => statementKind(statement) === 'reflection');
    expect(reflections.map((statement) => statement.result?.response)).toEqual(['Final words']);
  });

  it('after a step back, reports the new choice as a new statement and keeps the old ones’ ids', () => {
    const played = playStamped(closing, ['ask-for-time-tomorrow', 'start-with-amara']);
    const before = played.at(-1)!;
    const back = stepBack(before);
    expect(newStatements(closing, before, back, attempt)).toEqual([]);
    const other = playStamped(closing, ['ring-first-thing'], back).at(-1)!;
    const again = newStatements(closing, back, other, attempt);
    expect(again.map((statement) => statement.result?.response)).toEqual(['ring-first-thing']);
    const old = new Set(reportedStepByStep(played, attempt).map((statement) => statement.id));
    expect(again.every((statement) => !old.has(statement.id))).toBe(true);
  });

  it.each(bundledIds())('on random plays of %s: valid statements, the same one save at a time as at once, unique ids, at most one completion', (id) => {
    const scenario = bundled(id);
    fc.assert(
      fc.property(plans(fc.constantFrom('', 'a note', 'Ruth’s “view”: <b>not</b> agreed'), 12), (plan) => {
        const final = playPlan(scenario, undefined, plan);
        const whole = newStatements(scenario, null, final, opted);
        for (const statement of whole) expect(statementProblems(JSON.parse(JSON.stringify(statement)))).toEqual([]);
        expect(new Set(whole.map((statement) => statement.id)).size).toBe(whole.length);
        expect(kinds(whole).filter((kind) => kind === 'completion').length).toBeLessThanOrEqual(1);
        const half = { ...final, steps: final.steps.slice(0, Math.floor(final.steps.length / 2)) };
        expect([...newStatements(scenario, null, half, opted), ...newStatements(scenario, half, final, opted)]).toEqual(whole);
      }),
      { numRuns: 8 },
    );
  });
});
