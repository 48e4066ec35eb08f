import { markdownToText, mdastText, type Scenario, type ScenarioSearchInput } from '../../../engine/index.js';

/**
 * Scenarios as search inputs: title, summary, and each scene's narrative
 * and events (its first heading as the result title). Every result links to
 * the scenario's page, where play starts (or resumes).
 *
 * @example
 * ```ts
 * buildSearchDocuments({ guidance, scenarios: scenarioSearchInputs(await loadScenarios()) });
 * ```
 */
export function scenarioSearchInputs(scenarios: readonly Scenario[]): ScenarioSearchInput[] {
  return scenarios.map((scenario) => ({
    slug: scenario.id,
    title: scenario.frontmatter.title,
    summary: scenario.frontmatter.summary,
    url: `/scenarios/${scenario.id}/`,
    scenes: scenario.order
      .map((id) => scenario.scenes[id])
      .filter((scene) => scene !== undefined)
      .map((scene) => {
        const heading = scene.narrative.mdast.children.find((node) => node.type === 'heading');
        const title = heading ? mdastText(heading) : undefined;
        let text = [scene.narrative.markdown, ...scene.events.map((event) => event.text.markdown)].map(markdownToText).join(' ');
        // The heading is the result's title; repeating it as the passage's first words adds nothing.
        if (title && text.startsWith(title)) text = text.slice(title.length).trimStart();
        return { id: scene.id, ...(title ? { heading: title } : {}), text };
      }),
  }));
}
