import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import {
  builtInProtocol,
  elkGraphFor,
  mapOutline,
  missingNodeId,
  scenarioMap,
  scenarioProtocol,
  type Finding,
  type ScenarioMap,
} from '../../../engine/index.js';
import { BUNDLED_SCENARIOS, checkDraft, lineOf, readRepositoryFile, TEMPLATE, templateWith } from './studio-fixtures.js';

const northYorkshire = builtInProtocol('north-yorkshire');

/** The template with the line manager's only choice taken out: a dead end, and the ending it led to unreachable. */
const MANAGER_CHOICE = TEMPLATE.slice(TEMPLATE.indexOf('<Choice id="manager-resolves"'), TEMPLATE.indexOf('</Choice>', TEMPLATE.indexOf('<Choice id="manager-resolves"')) + '</Choice>'.length);
const DEAD_END = templateWith([MANAGER_CHOICE, '']);

/** An extra scene nothing leads to. */
const ORPHAN = '<Scene id="orphan" stage={1}>\n\n## Nobody comes here\n\nA scene left over from an earlier plan.\n\n<Continue to="kept-open" />\n\n</Scene>\n\n';

function mapOf(text: string): { map: ScenarioMap; findings: Finding[] } {
  const { scenario, findings } = checkDraft(text);
  return { map: scenarioMap(scenario, findings, scenarioProtocol(scenario)), findings };
}

/** The ids the validator reports with one of these codes, by the node whose line the finding is on. */
function flagged(map: ScenarioMap, findings: readonly Finding[], codes: readonly string[]): string[] {
  const lines = new Set(findings.filter((finding) => codes.includes(String(finding.code))).map((finding) => finding.line));
  return map.nodes.filter((node) => lines.has(node.line)).map((node) => node.id).sort();
}

