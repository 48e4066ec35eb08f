/**
 * What every statement about a scenario shares: the scenario as an
 * activity (the parent of the rest), the context (registration, revision,
 * platform, language, the scene and stage) and the timestamp.
 */
import type { Scenario } from '../../scenario/scenario-model.js';
import { scenarioDigest } from '../../runner/scenario-digest.js';
import type { XapiAttempt } from './xapi-attempt.js';
import { scenarioActivityIri, XAPI_ACTIVITY_TYPES, XAPI_EXTENSIONS } from './xapi-iris.js';
import type { XapiActivity, XapiContext, XapiExtensions } from './xapi-statement.js';
import { XAPI_LANGUAGE } from './xapi-verbs.js';

/** The name the platform field of the context gives. */
export const XAPI_PLATFORM = 'Common Ground';

/**
 * The scenario as an activity, as the parent of every other statement's
 * object: its id, type and title.
 * @example
 * scenarioParent(scenario, attempt).id; // 'https://common-ground.example.org/xapi/activities/scenarios/closing-too-soon'
 */
export function scenarioParent(scenario: Scenario, attempt: XapiAttempt): XapiActivity {
  return {
    objectType: 'Activity',
    id: attempt.activityId ?? scenarioActivityIri(scenario.id),
    definition: { type: XAPI_ACTIVITY_TYPES.scenario, name: { [XAPI_LANGUAGE]: scenario.frontmatter.title } },
  };
}

/**
 * The scenario as the object of its completion: the parent's id, type and
 * title, and its summary, sent once rather than with every statement.
 * @example
 * scenarioActivity(scenario, attempt).definition?.description; // { 'en-GB': 'Children's social care plans to close…' }
 */
export function scenarioActivity(scenario: Scenario, attempt: XapiAttempt): XapiActivity {
  const parent = scenarioParent(scenario, attempt);
  return { ...parent, definition: { ...parent.definition, description: { [XAPI_LANGUAGE]: scenario.frontmatter.summary } } };
}

/** Where in the play a statement comes from. */
export interface StatementPlace {
  /** The move, counting from 0. */
  move: number;
  /** The scene the learner made it in. */
  sceneId: string;
  stage: number;
}

/**
 * The context of a statement about a part of the scenario (a scene, a
 * prompt, a deadline): the scenario as its parent. For the scenario itself
 * (a completion) `parent` is false.
 *
 * @example
 * statementContext(scenario, attempt, { move: 0, sceneId: 'cin-review', stage: 1 }, { parent: true });
 */
export function statementContext(scenario: Scenario, attempt: XapiAttempt, place: StatementPlace, options: { parent: boolean }): XapiContext {
  const extensions: XapiExtensions = {
    [XAPI_EXTENSIONS.scene]: place.sceneId,
    [XAPI_EXTENSIONS.stage]: place.stage,
    [XAPI_EXTENSIONS.move]: place.move,
  };
  return {
    registration: attempt.registration,
    ...(options.parent ? { contextActivities: { parent: [scenarioParent(scenario, attempt)] } } : {}),
    revision: scenarioDigest(scenario),
    platform: XAPI_PLATFORM,
    language: XAPI_LANGUAGE,
    extensions,
  };
}

/**
 * A statement's timestamp: when the learner made the move (the time the
 * player stamped on it), or now when it carries none (a move resumed from
 * a platform's suspend data, which keeps no times).
 *
 * @example
 * statementTimestamp({ type: 'continue', recordedAt: '2026-03-02T10:00:00.000Z' }, attempt); // '2026-03-02T10:00:00.000Z'
 */
export function statementTimestamp(step: { recordedAt?: string }, attempt: XapiAttempt): string {
  return step.recordedAt ?? attempt.now;
}
