/**
 * The other ways to do well. A scenario may have more than one good ending
 * (resolved early by negotiation, or properly escalated; a decision held,
 * or changed on new evidence), and a learner who reached one should see
 * that the others exist and how they are reached. For each good ending the
 * learner did not reach, the route most like the author's recommendations
 * (fewest choices that are not recommended, then fewest moves), told from
 * the first scene where it leaves the learner's own path.
 */
import { narrativeHeading } from '../scenario/narrative-heading.js';
import type { Scenario, SceneNode } from '../scenario/scenario-model.js';
import { sceneWayOn } from '../scenario/scene-way-on.js';

/** One decision on another good route. */
export interface OtherRouteStep {
  /** The scene's heading (or a description without its id). */
  scene: string;
  /** The choice made there. */
  choice: string;
}

/** A good ending the learner did not reach, and a route to it. */
export interface OtherGoodRoute {
  endingId: string;
  /** The ending's heading. */
  title: string;
  /** The stage it resolves at; undefined when it does not. */
  resolvedAt: number | undefined;
  /** The decisions from where the route leaves the learner's path, in order (narrative steps left out). */
  steps: OtherRouteStep[];
}

interface Edge {
  from: string;
  choice: string | null;
  to: string;
  cost: number;
}

function edgesOf(scene: SceneNode): Edge[] {
  const wayOn = sceneWayOn(scene);
  if (wayOn !== undefined) return [{ from: scene.id, choice: null, to: wayOn.to, cost: 1 }];
  // A choice that is not recommended costs much more than a step: the route a learner is shown should be a sound one.
  return scene.choices.map((choice) => ({ from: scene.id, choice: choice.label, to: choice.to, cost: choice.recommended ? 1 : 1000 }));
}

/** The cheapest edges into every node from the start (Dijkstra; scenarios are small). */
function cheapestRoutes(scenario: Scenario): Map<string, Edge[]> {
  const best = new Map<string, { cost: number; route: Edge[] }>([[scenario.start, { cost: 0, route: [] }]]);
  const done = new Set<string>();
  for (;;) {
    let next: string | undefined;
    for (const [id, entry] of best) if (!done.has(id) && (next === undefined || entry.cost < best.get(next)!.cost)) next = id;
    if (next === undefined) break;
    done.add(next);
    const scene = Object.hasOwn(scenario.scenes, next) ? scenario.scenes[next] : undefined;
    if (!scene) continue;
    const here = best.get(next)!;
    for (const edge of edgesOf(scene)) {
      const cost = here.cost + edge.cost;
      const known = best.get(edge.to);
      if (known === undefined || cost < known.cost) best.set(edge.to, { cost, route: [...here.route, edge] });
    }
  }
  return new Map([...best].map(([id, entry]) => [id, entry.route]));
}

/**
 * The good endings other than `reached`, each with a route, in file order.
 * `visited` is the learner's path of scene ids, so each route is told from
 * where it leaves it.
 *
 * @example
 * otherGoodRoutes(scenario, 'kept-open-with-a-plan', ['cin-review', 'evening-planning']);
 * // [{ endingId: 'kept-open-after-review', title: '…', steps: [{ scene: 'The call', choice: 'Ask for a review…' }] }]
 */
export function otherGoodRoutes(scenario: Scenario, reached: string | null, visited: readonly string[]): OtherGoodRoute[] {
  const good = scenario.order.filter((id) => id !== reached && scenario.endings[id]?.outcome === 'good');
  if (good.length === 0) return [];
  const routes = cheapestRoutes(scenario);
  const seen = new Set(visited);
  return good.flatMap((id) => {
    const route = routes.get(id);
    const ending = scenario.endings[id];
    if (route === undefined || ending === undefined) return [];
    // Told from the last scene of the learner's own path that the route passes through.
    let from = 0;
    route.forEach((edge, index) => {
      if (seen.has(edge.from)) from = index;
    });
    const steps = route.slice(from).flatMap((edge) => {
      const scene = scenario.scenes[edge.from];
      return edge.choice === null || !scene ? [] : [{ scene: narrativeHeading(scene.narrative) ?? `A scene at stage ${scene.stage}`, choice: edge.choice }];
    });
    return [{ endingId: id, title: narrativeHeading(ending.debrief) ?? 'A good ending', resolvedAt: ending.resolvedAt, steps }];
  });
}

/**
 * A route in words, the same in every front end: a title line, and one
 * line per decision.
 *
 * @example
 * describeOtherRoute(route); // { title: 'Kept open after a review (resolved at stage 3)', steps: ['At “The call”: Ask for a review'] }
 */
export function describeOtherRoute(route: OtherGoodRoute): { title: string; steps: string[] } {
  const resolved = route.resolvedAt === undefined ? '' : ` (resolved at stage ${route.resolvedAt})`;
  return { title: `${route.title}${resolved}`, steps: route.steps.map((step) => `At “${step.scene}”: ${step.choice}`) };
}
