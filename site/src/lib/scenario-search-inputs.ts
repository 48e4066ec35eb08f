import { markdownToText, mdastText, type Scenario, type ScenarioSearchInput, topicLabel } from '../../../engine/index.js';

/**
 * Scenarios as search inputs: title and summary (what a result shows), and
 * to search but never show, the topics, the learner's role, the agencies,
 * the objectives and each scene's narrative and events. Scene headings are
 * left out altogether: they name where the story goes ("A night too late").
 * Every result links to the scenario's page, where play starts (or resumes).
 *
 * @example
 * ```ts
 * buildSearchDocuments({ guidance, scenarios: scenarioSearchInputs(await loadScenarios()) });
 * ```
 */
export function scenarioSearchInputs(scenarios: readonly Scenario[]): ScenarioSearchInput[] {
  return scenarios.map((scenario) => {
    const { frontmatter } = scenario;
    return {
      slug: scenario.id,
      title: frontmatter.title,
      summary: frontmatter.summary,
      url: `/scenarios/${scenario.id}/`,
      topics: frontmatter.topics.map((topic) => topicLabel(topic) ?? topic),
      about: [frontmatter.role, ...frontmatter.agencies, ...frontmatter.objectives],
      scenes: scenario.order
        .map((id) => scenario.scenes[id])
        .filter((scene) => scene !== undefined)
        .map((scene) => {
          const narrative = { ...scene.narrative.mdast, children: scene.narrative.mdast.children.filter((node) => node.type !== 'heading') };
          const text = [mdastText(narrative), ...scene.events.map((event) => markdownToText(event.text.markdown))].join(' ');
          return { id: scene.id, text };
        }),
    };
  });
}
