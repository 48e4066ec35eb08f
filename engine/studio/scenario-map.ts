/**
 * The studio's map of a scenario: its scenes and endings as nodes in lanes
 * by stage, its ways on (choices, `<Continue>`, `<Event to>`) as edges, and
 * the marks an author needs (the start, unreachable scenes, dead ends,
 * immediate risk, each ending's grade). It is plain data: the page lays it
 * out with elkjs (`elkGraphFor`) and reads it aloud as a text outline
 * (`mapOutline`), so both say the same thing.
 *
 * Reachability and dead ends are worked out from the same scene graph and
 * the same rules the validator uses, so the map never marks a scene the
 * findings do not (a test holds them together).
 */
import { narrativeHeading } from '../scenario/narrative-heading.js';
import { buildSceneGraph, reachableFrom } from '../scenario/scenario-graph.js';
import { countOf } from '../kernel/count-of.js';
import type { Finding } from '../scenario/finding.js';
import type { EndingOutcome, Scenario, SceneNode } from '../scenario/scenario-model.js';
import { marksExplained } from './node-marks.js';
import { stageLabel, type StageNaming } from './stage-label.js';

/** A lane of the map: every node at one stage. */
export interface MapLane {
  /** The stage number; 0 for scenes before the process. */
  stage: number;
  /** e.g. `Stage 2: Discuss with your line manager`, or `Before the process`. */
  label: string;
}

/** A scene or ending on the map. */
export interface MapNode {
  /** The scene's or ending's id. */
  id: string;
  kind: 'scene' | 'ending';
  /** Its first heading, else its id. */
  title: string;
  /** The lane it sits in (see {@link MapLane}). */
  stage: number;
  /** Where its tag starts in the file, 1-based, for click-to-jump. */
  line: number;
  column: number;
  /** The scenario starts here. */
  start: boolean;
  /** No path from the start reaches it (the validator's `unreachable-scene` / `unreachable-ending`). */
  unreachable: boolean;
  /** A scene with no way on (the validator's `dead-end`); never an ending. */
  deadEnd: boolean;
  /** An ending's grade. */
  outcome?: EndingOutcome;
  /** A scene marked `immediateRisk`. */
  immediateRisk: boolean;
  /** The findings inside this node's part of the file (from its tag to the next node's), for a badge or tooltip. */
  findings: Finding[];
}

/** A way on from a scene. */
export interface MapEdge {
  /** Unique in the map (choice ids may repeat in a broken draft). */
  id: string;
  /** The scene it leaves. */
  from: string;
  /** The id its `to` names, which may not exist (see `missingTarget`). */
  to: string;
  /** A choice's label; `Continue` for a `<Continue>` or an `<Event to>`. */
  label: string;
  kind: 'choice' | 'continue' | 'event';
  /** A choice marked `mistake`. */
  mistake: boolean;
  /** A choice marked `recommended`. */
  recommended: boolean;
  /** `to` names no scene or ending (the validator's `unknown-target`); the page draws a "missing" marker. */
  missingTarget: boolean;
  /** Where the choice, `<Continue>` or `<Event>` is in the file. */
  line: number;
  column: number;
}

/** The whole map. */
export interface ScenarioMap {
  /** Lanes that hold a node, in stage order (0 first). */
  lanes: MapLane[];
  /** Scenes and endings in file order. */
  nodes: MapNode[];
  /** Ways on, scene by scene, in file order. */
  edges: MapEdge[];
}

/** The ways on from a scene, in the order the graph lists them: choices, `<Continue>`, events with `to`. */
function edgesOf(scene: SceneNode, exists: (id: string) => boolean): MapEdge[] {
  const edges: Omit<MapEdge, 'id'>[] = [
    ...scene.choices.map((choice) => ({
      from: scene.id,
      to: choice.to,
      label: choice.label === '' ? choice.id : choice.label,
      kind: 'choice' as const,
      mistake: choice.mistake,
      recommended: choice.recommended,
      missingTarget: !exists(choice.to),
      line: choice.position.line,
      column: choice.position.column,
    })),
    ...(scene.next
      ? [{ from: scene.id, to: scene.next.to, label: 'Continue', kind: 'continue' as const, mistake: false, recommended: false, missingTarget: !exists(scene.next.to), line: scene.next.position.line, column: scene.next.position.column }]
      : []),
    ...scene.events.flatMap((event) =>
      event.to === undefined
        ? []
        : [{ from: scene.id, to: event.to, label: 'Continue', kind: 'event' as const, mistake: false, recommended: false, missingTarget: !exists(event.to), line: event.position.line, column: event.position.column }],
    ),
  ];
  return edges.map((edge, index) => ({ id: `${scene.id}:${index}`, ...edge }));
}

