/**
 * The attempt a play-through's statements belong to: who, which
 * registration, when it began, and whether the learner let their writing be
 * sent. The shell keeps it (site/src/lms/xapi/attempt-store.ts) and gives
 * it to `newStatements`; nothing here reads a clock.
 */
import type { XapiAgent } from './xapi-statement.js';

/** One attempt at a scenario, as the statements need it. */
export interface XapiAttempt {
  actor: XapiAgent;
  /** The attempt's UUID: a cmi5 launch's, or one made when the attempt began. */
  registration: string;
  /** The scenario's activity IRI, when a cmi5 launch gives one; otherwise `scenarioActivityIri(scenario.id)`. */
  activityId?: string;
  /** When the attempt began (ISO 8601), for the completion's duration. */
  startedAt: string;
  /** The learner opted in to sending what they write. Off unless they ticked the box. */
  includeReflections: boolean;
  /** Now (ISO 8601): the timestamp of a statement whose move carries no time of its own. */
  now: string;
}
