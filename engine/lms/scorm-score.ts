/**
 * The score a play-through reports as SCORM 1.2 `cmi.core.score.raw`, a
 * whole number from 0 to 100 (`score.min` 0, `score.max` 100), made of two
 * halves taken from the debrief (`buildDebrief`), so the score and what
 * the learner reads agree:
 *
 * - **Deadlines**: met ÷ scored, over every deadline of every stage in the
 *   debrief. Scored are those the debrief calls `met`, `missed`, `skipped`
 *   (the stage was jumped over, so its deadline was never honestly met) or
 *   `pending` (still open when play stopped: at an unresolved ending the
 *   matter was left with the limit outstanding, so it was not met). Not
 *   scored: aims (stage 1's 24 hours, "never scored" by the protocol) and
 *   deadlines of stages the route never reached (resolving early is not a
 *   shortfall).
 * - **Principles**: shown ÷ (shown + missed), counting every time a choice's
 *   feedback shows or misses a principle of good challenge (a principle
 *   shown twice and missed once counts 2 of 3), so a long route of good
 *   choices outweighs one slip.
 *
 * raw = round(100 × (deadlines + principles) ÷ 2), halves rounded up. When
 * a route has no scored deadline, the principles carry the whole weight,
 * and the other way round; with neither there is nothing to score and the
 * score is null, so no number is reported (the lesson status still is).
 * It is meant for an ending; before one, open deadlines count as not met.
 */
import { buildDebrief } from '../debrief/build-debrief.js';
import type { Debrief, DebriefDeadline } from '../debrief/debrief.js';
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Session } from '../runner/session.js';
import type { Scenario } from '../scenario/scenario-model.js';

/** The lowest and highest raw score, as written to `cmi.core.score.min` and `.max`. */
export const SCORM_SCORE_RANGE = Object.freeze({ min: 0, max: 100 });

/** The deadline statuses that count towards the score. */
const SCORED: ReadonlySet<DebriefDeadline['status']> = new Set(['met', 'missed', 'skipped', 'pending']);

/** The counts a score is made from, and the score. */
export interface ScoreBreakdown {
  deadlinesMet: number;
  /** Deadlines that count: met, missed, skipped or still open. */
  deadlinesScored: number;
  /** Times a choice showed a principle. */
  principlesShown: number;
  /** Times a choice missed one. */
  principlesMissed: number;
  /** 0 to 100; null when there was nothing to score. */
  raw: number | null;
}

/** round(100 × a/b), halves up, in whole numbers so 62.5 never becomes 62.4999…. */
function percent(numerator: number, denominator: number): number {
  return Math.floor((200 * numerator + denominator) / (2 * denominator));
}

/**
 * The counts behind the score of a debrief, and the score.
 *
 * @example
 * scoreBreakdown(buildDebrief(scenario, session));
 * // { deadlinesMet: 3, deadlinesScored: 4, principlesShown: 5, principlesMissed: 1, raw: 79 }
 */
export function scoreBreakdown(debrief: Debrief): ScoreBreakdown {
  const deadlines = debrief.stages.flatMap((stage) => stage.deadlines).filter((deadline) => SCORED.has(deadline.status));
  const deadlinesMet = deadlines.filter((deadline) => deadline.status === 'met').length;
  const principlesShown = debrief.principles.reduce((sum, principle) => sum + principle.shownBy.length, 0);
  const principlesMissed = debrief.principles.reduce((sum, principle) => sum + principle.missedBy.length, 0);
  const d = deadlines.length;
  const p = principlesShown + principlesMissed;
  // (met/d + shown/p) / 2 = (met·p + shown·d) / (2·d·p), kept as whole numbers.
  const raw = d > 0 && p > 0 ? percent(deadlinesMet * p + principlesShown * d, 2 * d * p) : d > 0 ? percent(deadlinesMet, d) : p > 0 ? percent(principlesShown, p) : null;
  return { deadlinesMet, deadlinesScored: d, principlesShown, principlesMissed, raw };
}

/**
 * The raw score of a session, 0 to 100, or null when its route has neither
 * a scored deadline nor a principle (see the module comment for the formula).
 *
 * @throws {RunnerError} when the session does not replay against the scenario.
 * @example
 * api.LMSSetValue('cmi.core.score.raw', String(scormScore(scenario, session))); // e.g. '100' on the recommended route
 */
export function scormScore(scenario: Scenario, session: Session, options: RunnerOptions = {}): number | null {
  return scoreBreakdown(buildDebrief(scenario, session, options)).raw;
}
