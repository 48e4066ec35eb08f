/**
 * The scene map once elkjs has laid it out: where every box, arrow and
 * label is (read from elkjs's answer), the band of each stage's lane, and
 * the frame the picture is drawn in. The story flows down the map
 * (`MAP_LAYOUT`), one band per stage, each from half way to the lane above
 * it to half way to the lane below, so the bands tile the map with every
 * box inside its own. The engine does not import elkjs: the shapes here are
 * the parts of its answer that are read.
 */
import { MAP_BOX, wrapMapText } from './map-box-lines.js';
import type { ElkGraphInput, ScenarioMap } from './scenario-map.js';

/** A rectangle in layout coordinates. */
export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point in layout coordinates. */
export interface MapPoint {
  x: number;
  y: number;
}

/** What is read of elkjs's laid-out graph (its `ElkNode` root, as `layout()` resolves it). */
export interface ElkLayoutOutput {
  width?: number;
  height?: number;
  children?: { id: string; x?: number; y?: number; width?: number; height?: number }[];
  edges?: {
    id: string;
    sections?: { startPoint: MapPoint; endPoint: MapPoint; bendPoints?: MapPoint[] }[];
    labels?: { x?: number; y?: number; width?: number; height?: number }[];
  }[];
}

/** A laid-out map: where every box, arrow and label is. */
export interface LaidOutMap {
  width: number;
  height: number;
  /** Each node's box (and each missing-target marker's), by id. */
  boxes: ReadonlyMap<string, MapBox>;
  /** Each edge's route and label place, by id. */
  edges: ReadonlyMap<string, { points: MapPoint[]; label?: MapBox }>;
}

/**
 * Reads elkjs's answer into boxes and routes by id.
 *
 * @example
 * const laid = readElkLayout(await new ELK().layout(elkGraphFor(map, mapNodeSize, MAP_LAYOUT)));
 * laid.boxes.get('the-concern'); // { x: 12, y: 12, width: 200, height: 58 }
 */
export function readElkLayout(laid: ElkLayoutOutput): LaidOutMap {
  const boxes = new Map((laid.children ?? []).map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 }]));
  const edges = new Map(
    (laid.edges ?? []).map((edge) => {
      const points = (edge.sections ?? []).flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
      const label = edge.labels?.[0];
      return [edge.id, { points, ...(label ? { label: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } } : {}) }];
    }),
  );
  return { width: laid.width ?? 0, height: laid.height ?? 0, boxes, edges };
}

/** One lane's band, in layout coordinates. */
export interface LaneBand {
  stage: number;
  label: string;
  y: number;
  height: number;
}

/**
 * The lanes' bands down the laid-out map, in the map's lane order: each
 * from half way between the lowest box of the lane above and the highest
 * of its own, the first from the top and the last to the bottom. A node's
 * lane is its partition in the graph elkjs was given (missing-target
 * markers included).
 *
 * @example
 * laneBands(map, graph, readElkLayout(laid)); // [{ stage: 1, label: 'Stage 1: …', y: 0, height: 262 }, …]
 */
export function laneBands(map: ScenarioMap, graph: ElkGraphInput, layout: LaidOutMap): LaneBand[] {
  const partitions = new Map(graph.children.map((node) => [node.id, Number(node.layoutOptions['elk.partitioning.partition'] ?? 0)]));
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

/** Room around the map, and above the first lane for its name; about how wide a character of a lane's name is. */
export const MAP_FRAME = { margin: 12, laneLabelRoom: 22, laneLabelCharWidth: 7, laneLabelInset: 16 } as const;

/** A lane's band as drawn, in the picture's coordinates. */
export interface DrawnLane {
  stage: number;
  /** Its label, cut to one line that fits the picture's width. */
  label: string;
  y: number;
  height: number;
  /** Where its label's baseline starts. */
  labelX: number;
  labelY: number;
}

/** The picture a laid-out map is drawn in. */
export interface MapFrame {
  width: number;
  height: number;
  /** Where the layout's origin sits in the picture (the boxes and arrows are drawn translated by it). */
  origin: MapPoint;
  /** The lanes' bands, the first from the picture's top and the last to its bottom. */
  lanes: DrawnLane[];
}

/**
 * The picture's size, where the layout sits in it, and each lane's band and
 * label: room around the map, and above the first lane for its name.
 *
 * @example
 * const frame = mapFrame(layout, laneBands(map, graph, layout));
 * frame.origin; // { x: 12, y: 34 }
 */
export function mapFrame(layout: Pick<LaidOutMap, 'width' | 'height'>, bands: readonly LaneBand[]): MapFrame {
  const { margin, laneLabelRoom, laneLabelCharWidth, laneLabelInset } = MAP_FRAME;
  const top = margin + laneLabelRoom;
  const width = Math.max(layout.width, MAP_BOX.width) + margin * 2;
  const height = top + layout.height + margin;
  const labelChars = Math.floor((width - laneLabelInset) / laneLabelCharWidth);
  const lanes = bands.map((band, index) => {
    const y = index === 0 ? 0 : top + band.y;
    const bottom = index === bands.length - 1 ? height : top + band.y + band.height;
    return { stage: band.stage, label: wrapMapText(band.label, labelChars, 1)[0] ?? '', y, height: bottom - y, labelX: margin, labelY: y + (index === 0 ? margin + 10 : 16) };
  });
  return { width, height, origin: { x: margin, y: top }, lanes };
}

/**
 * An SVG path through an arrow's points, to a tenth of a pixel.
 *
 * @example
 * pathThrough([{ x: 0, y: 0 }, { x: 10, y: 0 }]); // 'M0 0L10 0'
 */
export function pathThrough(points: readonly MapPoint[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${Math.round(point.x * 10) / 10} ${Math.round(point.y * 10) / 10}`).join('');
}