describe('scenarioMap', () => {
  it.each(BUNDLED_SCENARIOS)('maps %s with every node reachable and no dead end', (file) => {
    const { scenario, findings } = checkDraft(readRepositoryFile(file), file);
    const map = scenarioMap(scenario, findings, scenarioProtocol(scenario));
    expect(map.nodes.map((node) => node.id)).toEqual(scenario.order);
    expect(map.nodes.filter((node) => node.unreachable || node.deadEnd)).toEqual([]);
    expect(map.nodes.filter((node) => node.start).map((node) => node.id)).toEqual([scenario.start]);
    expect(map.edges.filter((edge) => edge.missingTarget)).toEqual([]);
    // Every node sits in a lane, and the lanes come in stage order.
    const stages = map.lanes.map((lane) => lane.stage);
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
    expect(map.nodes.every((node) => stages.includes(node.stage))).toBe(true);
  });

  it('marks a dead end and what it cuts off, agreeing with the validator', () => {
    const { map, findings } = mapOf(DEAD_END);
    const deadEnds = map.nodes.filter((node) => node.deadEnd).map((node) => node.id);
    const unreachable = map.nodes.filter((node) => node.unreachable).map((node) => node.id);
    expect(deadEnds).toEqual(['line-manager']);
    expect(unreachable).toEqual(['resolved-by-managers']);
    expect(deadEnds).toEqual(flagged(map, findings, ['dead-end']));
    expect(unreachable).toEqual(flagged(map, findings, ['unreachable-scene', 'unreachable-ending']));
    expect(map.nodes.find((node) => node.id === 'line-manager')?.findings.map((finding) => finding.code)).toContain('dead-end');
  });

  it('marks an unreachable scene as the validator does', () => {
    const text = templateWith(['<Ending id="kept-open"', `${ORPHAN}<Ending id="kept-open"`]);
    const { map, findings } = mapOf(text);
    expect(map.nodes.filter((node) => node.unreachable).map((node) => node.id)).toEqual(['orphan']);
    expect(flagged(map, findings, ['unreachable-scene', 'unreachable-ending'])).toEqual(['orphan']);
    expect(map.edges.find((edge) => edge.from === 'orphan')).toMatchObject({ kind: 'continue', label: 'Continue', to: 'kept-open', line: lineOf(text, '<Continue to="kept-open"') });
  });

  it('keeps an edge to an id that does not exist, marked as a missing target', () => {
    const { map, findings } = mapOf(templateWith(['to="kept-open" recommended', 'to="kept-opn" recommended']));
    const edge = map.edges.find((candidate) => candidate.to === 'kept-opn');
    expect(edge).toMatchObject({ from: 'the-conversation', kind: 'choice', missingTarget: true, recommended: true, mistake: false });
    expect(findings.some((finding) => finding.code === 'unknown-target' && finding.line === edge?.line)).toBe(true);
    expect(map.nodes.find((node) => node.id === 'kept-open')?.unreachable).toBe(true);
  });

  it('titles each node by its first heading, else its id', () => {
    const { map } = mapOf(templateWith(['## Settled by the managers\n', '']));
    expect(map.nodes.find((node) => node.id === 'the-concern')?.title).toBe('The concern');
    expect(map.nodes.find((node) => node.id === 'resolved-by-managers')?.title).toBe('resolved-by-managers');
  });

  it("puts an ending in its stage or resolvedAt lane, else in the highest lane that leads to it", () => {
    const { map } = mapOf(TEMPLATE);
    const stageOf = (id: string) => map.nodes.find((node) => node.id === id)?.stage;
    expect(stageOf('kept-open')).toBe(1); // resolvedAt={1}
    expect(stageOf('resolved-by-managers')).toBe(2); // resolvedAt={2}
    expect(stageOf('involvement-ended')).toBe(1); // no stage: led to from stage 1
    expect(map.nodes.find((node) => node.id === 'involvement-ended')).toMatchObject({ kind: 'ending', outcome: 'poor', deadEnd: false });
    const staged = mapOf(templateWith(['<Ending id="involvement-ended" outcome="poor">', '<Ending id="involvement-ended" outcome="poor" stage={2}>'])).map;
    expect(staged.nodes.find((node) => node.id === 'involvement-ended')?.stage).toBe(2);
  });

  it('labels the lanes from the protocol, and stage 0 as before the process', () => {
    const { map } = mapOf(TEMPLATE);
    expect(map.lanes).toEqual([
      { stage: 1, label: 'Stage 1: Talk it through between the agencies' },
      { stage: 2, label: 'Stage 2: Discuss with your line manager' },
    ]);
    const { scenario, findings } = checkDraft(templateWith(['<Scene id="line-manager" stage={2}>', '<Scene id="line-manager">']));
    const withoutStage = scenarioMap(scenario, findings, northYorkshire);
    expect(withoutStage.lanes[0]).toEqual({ stage: 0, label: 'Before the process' });
  });

  it('marks immediate risk and carries mistakes and each way on with its place in the file', () => {
    const text = templateWith(['<Scene id="line-manager" stage={2}>', '<Scene id="line-manager" stage={2} immediateRisk>']);
    const { map } = mapOf(text);
    expect(map.nodes.find((node) => node.id === 'line-manager')?.immediateRisk).toBe(true);
    expect(map.edges.find((edge) => edge.label.startsWith('Wait to see'))).toMatchObject({ mistake: true, to: 'involvement-ended', line: lineOf(text, '<Choice id="wait-and-see"'), column: 1 });
    expect(new Set(map.edges.map((edge) => edge.id)).size).toBe(map.edges.length);
  });
});

