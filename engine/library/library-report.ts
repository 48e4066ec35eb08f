/**
 * What a scenario library covers, worked out from the scenarios themselves:
 * for each scenario, which of the guidance's triggers it teaches (the
 * `trigger-…` sections it cites), on which route, which stages a learner
 * can reach, whether it has a mental-capacity path or an immediate-risk
 * scene, and how its endings are graded; and, over the whole library, which
 * trigger is taught on which route. A learning subgroup reads it to see the
 * gaps; `scenarios/README.md` carries its output, so no hand-kept table can
 * drift from the files.
 */
import { guidanceSections } from '../guidance/guidance-sections.js';
import type { ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import { guidanceLinks, sceneNarratives } from '../scenario/guidance-links.js';
import { buildSceneGraph, reachableFrom } from '../scenario/scenario-graph.js';
import type { EndingOutcome, Scenario } from '../scenario/scenario-model.js';
import { scenarioProtocol } from '../scenario/scenario-protocol.js';

/** One of the guidance's triggers: a kind of disagreement it names. */
export interface LibraryTrigger {
  /** The guidance section id, e.g. `trigger-threshold`. */
  id: string;
  /** Its title, e.g. "Disagreeing about the threshold for action". */
  title: string;
}

/** One scenario's row of the report. */
export interface LibraryReportRow {
  id: string;
  title: string;
  /** The protocol's route id and label. */
  route: string;
  routeLabel: string;
  protocol: string;
  /** The protocol and route together (`north-yorkshire/child`): the report's columns, since two protocols' child routes are not one. */
  routeKey: string;
  /** The trigger ids cited anywhere in the scenario, in the guidance's order. */
  triggers: string[];
  /** Every stage a scene or ending reachable from the start is at, ascending. */
  stages: number[];
  /** A scene marks a step of the mental-capacity path. */
  capacity: boolean;
  /** A reachable scene is one where immediate risk must be recognised. */
  immediateRisk: boolean;
  /** How many endings of each grade. */
  endings: Record<EndingOutcome, number>;
  /**
   * Length as a give-away: of the decisions with a recommended choice, how
   * many there are, in how many a recommended label is strictly the
   * longest, and how many that would be by chance (the sum, over those
   * decisions, of the recommended choices' share of the choices).
   */
  lengths: { decisions: number; recommendedLongest: number; byChance: number };
}

/** The whole report. */
export interface LibraryReport {
  triggers: LibraryTrigger[];
  /** The routes met (keyed by protocol and route, see `routeKey`), with their labels, in order of first appearance. */
  routes: { id: string; label: string }[];
  rows: LibraryReportRow[];
  /** For each trigger id and route key, the scenarios that teach it there. */
  coverage: Record<string, Record<string, string[]>>;
  /** For each stage number reached anywhere, the scenarios that reach it. */
  stageReach: Record<number, string[]>;
  /** For each route key, the scenarios with an immediate-risk scene. */
  immediateRiskByRoute: Record<string, string[]>;
}

/** The guidance's triggers, from its section list. */
export const LIBRARY_TRIGGERS: readonly LibraryTrigger[] = guidanceSections.filter((section) => section.id.startsWith('trigger-')).map((section) => ({ id: section.id, title: section.title }));

/** Every guidance id a scenario cites: `cite` lists, and `guidance:` links anywhere in its text. */
function citedIds(scenario: Scenario): Set<string> {
  const ids = new Set<string>();
  for (const scene of Object.values(scenario.scenes)) {
    for (const choice of scene.choices) for (const id of choice.feedback?.cite ?? []) ids.add(id);
    for (const narrative of sceneNarratives(scene)) for (const link of guidanceLinks(narrative.mdast)) ids.add(link.id);
  }
  for (const ending of Object.values(scenario.endings)) for (const link of guidanceLinks(ending.debrief.mdast)) ids.add(link.id);
  return ids;
}

function rowOf(scenario: Scenario, protocols: ProtocolCatalogue | undefined): LibraryReportRow {
  const protocol = scenarioProtocol(scenario, protocols);
  const audience = scenario.frontmatter.audience;
  const reached = reachableFrom(buildSceneGraph(scenario.scenes), scenario.start);
  const scenes = Object.values(scenario.scenes).filter((scene) => reached.has(scene.id));
  const endings = Object.values(scenario.endings).filter((ending) => reached.has(ending.id));
  const stages = new Set<number>([...scenes.map((scene) => scene.stage), ...endings.flatMap((ending) => (ending.stage === undefined ? [] : [ending.stage]))].filter((stage) => stage > 0));
  const cited = citedIds(scenario);
  const grades: Record<EndingOutcome, number> = { good: 0, mixed: 0, poor: 0 };
  const lengths = { decisions: 0, recommendedLongest: 0, byChance: 0 };
  for (const scene of scenes) {
    const recommended = scene.choices.filter((choice) => choice.recommended);
    if (recommended.length === 0 || recommended.length === scene.choices.length) continue;
    lengths.decisions += 1;
    lengths.byChance += recommended.length / scene.choices.length;
    const longest = Math.max(...scene.choices.map((choice) => choice.label.length));
    const others = Math.max(...scene.choices.filter((choice) => !choice.recommended).map((choice) => choice.label.length));
    if (longest > others) lengths.recommendedLongest += 1;
  }
  for (const ending of endings) grades[ending.outcome] += 1;
  return {
    id: scenario.id,
    title: scenario.frontmatter.title,
    route: audience,
    routeLabel: protocol.routes[audience]?.label ?? audience,
    protocol: protocol.id,
    routeKey: `${protocol.id}/${audience}`,
    triggers: LIBRARY_TRIGGERS.filter((trigger) => cited.has(trigger.id)).map((trigger) => trigger.id),
    stages: [...stages].sort((a, b) => a - b),
    capacity: scenes.some((scene) => scene.capacity !== undefined),
    immediateRisk: scenes.some((scene) => scene.immediateRisk),
    endings: grades,
    lengths,
  };
}

/**
 * The report for a library, its rows in the order given.
 *
 * @example
 * const report = libraryReport(scenarios);
 * report.coverage['trigger-threshold']?.['north-yorkshire/adult']; // ['a-question-of-capacity', …]
 */
export function libraryReport(scenarios: readonly Scenario[], protocols?: ProtocolCatalogue): LibraryReport {
  const rows = scenarios.map((scenario) => rowOf(scenario, protocols));
  const routes: { id: string; label: string }[] = [];
  for (const row of rows) if (!routes.some((route) => route.id === row.routeKey)) routes.push({ id: row.routeKey, label: row.routeLabel });
  const coverage: LibraryReport['coverage'] = {};
  for (const trigger of LIBRARY_TRIGGERS) {
    coverage[trigger.id] = Object.fromEntries(routes.map((route) => [route.id, rows.filter((row) => row.routeKey === route.id && row.triggers.includes(trigger.id)).map((row) => row.id)]));
  }
  const stageReach: LibraryReport['stageReach'] = {};
  for (const row of rows) for (const stage of row.stages) (stageReach[stage] ??= []).push(row.id);
  const immediateRiskByRoute = Object.fromEntries(routes.map((route) => [route.id, rows.filter((row) => row.routeKey === route.id && row.immediateRisk).map((row) => row.id)]));
  return { triggers: [...LIBRARY_TRIGGERS], routes, rows, coverage, stageReach, immediateRiskByRoute };
}
