/**
 * What the learner wrote at a `<Reflect>` or `<Record>` prompt, as its own
 * statement: they *responded* to the prompt (a long fill-in interaction),
 * the text as `result.response`. Made only when the learner has opted in
 * (`XapiAttempt.includeReflections`); `newStatements` never calls this
 * otherwise, so no other statement ever carries their words.
 */
import { mdastText } from '../../kernel/mdast-text.js';
import type { Scenario, ScenarioRecord, ScenarioReflect, SceneNode } from '../../scenario/scenario-model.js';
import { statementContext, statementTimestamp } from './statement-parts.js';
import { statementId } from './statement-id.js';
import type { XapiAttempt } from './xapi-attempt.js';
import { promptActivityIri, XAPI_ACTIVITY_TYPES } from './xapi-iris.js';
import type { XapiActivity, XapiStatement } from './xapi-statement.js';
import { XAPI_LANGUAGE, XAPI_VERBS } from './xapi-verbs.js';

/** What a reflection statement is made from. */
export interface ReflectionFacts {
  scene: SceneNode;
  prompt: ScenarioReflect | ScenarioRecord;
  /** What the learner wrote, as it stood when they moved on. */
  text: string;
  /** The move that left the scene, counting from 0. */
  move: number;
  /** The writing step, for when it was written. */
  step: { recordedAt?: string };
}

/**
 * The prompt as an activity: its words, as a reflection or a record.
 * @example
 * promptActivity(scenario, prompt).definition?.interactionType; // 'long-fill-in'
 */
export function promptActivity(scenario: Scenario, prompt: ScenarioReflect | ScenarioRecord): XapiActivity {
  const kind = 'phase' in prompt ? 'Reflection' : 'Record';
  return {
    objectType: 'Activity',
    id: promptActivityIri(scenario.id, prompt.id),
    definition: {
      type: XAPI_ACTIVITY_TYPES.interaction,
      name: { [XAPI_LANGUAGE]: `${kind}: ${mdastText(prompt.prompt.mdast).replace(/\s+/g, ' ').trim()}` },
      interactionType: 'long-fill-in',
    },
  };
}

/**
 * The statement of what was written at a prompt. Its id is made from the
 * text too, so rewriting after a step back is a new statement, not a
 * clash with the old one.
 *
 * @example
 * reflectionStatement(scenario, attempt, { scene, prompt, text: 'Share what Amara said.', move: 1, step }).result; // { response: 'Share what Amara said.' }
 */
export function reflectionStatement(scenario: Scenario, attempt: XapiAttempt, facts: ReflectionFacts): XapiStatement {
  const { scene, prompt, text, move } = facts;
  return {
    id: statementId({ registration: attempt.registration, move, kind: 'reflection', subject: `${prompt.id}\n${text}` }),
    actor: attempt.actor,
    verb: XAPI_VERBS.responded,
    object: promptActivity(scenario, prompt),
    result: { response: text },
    context: statementContext(scenario, attempt, { move, sceneId: scene.id, stage: scene.stage }, { parent: true }),
    timestamp: statementTimestamp(facts.step, attempt),
  };
}
