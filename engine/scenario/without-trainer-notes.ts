import type { Scenario } from './scenario-model.js';

/**
 * The scenario as the player island receives it: without what is for
 * trainers (each scene's `<Discuss>` and the frontmatter's facilitator
 * note). The player never shows them, the facilitator page has them, and
 * they would only make the page's props longer.
 *
 * @example
 * ```astro
 * <ScenarioPlayerIsland client:load scenarioJson={JSON.stringify(withoutTrainerNotes(compactScenario(scenario)))} />
 * ```
 */
export function withoutTrainerNotes(scenario: Scenario): Scenario {
  const { facilitator: _facilitator, ...frontmatter } = scenario.frontmatter;
  const scenes = Object.fromEntries(Object.entries(scenario.scenes).map(([id, scene]) => [id, { ...scene, discuss: undefined }]));
  return { ...scenario, frontmatter, scenes };
}
