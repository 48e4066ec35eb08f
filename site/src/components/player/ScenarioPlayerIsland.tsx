import { useState } from 'react';
import type { Scenario } from '../../../../engine/runtime.js';
import { islandData } from '../../lib/island-data.js';
import ScenarioPlayer from './ScenarioPlayer.js';

/** Props of {@link ScenarioPlayerIsland}. */
export interface ScenarioPlayerIslandProps {
  /** The id of the page's JSON data block holding the scenario (the compact model without trainer notes). */
  dataId: string;
}

/**
 * The scenario player as a scenario page mounts it: the scenario comes in a
 * JSON data block written before the island, not in the island's props,
 * which Astro would encode twice, escape, hash and write as an attribute
 * (island-data.ts says what that cost). The server render takes the model
 * the page registered; the browser parses the block once.
 *
 * @example
 * ```astro
 * <script is:inline type="application/json" id={`scenario-data-${scenario.id}`} set:html={islandDataJson(`scenario-data-${scenario.id}`, withoutTrainerNotes(scenario))} />
 * <ScenarioPlayerIsland client:load dataId={`scenario-data-${scenario.id}`} />
 * ```
 */
export default function ScenarioPlayerIsland({ dataId }: ScenarioPlayerIslandProps) {
  const [scenario] = useState(() => islandData<Scenario>(dataId));
  return <ScenarioPlayer scenario={scenario} />;
}