/**
 * An ending's lane: its `stage`, else its `resolvedAt`, else the highest
 * stage of the scenes that lead to it (so it sits at or after all of them),
 * else the stage of the scene before it in the file.
 */
function endingStage(scenario: Scenario, id: string, highestInbound: ReadonlyMap<string, number>, previousSceneStage: number): number {
  const ending = scenario.endings[id]!;
  return ending.stage ?? ending.resolvedAt ?? highestInbound.get(id) ?? previousSceneStage;
}

/** For each target, the highest stage of the scenes that lead to it. */
function highestStageLeadingTo(scenario: Scenario, edges: readonly MapEdge[]): Map<string, number> {
  const highest = new Map<string, number>();
  for (const edge of edges) {
    const stage = scenario.scenes[edge.from]?.stage ?? 0;
    highest.set(edge.to, Math.max(stage, highest.get(edge.to) ?? stage));
  }
  return highest;
}

/**
 * The findings that fall in each node's part of the file, from its tag to
 * the next node's; `starts` are the nodes' lines in file order. One pass
 * over the sorted findings, so a 10,000-scene draft costs no more than its findings.
 */
function findingsByNode(starts: readonly number[], findings: readonly Finding[]): Finding[][] {
  const sorted = [...findings].sort((a, b) => a.line - b.line);
  const shares: Finding[][] = starts.map(() => []);
  let node = -1;
  for (const finding of sorted) {
    while (node + 1 < starts.length && starts[node + 1]! <= finding.line) node += 1;
    if (node >= 0) shares[node]!.push(finding);
  }
  return shares;
}

/** Lanes in the protocol's order, then any stage numbers it lacks in number order. */
function lanesFor(stages: ReadonlySet<number>, protocol: StageNaming): MapLane[] {
  const ladder = [0, ...protocol.stages.map((stage) => stage.stage)];
  const others = [...stages].filter((stage) => !ladder.includes(stage)).sort((a, b) => a - b);
  return [...ladder, ...others].filter((stage) => stages.has(stage)).map((stage) => ({ stage, label: stageLabel(protocol, stage) }));
}

/**
 * The map of a parsed scenario (even one with errors: the parser builds a
 * scenario whenever its frontmatter reads, so a draft with dead ends or
 * missing targets still has a map). `findings` are the file's findings,
 * shared out to the nodes they fall in; `protocol` names the lanes.
 *
 * @example
 * const { scenario, findings } = checkScenarioSource(text, 'draft.mdx');
 * if (scenario) scenarioMap(scenario, findings, scenarioProtocol(scenario)).nodes.filter((node) => node.deadEnd);
 * // [{ id: 'the-call', kind: 'scene', deadEnd: true, … }]
 */
export function scenarioMap(scenario: Scenario, findings: readonly Finding[], protocol: StageNaming): ScenarioMap {
  const exists = (id: string) => Object.hasOwn(scenario.scenes, id) || Object.hasOwn(scenario.endings, id);
  const order = [...new Set(scenario.order)].filter(exists);
  const scenes = order.flatMap((id) => (Object.hasOwn(scenario.scenes, id) ? [scenario.scenes[id]!] : []));
  const edges = scenes.flatMap((scene) => edgesOf(scene, exists));

  // As the validator: reachability is asked only when the start is a scene
  // (otherwise the validator reports the start itself, and so does the map, by marking no start).
  const startsAtScene = Object.hasOwn(scenario.scenes, scenario.start);
  const reached = startsAtScene ? reachableFrom(buildSceneGraph(scenario.scenes), scenario.start) : undefined;
  const isUnreachable = (id: string) => reached !== undefined && !reached.has(id);

  const shares = findingsByNode(order.map((id) => (scenario.scenes[id] ?? scenario.endings[id])!.position.line), findings);
  const findingsIn = (index: number) => shares[index] ?? [];
  const highestInbound = highestStageLeadingTo(scenario, edges);

  let previousSceneStage = protocol.stages[0]?.stage ?? 0;
  const nodes: MapNode[] = order.map((id, index) => {
    const scene = Object.hasOwn(scenario.scenes, id) ? scenario.scenes[id] : undefined;
    if (scene) {
      previousSceneStage = scene.stage;
      return {
        id,
        kind: 'scene',
        title: narrativeHeading(scene.narrative) ?? id,
        stage: scene.stage,
        line: scene.position.line,
        column: scene.position.column,
        start: id === scenario.start,
        unreachable: isUnreachable(id),
        // The validator's rule: no choice, no <Continue>, no <Event to>.
        deadEnd: scene.choices.length === 0 && !scene.next && !scene.events.some((event) => event.to !== undefined),
        immediateRisk: scene.immediateRisk,
        findings: findingsIn(index),
      };
    }
    const ending = scenario.endings[id]!;
    return {
      id,
      kind: 'ending',
      title: narrativeHeading(ending.debrief) ?? id,
      stage: endingStage(scenario, id, highestInbound, previousSceneStage),
      line: ending.position.line,
      column: ending.position.column,
      start: false,
      unreachable: isUnreachable(id),
      deadEnd: false,
      outcome: ending.outcome,
      immediateRisk: false,
      findings: findingsIn(index),
    };
  });
  return { lanes: lanesFor(new Set(nodes.map((node) => node.stage)), protocol), nodes, edges };
}

