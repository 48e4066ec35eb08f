import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import {
  elkGraphFor,
  laneBands,
  MAP_BOX,
  MAP_FRAME,
  MAP_LAYOUT,
  mapFrame,
  mapNodeSize,
  pathThrough,
  readElkLayout,
  scenarioMap,
  scenarioProtocol,
  type ElkGraphInput,
  type LaidOutMap,
  type LaneBand,
  type ScenarioMap,
} from '../../../engine/index.js';
import { BUNDLED_SCENARIOS, checkDraft, readRepositoryFile, TEMPLATE, templateWith } from './studio-fixtures.js';

/** A stage-2 scene nothing leads to and that leads nowhere: a part of the graph on its own. */
const LONE_STAGE_2 = '<Scene id="left-over" stage={2}>\n\n## A scene left over\n\nFrom an earlier plan.\n\n</Scene>\n\n';
/** An unreachable stage-2 scene with an unreachable ending of its own: another part on its own. */
const LONE_PAIR = '<Scene id="left-over" stage={2}>\n\n## A scene left over\n\nFrom an earlier plan.\n\n<Continue to="left-over-end" />\n\n</Scene>\n\n<Ending id="left-over-end" outcome="mixed" resolvedAt={2}>\n\n## Where it went\n\nNowhere now.\n\n</Ending>\n\n';

/** Drafts whose maps the studio lays out: every bundled scenario, the template, and the template with parts nothing reaches. */
const DRAFTS: [string, () => string][] = [
  ...BUNDLED_SCENARIOS.map((file): [string, () => string] => [file, () => readRepositoryFile(file)]),
  ['the template', () => TEMPLATE],
  ['the template with an unreachable stage-2 scene', () => templateWith(['<Ending id="kept-open"', `${LONE_STAGE_2}<Ending id="kept-open"`])],
  ['the template with an unreachable stage-2 scene first', () => templateWith(['<Scene id="the-concern"', `${LONE_STAGE_2}<Scene id="the-concern"`])],
  ['the template with an unreachable stage-2 scene and ending', () => templateWith(['<Ending id="kept-open"', `${LONE_PAIR}<Ending id="kept-open"`])],
  ['the template with a missing target', () => templateWith(['to="kept-open" recommended', 'to="kept-opn" recommended'])],
];

/** The map, the graph the studio hands elkjs, and elkjs's real layout of it. */
async function laidOut(text: string): Promise<{ map: ScenarioMap; graph: ElkGraphInput; layout: LaidOutMap }> {
  const { scenario, findings } = checkDraft(text);
  const map = scenarioMap(scenario, findings, scenarioProtocol(scenario));
  const graph = elkGraphFor(map, mapNodeSize, MAP_LAYOUT);
  // elkjs fills in the graph it is given, so it gets a copy, as the studio gives it.
  const layout = readElkLayout(await new ELK().layout(structuredClone(graph)));
  return { map, graph, layout };
}

/** The band of each laid-out box's lane, by the partition elkjs was given. */
function bandOf(graph: ElkGraphInput, bands: readonly LaneBand[], id: string): LaneBand | undefined {
  const partition = graph.children.find((node) => node.id === id)?.layoutOptions['elk.partitioning.partition'];
  return bands[Number(partition)];
}

