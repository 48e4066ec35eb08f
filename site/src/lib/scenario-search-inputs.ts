import { libraryCardFromScenario, type ProtocolCatalogue, type Scenario, type ScenarioSearchInput, topicLabel } from '../../../engine/index.js';

/**
 * Scenarios as search inputs, one per scenario and from the scenario as a
 * whole: title and summary (what a result shows), and to search but never
 * show, the topics, the route (as the library card names it), the
 * learner's role, the agencies and the objectives. Not the stages its
 * scenes reach: every scenario would then match "stage 1", and the
 * guidance for a stage must answer that (the library filters by stage).
 * No scene text at all: it gives away where the story goes, and at
 * hundreds of scenarios it would be most of what every reader downloads
 * before the first answer. Every result links to the scenario's page,
 * where play starts (or resumes).
 *
 * @example
 * ```ts
 * buildSearchDocuments({ guidance, scenarios: scenarioSearchInputs(await loadScenarios(), siteProtocols) });
 * ```
 */
export function scenarioSearchInputs(scenarios: readonly Scenario[], protocols?: ProtocolCatalogue): ScenarioSearchInput[] {
  return scenarios.map((scenario) => {
    const { frontmatter } = scenario;
    // The library card already names the route in the protocol's words.
    const card = libraryCardFromScenario(scenario, protocols);
    return {
      slug: scenario.id,
      title: frontmatter.title,
      summary: frontmatter.summary,
      url: `/scenarios/${scenario.id}/`,
      topics: frontmatter.topics.map((topic) => topicLabel(topic) ?? topic),
      audience: card.audienceLabel,
      about: [frontmatter.role, ...frontmatter.agencies, ...frontmatter.objectives],
    };
  });
}
