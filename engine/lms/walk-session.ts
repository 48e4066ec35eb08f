/**
 * Where each move of a session is made, found from the scene graph alone:
 * no clock, no process machine. Encoding a session for a learning platform
 * needs the scene of every step (a choice is stored as its place in that
 * scene's list) and the node reached (the platform's lesson location), and
 * measuring every route of a scenario does this thousands of times, where a
 * full replay (`replaySession`) would cost milliseconds each. Anything that
 * must be exact about time still replays; this answers only "which scene".
 */
import type { Scenario, ScenarioNode, SceneNode } from '../scenario/scenario-model.js';
import { sceneWayOn } from '../scenario/scene-way-on.js';
import { RunnerError } from '../runner/runner-error.js';
import type { SessionStep } from '../runner/session.js';

/** One step with the scene it is made in. */
export interface WalkedStep {
  step: SessionStep;
  /** Its index in the session's steps. */
  index: number;
  /** The scene the learner is in when making it. */
  scene: SceneNode;
}

/** A whole session walked. */
export interface SessionWalk {
  steps: WalkedStep[];
  /** The scene or ending reached after the last step. */
  node: ScenarioNode;
}

function nodeOf(scenario: Scenario, id: string): ScenarioNode {
  const node = (Object.hasOwn(scenario.scenes, id) ? scenario.scenes[id] : undefined) ?? (Object.hasOwn(scenario.endings, id) ? scenario.endings[id] : undefined);
  if (node === undefined) throw new RunnerError('broken-session', `"${id}" is not a scene or ending of this scenario.`, 'Validate the scenario: every `to` must name a scene or ending.');
  return node;
}

/**
 * The scenario's first scene.
 *
 * @throws {RunnerError} `broken-session` when `start` names no scene.
 * @example
 * startNode(scenario).id; // 'the-strategy-meeting'
 */
export function startNode(scenario: Scenario): SceneNode {
  const node = nodeOf(scenario, scenario.start);
  if (node.kind !== 'scene') throw new RunnerError('broken-session', `The scenario's start "${scenario.start}" is an ending, not a scene.`, 'Validate the scenario; its `start` must name a scene.');
  return node;
}

/**
 * The node a step leads to from a scene: a choice's or a way on's `to`; the
 * same scene for a wait or a write. Checks what the replayer checks about
 * the scene graph (the choice is offered, there is a way on, the prompt is
 * the scene's), so a step that passes here fails a replay only over time.
 *
 * @throws {RunnerError} `invalid-choice`, `nothing-to-continue` or `unknown-prompt`.
 * @example
 * nodeAfter(scenario, scene, { type: 'choose', choiceId: 'phone-today' }).id; // 'the-call'
 */
export function nodeAfter(scenario: Scenario, scene: SceneNode, step: SessionStep): ScenarioNode {
  const wayOn = sceneWayOn(scene);
  switch (step.type) {
    case 'choose': {
      const choice = wayOn === undefined ? scene.choices.find((candidate) => candidate.id === step.choiceId) : undefined;
      if (choice === undefined) throw new RunnerError('invalid-choice', `"${step.choiceId}" is not a choice in scene "${scene.id}".`, `Choose one of: ${scene.choices.map((c) => c.id).join(', ') || 'none (Continue instead)'}.`);
      return nodeOf(scenario, choice.to);
    }
    case 'continue':
      if (wayOn === undefined) throw new RunnerError('nothing-to-continue', `Scene "${scene.id}" is a decision, with nothing to continue with.`, `Choose one of: ${scene.choices.map((c) => c.id).join(', ')}.`);
      return nodeOf(scenario, wayOn.to);
    case 'write':
      if (!promptsOf(scene).some((prompt) => prompt.id === step.promptId)) {
        throw new RunnerError('unknown-prompt', `There is no reflection or record "${step.promptId}" in scene "${scene.id}".`, 'Write only to the prompts of the scene you are in.');
      }
      return scene;
    case 'wait':
      return scene;
  }
}

/**
 * A scene's reflections then records: the order the replayer looks prompts
 * up in, and so the order a prompt's number in suspend data refers to.
 *
 * @example
 * promptsOf(scene).map((prompt) => prompt.id); // ['before-the-call', 'call-notes']
 */
export function promptsOf(scene: SceneNode): readonly { id: string }[] {
  return [...scene.reflects, ...scene.records];
}

/**
 * Each step of a session with the scene it is made in, and the node reached.
 *
 * @throws {RunnerError} when a step does not fit the scene graph, or comes after an ending (`finished`).
 * @example
 * const { steps, node } = walkSession(scenario, session.steps);
 * node.kind === 'ending' && node.outcome; // 'good'
 */
export function walkSession(scenario: Scenario, steps: readonly SessionStep[]): SessionWalk {
  let node: ScenarioNode = startNode(scenario);
  const walked: WalkedStep[] = [];
  for (const [index, step] of steps.entries()) {
    if (node.kind === 'ending') throw new RunnerError('finished', `Step ${index + 1} (${step.type}) comes after the ending "${node.id}".`, 'The scenario is over: restart the session to play again.');
    walked.push({ step, index, scene: node });
    node = nodeAfter(scenario, node, step);
  }
  return { steps: walked, node };
}