/**
 * The id of the marker node drawn for a `to` that names nothing; a colon
 * keeps it apart from every kebab-case id.
 *
 * @example
 * missingNodeId('kept-opn'); // 'missing:kept-opn'
 */
export function missingNodeId(target: string): string {
  return `missing:${target}`;
}

/** One node of the graph handed to elkjs (its `ElkNode`, kept here so the engine does not import elkjs). */
export interface ElkNodeInput {
  id: string;
  width: number;
  height: number;
  layoutOptions: Record<string, string>;
  labels?: ElkLabelInput[];
}

/** A label handed to elkjs; it needs a size to leave room for it. */
export interface ElkLabelInput {
  id: string;
  text: string;
  width: number;
  height: number;
}

/** One edge handed to elkjs (its `ElkExtendedEdge`). */
export interface ElkEdgeInput {
  id: string;
  sources: [string];
  targets: [string];
  labels: ElkLabelInput[];
}

/** The graph elkjs's `layout()` takes (its `ElkNode` root; the map's test hands it to elkjs as it is, so the shapes are checked against elkjs's own types). */
export interface ElkGraphInput {
  id: string;
  layoutOptions: Record<string, string>;
  children: ElkNodeInput[];
  edges: ElkEdgeInput[];
}

/** Options for {@link elkGraphFor}. */
export interface ElkGraphOptions {
  /** Which way the story flows, and so the order of the lanes: `RIGHT` (the default) puts stage 1 left of stage 2; `DOWN`, above it. */
  direction?: 'RIGHT' | 'DOWN';
  /** The size of an edge's label; by default the label wrapped at about 32 characters. */
  labelSize?: (edge: MapEdge) => { width: number; height: number };
  /** The size of the marker drawn for a missing target; 120 × 40 by default. */
  missingSize?: { width: number; height: number };
}

/** About how wide one character is, and how tall one line, at the map's font size (only for the default label size). */
const CHARACTER_WIDTH = 7;
const LINE_HEIGHT = 16;
const WRAP_AT = 32;

function defaultLabelSize(edge: MapEdge): { width: number; height: number } {
  const length = edge.label.length;
  return { width: Math.min(length, WRAP_AT) * CHARACTER_WIDTH, height: Math.ceil(Math.max(length, 1) / WRAP_AT) * LINE_HEIGHT };
}

/**
 * The map as the JSON elkjs's layered algorithm lays out: each node in the
 * partition of its lane (`elk.partitioning.partition`, with
 * `elk.partitioning.activate` on the root), so lanes come out in stage
 * order along the direction of flow; every edge with its label; and a
 * marker node (see {@link missingNodeId}) for each target that does not
 * exist, in the lane of the scene that points at it, since elkjs refuses an
 * edge to a node it does not have. Node and edge ids are the map's, so the
 * layout's positions can be matched back.
 *
 * @example
 * const layout = await new ELK().layout(elkGraphFor(map, () => ({ width: 180, height: 60 })));
 * layout.children?.find((node) => node.id === 'cin-review')?.x; // 12
 */
