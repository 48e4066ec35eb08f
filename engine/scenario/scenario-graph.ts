/**
 * The scenario as a directed graph of ids (scenes and endings) and the few
 * graph questions the validator asks: what the start reaches, what can still
 * reach an ending, and which groups of scenes form loops.
 */
import type { SceneNode } from './scenario-model.js';

/** Ids a scene leads to: its choices' targets, its `<Continue>` and any event with `to`. */
function waysOn(scene: SceneNode): string[] {
  return [
    ...scene.choices.map((choice) => choice.to),
    ...(scene.next ? [scene.next.to] : []),
    ...scene.events.flatMap((event) => (event.to === undefined ? [] : [event.to])),
  ];
}

/** Adjacency from scene id to the ids it leads to. */
export type SceneGraph = ReadonlyMap<string, readonly string[]>;

/**
 * The graph of a set of scenes.
 *
 * @example
 * buildSceneGraph(scenario.scenes).get('monday-morning'); // ['the-call', 'case-closed']
 */
export function buildSceneGraph(scenes: Readonly<Record<string, SceneNode>>): SceneGraph {
  return new Map(Object.values(scenes).map((scene) => [scene.id, waysOn(scene)]));
}

/**
 * Every id reachable from `start`, including `start`.
 *
 * @example
 * reachableFrom(graph, 'monday-morning').has('resolved-at-stage-1'); // true
 */
export function reachableFrom(graph: SceneGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const next of graph.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * Every scene id from which some id in `goals` can be reached.
 *
 * @example
 * canReachAny(graph, new Set(Object.keys(scenario.endings)));
 */
export function canReachAny(graph: SceneGraph, goals: ReadonlySet<string>): Set<string> {
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of graph) {
    for (const to of targets) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  }
  const result = new Set<string>();
  const queue = [...goals];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const previous of reverse.get(id) ?? []) {
      if (!result.has(previous) && !goals.has(previous)) {
        result.add(previous);
        queue.push(previous);
      }
    }
  }
  return result;
}

/**
 * Groups of scenes that can each reach the others (strongly connected
 * components, Tarjan's algorithm, iterative so deep graphs cannot overflow
 * the stack), keeping only real loops: two or more scenes, or one scene
 * that leads back to itself.
 *
 * @example
 * findLoops(graph); // [['ask-again', 'wait-reply']]
 */
export function findLoops(graph: SceneGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const loops: string[][] = [];
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; next: number };
      const targets = (graph.get(frame.id) ?? []).filter((target) => graph.has(target));
      if (frame.next < targets.length) {
        const target = targets[frame.next] as string;
        frame.next += 1;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const selfLoop = component.length === 1 && targets.includes(frame.id);
        if (component.length > 1 || selfLoop) loops.push(component.reverse());
      }
    }
  }
  return loops;
}
