/**
 * A choice as a statement: the learner *answered* the scene (a choice
 * interaction listing the scene's choices), with the choice's id as the
 * response. Where the choice is graded (the scene has a recommended or
 * mistaken choice, or the choice's feedback shows or misses a principle)
 * the result says how it went, as the player's feedback panel says it
 * (`judgeChoice`): good is a success with a scaled score of 1, poor a
 * failure with 0, mixed 0.5 with no success either way (as a mixed ending
 * is completed, neither passed nor failed).
 */
import { judgeChoice, type ChoiceVerdict } from '../../runner/present.js';
import type { Scenario, ScenarioChoice, SceneNode } from '../../scenario/scenario-model.js';
import { nodeTitle } from '../../scenario/narrative-heading.js';
import { statementContext, statementTimestamp } from './statement-parts.js';
import { statementId } from './statement-id.js';
import type { XapiAttempt } from './xapi-attempt.js';
import { sceneActivityIri, XAPI_ACTIVITY_TYPES, XAPI_EXTENSIONS } from './xapi-iris.js';
import type { XapiActivity, XapiResult, XapiStatement } from './xapi-statement.js';
import { XAPI_LANGUAGE, XAPI_VERBS } from './xapi-verbs.js';

/** What a choice statement is made from. */
export interface ChoiceFacts {
  scene: SceneNode;
  choice: ScenarioChoice;
  /** The move, counting from 0. */
  move: number;
  /** The step, for when it was made. */
  step: { recordedAt?: string };
}

/** The scaled score of each verdict. */
const SCALED: Readonly<Record<ChoiceVerdict['tone'], number>> = { good: 1, mixed: 0.5, poor: 0 };

/**
 * Whether a choice is graded: its scene marks a choice recommended or a mistake, or its feedback names principles.
 * @example
 * isGradedChoice(scene, scene.choices[0]!); // true for a scene with a recommended choice
 */
export function isGradedChoice(scene: SceneNode, choice: ScenarioChoice): boolean {
  const principles = (choice.feedback?.shows.length ?? 0) + (choice.feedback?.misses.length ?? 0);
  return principles > 0 || scene.choices.some((other) => other.recommended || other.mistake);
}

/**
 * The scene as a choice interaction: its title and its choices in the file's order (not the shuffled order a learner saw).
 * @example
 * sceneActivity(scenario, scene).definition?.choices?.map((choice) => choice.id); // ['ask-for-time-tomorrow', 'wait-and-see', …]
 */
export function sceneActivity(scenario: Scenario, scene: SceneNode): XapiActivity {
  return {
    objectType: 'Activity',
    id: sceneActivityIri(scenario.id, scene.id),
    definition: {
      type: XAPI_ACTIVITY_TYPES.interaction,
      name: { [XAPI_LANGUAGE]: nodeTitle(scenario, scene.id) },
      interactionType: 'choice',
      choices: scene.choices.map((choice) => ({ id: choice.id, description: { [XAPI_LANGUAGE]: choice.label } })),
    },
  };
}

/**
 * The statement of a choice.
 * @example
 * choiceStatement(scenario, attempt, { scene, choice, move: 0, step }).result; // { response: 'ask-for-time-tomorrow', success: true, score: { scaled: 1 }, extensions: { …/verdict: 'good' } }
 */
export function choiceStatement(scenario: Scenario, attempt: XapiAttempt, facts: ChoiceFacts): XapiStatement {
  const { scene, choice, move } = facts;
  let result: XapiResult = { response: choice.id };
  if (isGradedChoice(scene, choice)) {
    const ids = (list: readonly string[] = []) => list.map((id) => ({ id, label: id }));
    const { tone } = judgeChoice(choice, { shows: ids(choice.feedback?.shows), misses: ids(choice.feedback?.misses) });
    result = { ...result, ...(tone === 'mixed' ? {} : { success: tone === 'good' }), score: { scaled: SCALED[tone] }, extensions: { [XAPI_EXTENSIONS.verdict]: tone } };
  }
  return {
    id: statementId({ registration: attempt.registration, move, kind: 'choice', subject: choice.id }),
    actor: attempt.actor,
    verb: XAPI_VERBS.answered,
    object: sceneActivity(scenario, scene),
    result,
    context: statementContext(scenario, attempt, { move, sceneId: scene.id, stage: scene.stage }, { parent: true }),
    timestamp: statementTimestamp(facts.step, attempt),
  };
}
