import { describe, expect, it } from 'vitest';
import { buildDebrief, startSession, type Debrief, type Scenario, type Session } from '../../../engine/index.js';
import type { SessionStep } from '../../../engine/runner/session.js';
import { scoreBreakdown, scormScore } from '../../../engine/lms/scorm-score.js';
import { bundled } from './bundled-scenarios.js';

/** A route of choice ids, with a Continue for each `-`. */
function route(scenario: Scenario, moves: string[]): Session {
  const steps: SessionStep[] = moves.map((move) => (move === '-' ? { type: 'continue' } : { type: 'choose', choiceId: move }));
  return { ...startSession(scenario), steps };
}

const closing = bundled('closing-too-soon');
const week = bundled('a-working-week');

describe('scormScore', () => {
  it('gives 100 for closing-too-soon’s recommended route', () => {
    // Stage 1's limit met (its 24-hour aim is not scored, stages 2–7 never reached): 1 of 1.
    // Every choice's feedback shows principles and misses none: 13 of 13.
    const best = route(closing, ['ask-for-time-tomorrow', 'start-with-amara', 'call-bea', 'acknowledge-and-propose', 'agree-actions', 'share-with-team']);
    expect(scoreBreakdown(buildDebrief(closing, best))).toEqual({ deadlinesMet: 1, deadlinesScored: 1, principlesShown: 13, principlesMissed: 0, raw: 100 });
    expect(scormScore(closing, best)).toBe(100);
  });

  it('gives 0 for its worst route, where the limit is missed and every principle missed', () => {
    // Waiting to see, then accepting closure: stage 1's limit missed (0 of 1); person at the centre and timeliness missed twice each (0 of 4).
    expect(scoreBreakdown(buildDebrief(closing, route(closing, ['wait-and-see', 'accept-closure'])))).toEqual({ deadlinesMet: 0, deadlinesScored: 1, principlesShown: 0, principlesMissed: 4, raw: 0 });
  });

  it('counts a deadline still open at an unresolved ending as not met', () => {
    // The angry email and reply-all end entrenched, stage 1's limit still pending: 0 of 1; respect missed twice, the person once: 0 of 3.
    const debrief = buildDebrief(closing, route(closing, ['angry-email', 'reply-all-again']));
    expect(debrief.stages[0]!.deadlines.find((deadline) => deadline.checkId === '1.limit')!.status).toBe('pending');
    expect(scoreBreakdown(debrief)).toMatchObject({ deadlinesMet: 0, deadlinesScored: 1, raw: 0 });
  });

  it('counts a skipped stage’s deadline as not met, and weighs the halves equally', () => {
    // Emailing the partnership skips stages 2–4: stage 1 limit met, stage 2 missed, stages 3 and 4 skipped, stage 5 referral met: 2 of 5.
    // Timeliness missed 3 times, respect shown once and missed once, recording shown once: 2 of 6.
    // (2/5 + 2/6) / 2 = 0.3667 → 37.
    const detour = route(closing, ['email-partnership', 'ring-bea-after-reply', 'accept-four-weeks']);
    const debrief = buildDebrief(closing, detour);
    expect(debrief.stages.flatMap((stage) => stage.deadlines).filter((d) => d.status !== 'not-reached' && d.status !== 'aim').map((d) => `${d.checkId} ${d.status}`)).toEqual([
      '1.limit met',
      '2.discussion missed',
      '3.resolution skipped',
      '4.resolution skipped',
      '5.referral met',
    ]);
    expect(scoreBreakdown(debrief)).toEqual({ deadlinesMet: 2, deadlinesScored: 5, principlesShown: 2, principlesMissed: 4, raw: 37 });
  });

  it('scores a late assessment in a-working-week at 60', () => {
    // Deadlines: stage 1 discussion and stage 2 managers met, stage 3 decision and stage 4 meeting missed, stage 4 outcome met: 3 of 5.
    // Principles: 9 shown, 6 missed: 9 of 15. (0.6 + 0.6) / 2 → 60.
    const late = route(week, ['refer-again', 'ring-hannah-properly', '-', 'demand-assessment', 'escalate-no-repair', 'written-summary', 'to-senior-managers', 'leave-it-over-the-bank-holiday', 'ask-for-review-now', '-']);
    expect(scoreBreakdown(buildDebrief(week, late))).toEqual({ deadlinesMet: 3, deadlinesScored: 5, principlesShown: 9, principlesMissed: 6, raw: 60 });
  });
});

describe('scoreBreakdown', () => {
  const real = buildDebrief(closing, route(closing, ['email-partnership', 'ring-bea-after-reply', 'accept-four-weeks']));
  /** The real debrief with its stages' deadlines and principles replaced. */
  function edited(deadlines: Debrief['stages'][number]['deadlines'][number]['status'][], principles: [shown: number, missed: number][]): Debrief {
    const copy = structuredClone(real);
    const template = copy.stages[0]!.deadlines[0]!;
    copy.stages = [{ ...copy.stages[0]!, deadlines: deadlines.map((status) => ({ ...template, status })) }];
    copy.principles = principles.map(([shown, missed], index) => ({ ...copy.principles[index % copy.principles.length]!, shownBy: Array(shown).fill('a'), missedBy: Array(missed).fill('b') }));
    return copy;
  }

  it('lets the principles carry the whole weight when no deadline is scored, and the other way round', () => {
    expect(scoreBreakdown(edited(['aim', 'not-reached'], [[3, 1]])).raw).toBe(75);
    expect(scoreBreakdown(edited(['met', 'missed', 'missed'], [])).raw).toBe(33);
    expect(scoreBreakdown(edited(['met', 'missed', 'missed'], [[0, 0]])).raw).toBe(33);
  });

  it('has no score when there is nothing to score', () => {
    expect(scoreBreakdown(edited(['aim'], [])).raw).toBeNull();
  });

  it('rounds halves up, exactly', () => {
    // (1/2 + 1/4) / 2 = 37.5 → 38; 1/8 = 12.5 → 13; (1/3 + 2/3) / 2 = 50.
    expect(scoreBreakdown(edited(['met', 'pending'], [[1, 3]])).raw).toBe(38);
    expect(scoreBreakdown(edited(['met', 'missed', 'missed', 'missed', 'missed', 'missed', 'skipped', 'pending'], [])).raw).toBe(13);
    expect(scoreBreakdown(edited(['met', 'missed', 'missed'], [[2, 1]])).raw).toBe(50);
  });

  it('counts each time a principle is shown or missed', () => {
    expect(scoreBreakdown(edited([], [[2, 1], [0, 1]]))).toMatchObject({ principlesShown: 2, principlesMissed: 2, raw: 50 });
  });
});
