/**
 * Every way through a scenario, for tests and authors: each sequence of
 * choices (and continues) from the start to an ending, found by walking the
 * scene graph depth-first. No simulated time is involved, so it is cheap.
 */
import { sceneWayOn } from '../scenario/scene-way-on.js';
import type { Scenario } from '../scenario/scenario-model.js';

/** One path from the start to an ending. */
export interface ScenarioPath {
  /** The steps: choice ids, or `continue` steps. */
  steps: ({ type: 'choose'; choiceId: string } | { type: 'continue' })[];
  /** Node ids visited, start first, ending last. */
  nodes: string[];
  /** The ending reached. */
  ending: string;
}

/** What {@link enumeratePaths} finds. */
export interface EnumeratedPaths {
  paths: ScenarioPath[];
  /** True when the limit stopped the walk before every path was found. */
  truncated: boolean;
}

/**
 * Lists every path from the start scene to an ending, at most `limit` of
 * them (default 10 000). A path never visits a scene twice, so a scenario
 * that lets the learner go back to an earlier scene still has finitely many.
 *
 * @example
 * const { paths, truncated } = enumeratePaths(scenario, { limit: 500 });
 * paths[0]; // { steps: [{ type: 'choose', choiceId: 'phone-today' }, …], ending: 'resolved-at-stage-1', … }
 */
export function enumeratePaths(scenario: Scenario, options: { limit?: number } = {}): EnumeratedPaths {
  const limit = options.limit ?? 10_000;
  const paths: ScenarioPath[] = [];
  let truncated = false;
  const steps: ScenarioPath['steps'] = [];
  const nodes: string[] = [];

  const walk = (id: string): void => {
    if (truncated) return;
    if (Object.hasOwn(scenario.endings, id)) {
      if (paths.length >= limit) {
        truncated = true;
        return;
      }
      paths.push({ steps: [...steps], nodes: [...nodes, id], ending: id });
      return;
    }
    const scene = Object.hasOwn(scenario.scenes, id) ? scenario.scenes[id] : undefined;
    if (scene === undefined || nodes.includes(id)) return;
    nodes.push(id);
    const wayOn = sceneWayOn(scene);
    if (wayOn !== undefined) {
      steps.push({ type: 'continue' });
      walk(wayOn.to);
      steps.pop();
    } else {
      for (const choice of scene.choices) {
        steps.push({ type: 'choose', choiceId: choice.id });
        walk(choice.to);
        steps.pop();
        if (truncated) break;
      }
    }
    nodes.pop();
  };

  walk(scenario.start);
  return { paths, truncated };
}
