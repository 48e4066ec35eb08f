import type { SearchDocument } from './search-document.js';
import { SearchError } from './search-error.js';

/** A guidance section as the search needs it: its citable id, where it lives, and its plain text. */
export interface GuidanceSearchInput {
  /** The section id from `guidanceSections`, which is also its anchor. */
  id: string;
  /** The section title. */
  title: string;
  /** The site path of the page holding the section, e.g. `/guidance/key-principles/`. */
  page: string;
  /** The title of that page, shown as the result's context. */
  pageTitle: string;
  /** The section's text with markup removed. */
  text: string;
}

/** A scene of a scenario: a heading (if it has one), its text, and optionally its own URL. */
export interface ScenarioSceneSearchInput {
  /** The scene id, unique within its scenario. */
  id: string;
  /** The scene's heading, if any; otherwise the scenario title is used. */
  heading?: string;
  /** The scene's narrative text with markup removed. */
  text: string;
  /** Where the scene can be opened; defaults to the scenario's URL. */
  url?: string;
}

/** A scenario as the search needs it: title, summary and scene text. */
export interface ScenarioSearchInput {
  /** The scenario's slug (its file name without extension). */
  slug: string;
  /** The scenario title. */
  title: string;
  /** The one-paragraph summary from its frontmatter. */
  summary: string;
  /** The scenario's page, e.g. `/scenarios/no-one-came-back/`. */
  url: string;
  /** The scenes, in order. */
  scenes: readonly ScenarioSceneSearchInput[];
}

/** Everything that goes into the search index. Either list may be empty. */
export interface SearchSources {
  /** Guidance sections, in reading order. */
  guidance?: readonly GuidanceSearchInput[];
  /** Scenarios, if the site has them. */
  scenarios?: readonly ScenarioSearchInput[];
}

/** Collapses runs of whitespace so that snippets read as one line and positions are stable. */
function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Turns guidance sections and scenarios into flat search documents: one per
 * guidance section (linking to its anchor), one per scenario summary and one
 * per scene. Pure: the caller reads files and passes plain data in.
 *
 * Throws a {@link SearchError} when two documents would share an id or a
 * document has no URL, because either would make results link to the wrong
 * place.
 *
 * @example
 * ```ts
 * const documents = buildSearchDocuments({
 *   guidance: [{ id: 'stage-3', title: 'Stage 3', page: '/guidance/resolution-process/',
 *     pageTitle: 'The seven-stage resolution process', text: 'Within 10 working days…' }],
 * });
 * documents[0]?.url; // '/guidance/resolution-process/#stage-3'
 * ```
 */
export function buildSearchDocuments(sources: SearchSources): SearchDocument[] {
  const documents: SearchDocument[] = [];

  for (const section of sources.guidance ?? []) {
    documents.push({
      id: `guidance:${section.id}`,
      kind: 'guidance',
      title: normaliseText(section.title),
      url: `${section.page}#${section.id}`,
      context: normaliseText(section.pageTitle),
      text: normaliseText(section.text),
    });
  }

  for (const scenario of sources.scenarios ?? []) {
    const title = normaliseText(scenario.title);
    documents.push({
      id: `scenario:${scenario.slug}`,
      kind: 'scenario',
      title,
      url: scenario.url,
      context: 'Scenario',
      text: normaliseText(scenario.summary),
    });
    for (const scene of scenario.scenes) {
      documents.push({
        id: `scenario:${scenario.slug}:${scene.id}`,
        kind: 'scenario',
        title: normaliseText(scene.heading ?? title),
        url: scene.url ?? scenario.url,
        context: `Scenario: ${title}`,
        text: normaliseText(scene.text),
      });
    }
  }

  const seen = new Set<string>();
  for (const document of documents) {
    if (seen.has(document.id)) {
      throw new SearchError(`Two search documents share the id "${document.id}".`, {
        hint: 'Give every guidance section, scenario slug and scene id a unique value.',
      });
    }
    seen.add(document.id);
    if (document.url.trim() === '') {
      throw new SearchError(`The search document "${document.id}" has no URL.`, {
        hint: 'Pass the page path of every guidance section and scenario.',
      });
    }
  }
  return documents;
}
