/**
 * A scenario as the library page lists it: plain data made at build time
 * from the parsed scenario, small enough to hand to the filter island.
 */
import type { ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { scenarioProtocol } from '../scenario/scenario-protocol.js';

/** One card on the library page. */
export interface LibraryCard {
  /** The scenario id; its page is `/scenarios/<id>/`. */
  id: string;
  title: string;
  summary: string;
  /** The id of the scenario's protocol. */
  protocol: string;
  /** The route id of the scenario's protocol. */
  audience: string;
  /** The route's name in the protocol, e.g. "Children (NYSCP)". */
  audienceLabel: string;
  /** Topic ids from the fixed list. */
  topics: string[];
  estimatedMinutes: number;
  /** Every process stage some scene of the scenario is at, ascending. */
  stagesReached: number[];
}

/**
 * The library card for a parsed scenario.
 *
 * @example
 * libraryCardFromScenario(scenario).stagesReached; // [1, 2, 3, 4]
 */
export function libraryCardFromScenario(scenario: Scenario, protocols?: ProtocolCatalogue): LibraryCard {
  const stages = new Set<number>();
  for (const scene of Object.values(scenario.scenes)) if (scene.stage >= 1) stages.add(scene.stage);
  const { title, summary, audience, topics, estimatedMinutes, protocol } = scenario.frontmatter;
  return {
    id: scenario.id,
    title,
    summary,
    protocol,
    audience,
    audienceLabel: scenarioProtocol(scenario, protocols).routes[audience]?.label ?? audience,
    topics: [...topics],
    estimatedMinutes,
    stagesReached: [...stages].sort((a, b) => a - b),
  };
}

/**
 * "Stage 1", "Stages 1 to 4": the span of stages a card reaches, in words.
 *
 * @example
 * describeStagesReached([1, 2, 3, 4]); // 'Stages 1 to 4'
 */
export function describeStagesReached(stages: readonly number[]): string {
  const first = stages[0];
  const last = stages[stages.length - 1];
  if (first === undefined || last === undefined) return 'No stages';
  return first === last ? `Stage ${first}` : `Stages ${first} to ${last}`;
}