describe('elkGraphFor', () => {
  const size = () => ({ width: 180, height: 60 });

  it('puts each node in the partition of its lane and turns partitioning on', () => {
    const { map } = mapOf(TEMPLATE);
    const graph = elkGraphFor(map, size);
    expect(graph.layoutOptions).toMatchObject({ 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.partitioning.activate': 'true' });
    expect(Object.fromEntries(graph.children.map((node) => [node.id, node.layoutOptions['elk.partitioning.partition']]))).toEqual({
      'the-concern': '0',
      'the-conversation': '0',
      'line-manager': '1',
      'kept-open': '0',
      'resolved-by-managers': '1',
      'involvement-ended': '0',
    });
    expect(graph.edges.find((edge) => edge.sources[0] === 'the-concern')?.labels[0]?.text).toBe('Phone Alex Morgan this afternoon to talk it through.');
    expect(elkGraphFor(map, size, { direction: 'DOWN' }).layoutOptions['elk.direction']).toBe('DOWN');
  });

  it('adds one marker node for a missing target, so elkjs has something to point at', () => {
    const { map } = mapOf(templateWith(['to="kept-open" recommended', 'to="kept-opn" recommended']));
    const graph = elkGraphFor(map, size);
    expect(graph.children.filter((node) => node.id === missingNodeId('kept-opn'))).toHaveLength(1);
    expect(graph.edges.find((edge) => edge.id === map.edges.find((candidate) => candidate.missingTarget)?.id)?.targets).toEqual([missingNodeId('kept-opn')]);
  });

  it.each(BUNDLED_SCENARIOS)('lays out %s in elkjs with the lanes in stage order, left to right', async (file) => {
    const { scenario, findings } = checkDraft(readRepositoryFile(file), file);
    const map = scenarioMap(scenario, findings, scenarioProtocol(scenario));
    const layout = await new ELK().layout(elkGraphFor(map, size));
    const laneOf = new Map(map.nodes.map((node) => [node.id, map.lanes.findIndex((lane) => lane.stage === node.stage)]));
    const spans = map.lanes.map((_, index) => {
      const xs = (layout.children ?? []).filter((node) => laneOf.get(node.id) === index).map((node) => node.x ?? 0);
      return { left: Math.min(...xs), right: Math.max(...xs) };
    });
    for (let index = 1; index < spans.length; index += 1) expect(spans[index]!.left).toBeGreaterThan(spans[index - 1]!.right);
  });
});

describe('mapOutline', () => {
  it('reads the map lane by lane, each node with its marks and each way on beneath it', () => {
    const text = templateWith([MANAGER_CHOICE, ''], ['to="kept-open" recommended', 'to="kept-opn" recommended']);
    const outline = mapOutline(mapOf(text).map);
    expect(outline.map((entry) => `${'  '.repeat(entry.depth)}${entry.text}`)).toEqual([
      'Stage 1: Talk it through between the agencies (2 scenes, 2 endings)',
      '  The concern (the-concern) — scene, start',
      "    Choice 'Phone Alex Morgan this afternoon to talk it through.' leads to the-conversation, recommended",
      "    Choice 'Wait to see whether anything else happens first.' leads to involvement-ended, mistake",
      '  The conversation (the-conversation) — scene',
      "    Choice 'Share your evidence and agree together to keep the case open and review it in four weeks.' leads to kept-opn, recommended, missing target",
      "    Choice 'You cannot agree. Tell Alex you will take it to your line manager.' leads to line-manager",
      '  Settled between the two of you (kept-open) — ending, good, unreachable: no path from the start',
      '  Involvement ended without challenge (involvement-ended) — ending, poor',
      'Stage 2: Discuss with your line manager (1 scene, 1 ending)',
      '  Talking to your line manager (line-manager) — scene, dead end: no way on',
      '  Settled by the managers (resolved-by-managers) — ending, mixed, unreachable: no path from the start',
    ]);
  });

  it('gives every entry the line to jump to', () => {
    const outline = mapOutline(mapOf(TEMPLATE).map);
    expect(outline.find((entry) => entry.id === 'line-manager')?.line).toBe(lineOf(TEMPLATE, '<Scene id="line-manager"'));
    expect(outline.find((entry) => entry.text.startsWith("Choice 'Wait to see"))?.line).toBe(lineOf(TEMPLATE, '<Choice id="wait-and-see"'));
    expect(outline[0]).toMatchObject({ id: 'lane:1', depth: 0, line: lineOf(TEMPLATE, '<Scene id="the-concern"') });
  });
});
