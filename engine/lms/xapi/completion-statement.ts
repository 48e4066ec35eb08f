/**
 * Reaching an ending as a statement about the scenario: *passed* at a good
 * ending, *failed* at a poor one, *completed* at a mixed one (the mapping
 * SCORM's lesson status uses, `scorm-status.ts`). The result has
 * `completion`, `success` (not at a mixed ending), the score SCORM reports
 * (`scorm-score.ts`) as raw 0–100 and scaled 0–1, and the time from the
 * attempt's start to the ending as an ISO 8601 duration: wall-clock time,
 * breaks included, as the attempt is one thing however many sittings it
 * took.
 */
import type { EndingNode, Scenario, SceneNode } from '../../scenario/scenario-model.js';
import { SCORM_SCORE_RANGE } from '../scorm-score.js';
import { formatIsoDuration } from './iso-duration.js';
import { scenarioActivity, statementContext, statementTimestamp } from './statement-parts.js';
import { statementId } from './statement-id.js';
import type { XapiAttempt } from './xapi-attempt.js';
import { XAPI_EXTENSIONS } from './xapi-iris.js';
import type { XapiResult, XapiStatement } from './xapi-statement.js';
import { XAPI_VERBS } from './xapi-verbs.js';

/** What a completion statement is made from. */
export interface CompletionFacts {
  ending: EndingNode;
  /** The scene the ending was reached from. */
  scene: SceneNode;
  /** The move that reached it, counting from 0. */
  move: number;
  step: { recordedAt?: string };
  /** `scormScore` of the play-through: 0 to 100, or null when there was nothing to score. */
  raw: number | null;
}

const VERB = { good: XAPI_VERBS.passed, mixed: XAPI_VERBS.completed, poor: XAPI_VERBS.failed } as const;

/**
 * The statement of an ending reached.
 * @example
 * completionStatement(scenario, attempt, { ending, scene, move: 8, step, raw: 100 }).result;
 * // { completion: true, success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 }, duration: 'PT6M12S', extensions: { … } }
 */
export function completionStatement(scenario: Scenario, attempt: XapiAttempt, facts: CompletionFacts): XapiStatement {
  const { ending, scene, move, raw } = facts;
  const timestamp = statementTimestamp(facts.step, attempt);
  const result: XapiResult = {
    completion: true,
    ...(ending.outcome === 'mixed' ? {} : { success: ending.outcome === 'good' }),
    ...(raw === null ? {} : { score: { scaled: (raw - SCORM_SCORE_RANGE.min) / (SCORM_SCORE_RANGE.max - SCORM_SCORE_RANGE.min), raw, min: SCORM_SCORE_RANGE.min, max: SCORM_SCORE_RANGE.max } }),
    duration: formatIsoDuration(Date.parse(timestamp) - Date.parse(attempt.startedAt)),
    extensions: { [XAPI_EXTENSIONS.ending]: ending.id, [XAPI_EXTENSIONS.outcome]: ending.outcome },
  };
  return {
    id: statementId({ registration: attempt.registration, move, kind: 'completion', subject: ending.id }),
    actor: attempt.actor,
    verb: VERB[ending.outcome],
    object: scenarioActivity(scenario, attempt),
    result,
    context: statementContext(scenario, attempt, { move, sceneId: scene.id, stage: ending.stage ?? scene.stage }, { parent: false }),
    timestamp,
  };
}
