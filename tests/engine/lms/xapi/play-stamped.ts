/** Plays routes of bundled scenarios for the xAPI tests, each move stamped a minute after the last, as the player stamps them. */
import { choose, continueSession, startSession, viewSession, writeResponse, type Scenario, type Session } from '../../../../engine/index.js';
import { waitFor } from '../../../../engine/runner/session-moves.js';
import type { XapiAttempt } from '../../../../engine/lms/xapi/xapi-attempt.js';
import { recommendedClosingTooSoon } from '../../../e2e/site/play-route.js';

/** A choice id, `continue`, a wait, or text for a prompt. */
export type StampedStep = string | { write: string; text: string } | { wait: string };

/** The wall-clock time the attempts in these tests begin. */
export const STARTED_AT = '2026-03-02T10:00:00.000Z';

/** The time of the `n`th step (from 1): a minute apart. */
export const stampOf = (n: number) => new Date(Date.parse(STARTED_AT) + n * 60_000).toISOString();

/** Every session along a route: after each step, the first being the fresh session. */
export function playStamped(scenario: Scenario, steps: readonly StampedStep[], start: Session = startSession(scenario, { seed: 'xapi-tests' })): Session[] {
  const sessions = [start];
  let session = start;
  for (const step of steps) {
    const recordedAt = stampOf(session.steps.length + 1);
    if (typeof step === 'string') {
      const view = viewSession(scenario, session);
      session = step === 'continue' || (view.node.kind === 'scene' && view.node.canContinue) ? continueSession(scenario, session, { recordedAt }) : choose(scenario, session, step, { recordedAt });
    } else if ('write' in step) session = writeResponse(scenario, session, step.write, step.text, { recordedAt });
    else session = waitFor(scenario, session, step.wait, { recordedAt });
    sessions.push(session);
  }
  return sessions;
}

/** closing-too-soon's recommended route, writing all three prompts: the same route the site's tests play. */
export const RECOMMENDED: readonly StampedStep[] = recommendedClosingTooSoon;

/** The attempt these tests report for: an account on a platform, a fixed registration and clock, no writing sent. */
export const TEST_ATTEMPT: XapiAttempt = {
  actor: { objectType: 'Agent', account: { homePage: 'https://moodle.example.org', name: 'b1f0c4e2-5d3a-4c7e-9f10-2a3b4c5d6e7f' } },
  registration: 'c0ffee00-1234-4abc-8def-000000000001',
  startedAt: STARTED_AT,
  includeReflections: false,
  now: '2026-03-02T12:00:00.000Z',
};

/** The texts the recommended route writes. */
export const RECOMMENDED_TEXTS = RECOMMENDED.flatMap((step) => (typeof step === 'object' && 'write' in step ? [step.text] : []));
