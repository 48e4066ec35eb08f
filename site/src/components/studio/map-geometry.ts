/**
 * Where the scene map's lane bands go: the story flows down the map, one
 * band per stage, each from half way to the lane above it to half way to
 * the lane below, so the bands tile the map with every box inside its own.
 */
import type { ScenarioMap } from '../../../../engine/runtime.js';
import type { MapLayout } from './use-map-layout.js';

/** One lane's band, in layout coordinates (before the map's margins). */
export interface LaneBand {
  stage: number;
  label: string;
  y: number;
  height: number;
}

/** The partition elkjs put a node in (the lane's index), from the graph it was given. */
function partitionOf(layout: MapLayout): Map<string, number> {
  return new Map(layout.checked.graph.children.map((node) => [node.id, Number(node.layoutOptions['elk.partitioning.partition'] ?? 0)]));
}

/**
 * The lanes' bands down the laid-out map (`elkGraphFor(…, { direction: 'DOWN' })`).
 *
 * @example
 * laneBands(map, layout); // [{ stage: 1, label: 'Stage 1: …', y: 0, height: 262 }, …]
 */
export function laneBands(map: ScenarioMap, layout: MapLayout): LaneBand[] {
  const partitions = partitionOf(layout);
  const spans = map.lanes.map(() => ({ min: Infinity, max: -Infinity }));
  for (const [id, box] of layout.boxes) {
    const span = spans[partitions.get(id) ?? 0];
    if (!span) continue;
    span.min = Math.min(span.min, box.y);
    span.max = Math.max(span.max, box.y + box.height);
  }
  const edges: number[] = [0];
  for (let index = 1; index < spans.length; index += 1) {
    const before = spans[index - 1]!;
    const after = spans[index]!;
    edges.push(Number.isFinite(before.max) && Number.isFinite(after.min) ? (before.max + after.min) / 2 : edges[index - 1]!);
  }
  edges.push(layout.height);
  return map.lanes.map((lane, index) => ({ stage: lane.stage, label: lane.label, y: edges[index]!, height: Math.max(0, edges[index + 1]! - edges[index]!) }));
}

/**
 * An SVG path through an arrow's points.
 *
 * @example
 * pathThrough([{ x: 0, y: 0 }, { x: 10, y: 0 }]); // 'M0 0L10 0'
 */
export function pathThrough(points: readonly { x: number; y: number }[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${Math.round(point.x * 10) / 10} ${Math.round(point.y * 10) / 10}`).join('');
}
