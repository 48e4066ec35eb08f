import { useMemo } from 'react';
import type { Scenario } from '../../../../engine/runtime.js';
import ScenarioPlayer from './ScenarioPlayer.js';

/** Props of {@link ScenarioPlayerIsland}. */
export interface ScenarioPlayerIslandProps {
  /** The scenario the player shows, as JSON text (`JSON.stringify` of the compact model without trainer notes). */
  scenarioJson: string;
}

/**
 * The scenario player as a scenario page mounts it: the scenario comes as
 * one JSON string, not as an object. Astro writes an island's object props
 * in its own typed form, wrapping every value of the tree (`[0, …]`) on the
 * way out and walking the tree again in the browser to undo it; for a
 * scenario that was twice the time of `JSON.stringify` in the site build,
 * and the page reads it back with one `JSON.parse`. The server render parses
 * the same text, so both renders see the same model.
 *
 * @example
 * ```astro
 * <ScenarioPlayerIsland client:load scenarioJson={JSON.stringify(withoutTrainerNotes(scenario))} />
 * ```
 */
export default function ScenarioPlayerIsland({ scenarioJson }: ScenarioPlayerIslandProps) {
  const scenario = useMemo(() => JSON.parse(scenarioJson) as Scenario, [scenarioJson]);
  return <ScenarioPlayer scenario={scenario} />;
}