describe('laneBands', () => {
  it.each(DRAFTS)('gives %s bands that tile the map in stage order, each node inside its own', async (_name, text) => {
    const { map, graph, layout } = await laidOut(text());
    const bands = laneBands(map, graph, layout);
    expect(bands.map((band) => band.stage)).toEqual(map.lanes.map((lane) => lane.stage));
    // From the top to the bottom, each band where the one before it ends: no overlap, no gap.
    expect(bands[0]!.y).toBe(0);
    for (let index = 1; index < bands.length; index += 1) expect(bands[index]!.y).toBeCloseTo(bands[index - 1]!.y + bands[index - 1]!.height, 6);
    expect(bands.at(-1)!.y + bands.at(-1)!.height).toBeCloseTo(layout.height, 6);
    for (const band of bands) expect(band.height).toBeGreaterThan(0);
    // Every box (scenes, endings and missing-target markers) within its stage's band.
    const misplaced = [...layout.boxes].flatMap(([id, box]) => {
      const band = bandOf(graph, bands, id);
      return band && band.y <= box.y && box.y + box.height <= band.y + band.height ? [] : [`${id} (${box.y}–${box.y + box.height}) is outside ${band?.label ?? 'any band'}`];
    });
    expect(misplaced).toEqual([]);
    expect(layout.boxes.size).toBe(graph.children.length);
  });

  it('keeps an unreachable stage-2 scene in the stage-2 band', async () => {
    const { map, graph, layout } = await laidOut(templateWith(['<Ending id="kept-open"', `${LONE_STAGE_2}<Ending id="kept-open"`]));
    expect(map.nodes.find((node) => node.id === 'left-over')).toMatchObject({ stage: 2, unreachable: true, deadEnd: true });
    expect(bandOf(graph, laneBands(map, graph, layout), 'left-over')?.stage).toBe(2);
    const leftOver = layout.boxes.get('left-over')!;
    const lineManager = layout.boxes.get('line-manager')!;
    const stage1Bottom = Math.max(...['the-concern', 'the-conversation', 'kept-open', 'involvement-ended'].map((id) => layout.boxes.get(id)!).map((box) => box.y + box.height));
    expect(leftOver.y).toBeGreaterThan(stage1Bottom);
    expect(lineManager.y).toBeGreaterThan(stage1Bottom);
  });

  it('is why the graph is laid out as one: packed as separate parts, the scene leaves its band', async () => {
    const { map, graph } = await laidOut(templateWith(['<Ending id="kept-open"', `${LONE_STAGE_2}<Ending id="kept-open"`]));
    expect(graph.layoutOptions['elk.separateConnectedComponents']).toBe('false');
    const { 'elk.separateConnectedComponents': _separate, ...packed } = graph.layoutOptions;
    const layout = readElkLayout(await new ELK().layout(structuredClone({ ...graph, layoutOptions: packed })));
    const band = bandOf(graph, laneBands(map, graph, layout), 'left-over')!;
    const box = layout.boxes.get('left-over')!;
    expect(band.y <= box.y && box.y + box.height <= band.y + band.height).toBe(false);
  });
});

describe('readElkLayout', () => {
  it('reads every box, and every arrow with its route and label', async () => {
    const { map, layout } = await laidOut(TEMPLATE);
    expect([...layout.boxes.keys()].sort()).toEqual(map.nodes.map((node) => node.id).sort());
    expect(layout.boxes.get('the-concern')).toMatchObject({ width: MAP_BOX.width, height: mapNodeSize(map.nodes[0]!).height });
    for (const edge of map.edges) {
      const route = layout.edges.get(edge.id);
      expect(route?.points.length).toBeGreaterThanOrEqual(2);
      expect(route?.label?.width).toBeGreaterThan(0);
    }
  });

  it('reads a missing position as zero and a missing list as empty', () => {
    expect(readElkLayout({ children: [{ id: 'a' }] })).toEqual({ width: 0, height: 0, boxes: new Map([['a', { x: 0, y: 0, width: 0, height: 0 }]]), edges: new Map() });
  });
});

describe('mapFrame', () => {
  const bands: LaneBand[] = [
    { stage: 1, label: 'Stage 1: Talk it through between the agencies', y: 0, height: 100 },
    { stage: 2, label: 'Stage 2: Discuss with your line manager', y: 100, height: 60 },
  ];

  it('puts room around the map and above the first lane, and draws the bands from the top to the bottom', () => {
    const { margin, laneLabelRoom } = MAP_FRAME;
    const frame = mapFrame({ width: 400, height: 160 }, bands);
    expect(frame).toMatchObject({ width: 400 + margin * 2, height: margin + laneLabelRoom + 160 + margin, origin: { x: margin, y: margin + laneLabelRoom } });
    expect(frame.lanes.map((lane) => [lane.y, lane.height])).toEqual([
      [0, margin + laneLabelRoom + 100],
      [margin + laneLabelRoom + 100, 60 + margin],
    ]);
    expect(frame.lanes[0]!.y + frame.lanes[0]!.height).toBe(frame.lanes[1]!.y);
    expect(frame.lanes.at(-1)!.y + frame.lanes.at(-1)!.height).toBe(frame.height);
    expect(frame.lanes.map((lane) => lane.label)).toEqual(bands.map((band) => band.label));
  });

  it('is never narrower than a box, and cuts a lane name to one line that fits', () => {
    const frame = mapFrame({ width: 50, height: 80 }, bands);
    expect(frame.width).toBe(MAP_BOX.width + MAP_FRAME.margin * 2);
    for (const lane of frame.lanes) expect(lane.label.length * MAP_FRAME.laneLabelCharWidth).toBeLessThanOrEqual(frame.width - MAP_FRAME.laneLabelInset);
    expect(frame.lanes[0]!.label.endsWith('…')).toBe(true);
  });
});

describe('pathThrough', () => {
  it('draws an SVG path through the points, to a tenth of a pixel', () => {
    expect(pathThrough([{ x: 0, y: 0 }, { x: 10, y: 0 }])).toBe('M0 0L10 0');
    expect(pathThrough([{ x: 1.234, y: 5.678 }, { x: 2, y: 3 }, { x: 4.05, y: 6 }])).toBe('M1.2 5.7L2 3L4.1 6');
  });
});
