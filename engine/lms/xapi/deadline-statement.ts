/**
 * A deadline of the resolution process as a statement, once, on the move
 * that settled it: the learner *met* it (what it measures happened in time)
 * or *missed* it (its due time passed first). Aims (stage 1's 24 hours)
 * are left out, as the protocol never scores them. When is simulated time,
 * so it goes in extensions; the timestamp is when the learner made the
 * move.
 */
import type { Scenario, SceneNode } from '../../scenario/scenario-model.js';
import type { MetDeadlineView, MissedDeadlineView } from '../../runner/session-view.js';
import { statementContext, statementTimestamp } from './statement-parts.js';
import { statementId } from './statement-id.js';
import type { XapiAttempt } from './xapi-attempt.js';
import { deadlineActivityIri, XAPI_ACTIVITY_TYPES, XAPI_EXTENSIONS } from './xapi-iris.js';
import type { XapiStatement } from './xapi-statement.js';
import { XAPI_LANGUAGE, XAPI_VERBS } from './xapi-verbs.js';

/** A deadline as it was settled. */
export type SettledDeadline = { status: 'met'; deadline: MetDeadlineView } | { status: 'missed'; deadline: MissedDeadlineView };

/** What a deadline statement is made from. */
export interface DeadlineFacts {
  settled: SettledDeadline;
  /** The scene the learner made the move in. */
  scene: SceneNode;
  /** The move, counting from 0. */
  move: number;
  step: { recordedAt?: string };
}

/**
 * The statement of a deadline met or missed.
 * @example
 * deadlineStatement(scenario, attempt, { settled: { status: 'met', deadline }, scene, move: 6, step }).verb.id; // '…/verbs/met-deadline'
 */
export function deadlineStatement(scenario: Scenario, attempt: XapiAttempt, facts: DeadlineFacts): XapiStatement {
  const { settled, scene, move } = facts;
  const { deadline } = settled;
  const happenedAt = settled.status === 'met' ? settled.deadline.at : settled.deadline.happenedAt;
  return {
    id: statementId({ registration: attempt.registration, move, kind: 'deadline', subject: `${deadline.checkId}:${settled.status}` }),
    actor: attempt.actor,
    verb: settled.status === 'met' ? XAPI_VERBS.metDeadline : XAPI_VERBS.missedDeadline,
    object: {
      objectType: 'Activity',
      id: deadlineActivityIri(scenario.id, deadline.checkId),
      definition: { type: XAPI_ACTIVITY_TYPES.deadline, name: { [XAPI_LANGUAGE]: `Stage ${deadline.stage}: ${deadline.label}` } },
    },
    result: { success: settled.status === 'met', extensions: { [XAPI_EXTENSIONS.due]: deadline.due, [XAPI_EXTENSIONS.happenedAt]: happenedAt } },
    context: statementContext(scenario, attempt, { move, sceneId: scene.id, stage: scene.stage }, { parent: true }),
    timestamp: statementTimestamp(facts.step, attempt),
  };
}
