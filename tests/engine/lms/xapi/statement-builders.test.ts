import { describe, expect, it } from 'vitest';
import { choiceStatement, isGradedChoice } from '../../../../engine/lms/xapi/choice-statement.js';
import { completionStatement } from '../../../../engine/lms/xapi/completion-statement.js';
import { newStatements } from '../../../../engine/lms/xapi/new-statements.js';
import type { XapiAttempt } from '../../../../engine/lms/xapi/xapi-attempt.js';
import { XAPI_EXTENSIONS } from '../../../../engine/lms/xapi/xapi-iris.js';
import { statementKind, XAPI_VERBS } from '../../../../engine/lms/xapi/xapi-verbs.js';
import { bundled } from '../bundled-scenarios.js';
import { playStamped, TEST_ATTEMPT } from './play-stamped.js';
import { statementProblems } from './xapi-statement-rules.js';

const closing = bundled('closing-too-soon');
const attempt: XapiAttempt = TEST_ATTEMPT;

describe('completionStatement', () => {
  it('says completed at a mixed ending, with no success either way', () => {
    const statements = newStatements(closing, null, playStamped(closing, ['angry-email', 'apologise-and-call', 'accept-compromise']).at(-1)!, attempt);
    const completion = statements.find((statement) => statementKind(statement) === 'completion')!;
    expect(completion.verb).toEqual(XAPI_VERBS.completed);
    expect(completion.result).not.toHaveProperty('success');
    expect(completion.result).toMatchObject({ completion: true, extensions: { [XAPI_EXTENSIONS.ending]: 'kept-open-but-bruised', [XAPI_EXTENSIONS.outcome]: 'mixed' } });
  });

  it('leaves the score out when there was nothing to score, and times a clock set back as no time', () => {
    const scene = closing.scenes['writing-it-up']!;
    const ending = closing.endings['kept-open-with-a-plan']!;
    const statement = completionStatement(closing, { ...attempt, startedAt: '2026-03-02T11:00:00.000Z' }, { ending, scene, move: 5, step: { recordedAt: '2026-03-02T10:00:00.000Z' }, raw: null });
    expect(statement.result).not.toHaveProperty('score');
    expect(statement.result?.duration).toBe('PT0S');
    expect(statementProblems(JSON.parse(JSON.stringify(statement)))).toEqual([]);
  });

  it('is stamped now when its move carries no time (a platform’s suspend data keeps none)', () => {
    const statement = completionStatement(closing, attempt, { ending: closing.endings['kept-open-with-a-plan']!, scene: closing.scenes['writing-it-up']!, move: 5, step: {}, raw: 80 });
    expect(statement.timestamp).toBe(attempt.now);
    expect(statement.result?.score).toEqual({ scaled: 0.8, raw: 80, min: 0, max: 100 });
    expect(statement.result?.duration).toBe('PT2H');
  });
});

describe('choiceStatement', () => {
  it('grades a choice that is neither recommended nor a mistake by what its feedback shows and misses', () => {
    const scene = closing.scenes['evening-planning']!;
    const choice = scene.choices.find((candidate) => candidate.id === 'ring-first-thing')!;
    const { result } = choiceStatement(closing, attempt, { scene, choice, move: 1, step: {} });
    const tone = result?.extensions?.[XAPI_EXTENSIONS.verdict];
    expect(['good', 'mixed', 'poor']).toContain(tone);
    expect(result?.score?.scaled).toBe({ good: 1, mixed: 0.5, poor: 0 }[tone as 'good']);
    expect('success' in result!).toBe(tone !== 'mixed');
  });

  it('reports only the response for a choice nothing grades', () => {
    const scene = structuredClone(closing.scenes['kerry-at-school']!);
    for (const choice of scene.choices) Object.assign(choice, { recommended: false, mistake: false, feedback: choice.feedback && { ...choice.feedback, shows: [], misses: [] } });
    const choice = scene.choices[0]!;
    expect(isGradedChoice(scene, choice)).toBe(false);
    expect(choiceStatement(closing, attempt, { scene, choice, move: 3, step: {} }).result).toEqual({ response: choice.id });
  });
});