export function elkGraphFor(map: ScenarioMap, size: (node: MapNode) => { width: number; height: number }, options: ElkGraphOptions = {}): ElkGraphInput {
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.stage, index]));
  const partition = (stage: number) => ({ 'elk.partitioning.partition': String(laneIndex.get(stage) ?? 0) });
  const children: ElkNodeInput[] = map.nodes.map((node) => ({ id: node.id, ...size(node), layoutOptions: partition(node.stage) }));
  const stageOf = new Map(map.nodes.map((node) => [node.id, node.stage]));
  const markers = new Set<string>();
  for (const edge of map.edges) {
    if (!edge.missingTarget || markers.has(edge.to)) continue;
    markers.add(edge.to);
    children.push({ id: missingNodeId(edge.to), ...(options.missingSize ?? { width: 120, height: 40 }), layoutOptions: partition(stageOf.get(edge.from) ?? 0) });
  }
  const labelSize = options.labelSize ?? defaultLabelSize;
  return {
    id: 'scenario-map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': options.direction ?? 'RIGHT',
      'elk.partitioning.activate': 'true',
      // elkjs lays out each connected part of a graph on its own and then
      // packs the parts side by side, and partitions hold only within a part:
      // an unreachable scene (a part of its own) landed in the wrong stage's
      // band. Laid out as one graph, every node keeps to its lane.
      'elk.separateConnectedComponents': 'false',
      // Keep the author's file order where the layout allows, so the map does not reshuffle on every keystroke.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.edgeLabel': '4',
    },
    children,
    edges: map.edges.map((edge) => ({
      id: edge.id,
      sources: [edge.from],
      targets: [edge.missingTarget ? missingNodeId(edge.to) : edge.to],
      labels: [{ id: `${edge.id}:label`, text: edge.label, ...labelSize(edge) }],
    })),
  };
}

/** One line of the map's text outline. */
export interface OutlineEntry {
  /** The lane (`lane:N`), node or edge id it stands for. */
  id: string;
  /** 0 for a lane, 1 for a scene or ending, 2 for a way on. */
  depth: number;
  /** What a screen reader reads. */
  text: string;
  /** Where to jump in the editor. */
  line: number;
}

/** An edge in words: what it is, where it goes, and its marks. */
function edgeText(edge: MapEdge): string {
  const what = edge.kind === 'choice' ? `Choice '${edge.label}'` : edge.kind === 'event' ? 'Event, continue' : 'Continue';
  const marks = [edge.recommended ? 'recommended' : '', edge.mistake ? 'mistake' : '', edge.missingTarget ? 'missing target' : ''].filter(Boolean);
  return [`${what} leads to ${edge.to}`, ...marks].join(', ');
}

/**
 * The map as a text outline, the map's equivalent for screen readers and
 * keyboard users: each lane, each scene and ending in it with its marks in
 * words, and under each scene its ways on. Every entry has the line to
 * jump to.
 *
 * @example
 * mapOutline(map).slice(0, 3).map((entry) => entry.text);
 * // ['Stage 1: Talk it through between the agencies (3 scenes, 1 ending)',
 * //  'Monday: the review (cin-review) — scene, start',
 * //  "Choice 'Ask for the strategy meeting' leads to the-meeting, recommended"]
 */
export function mapOutline(map: ScenarioMap): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const waysOn = new Map<string, MapEdge[]>();
  for (const edge of map.edges) waysOn.set(edge.from, [...(waysOn.get(edge.from) ?? []), edge]);
  for (const lane of map.lanes) {
    const nodes = map.nodes.filter((node) => node.stage === lane.stage);
    const scenes = nodes.filter((node) => node.kind === 'scene').length;
    const endings = nodes.length - scenes;
    const counts = [scenes > 0 ? countOf(scenes, 'scene') : '', endings > 0 ? countOf(endings, 'ending') : ''].filter(Boolean).join(', ');
    entries.push({ id: `lane:${lane.stage}`, depth: 0, text: `${lane.label} (${counts})`, line: nodes[0]?.line ?? 1 });
    for (const node of nodes) {
      const name = node.title === node.id ? node.id : `${node.title} (${node.id})`;
      // The same marks the map's boxes show (node-marks.ts), each with its meaning; a scene says it is one.
      const marks = [...(node.kind === 'scene' ? ['scene'] : []), ...marksExplained(node)];
      entries.push({ id: node.id, depth: 1, text: `${name} — ${marks.join(', ')}`, line: node.line });
      for (const edge of waysOn.get(node.id) ?? []) {
        entries.push({ id: edge.id, depth: 2, text: edgeText(edge), line: edge.line });
      }
    }
  }
  return entries;
}
