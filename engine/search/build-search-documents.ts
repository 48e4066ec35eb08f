import type { GlossaryEntry } from './search-glossary.js';
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
  /**
   * The stage table row (or rows, for the table itself) that the section
   * explains, as plain text: searched with its own weight, never shown.
   */
  stage?: string;
}

/** A page of the site that does a job, such as the deadline calculator. */
export interface ToolSearchInput {
  /** A short id, unique among tools: the document id is `tool:<id>`. */
  id: string;
  /** The page title. */
  title: string;
  /** The page's address, e.g. `/calculator/`. */
  url: string;
  /** One or two sentences saying what the tool does, shown under the result. */
  summary: string;
}

/**
 * A scenario as the search needs it: what a result shows (title and
 * summary) and what the scenario is about as a whole, searched and never
 * shown. Nothing from its scenes: they would tell the reader where the
 * story goes, and at hundreds of scenarios they would be most of the
 * index every reader downloads before the first answer.
 */
export interface ScenarioSearchInput {
  /** The scenario's slug (its file name without extension). */
  slug: string;
  /** The scenario title. */
  title: string;
  /** The one-paragraph summary from its frontmatter. */
  summary: string;
  /** The scenario's page, e.g. `/scenarios/no-one-came-back/`. */
  url: string;
  /** Its topics' labels, searched like glossary terms. */
  topics?: readonly string[];
  /** The name of its route (its audience) in its protocol, e.g. "Adults (NYSAB)": searched at a low weight. */
  audience?: string;
  /** Its role, agencies and objectives: searched at a low weight. */
  about?: readonly string[];
}

/** Everything that goes into the search index. Any list may be empty. */
export interface SearchSources {
  /** Guidance sections, in reading order. */
  guidance?: readonly GuidanceSearchInput[];
  /** Tool pages such as the deadline calculator. */
  tools?: readonly ToolSearchInput[];
  /** Scenarios, if the site has them. */
  scenarios?: readonly ScenarioSearchInput[];
  /** Glossary terms, each attached to the documents it names. */
  glossary?: readonly GlossaryEntry[];
}

/** Collapses runs of whitespace so that snippets read as one line and positions are stable. */
function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Joins searchable pieces into one field value, leaving the field out when there is nothing in it. */
function joined(pieces: ReadonlyArray<string | undefined>): string | undefined {
  const text = normaliseText(pieces.filter((piece) => piece !== undefined).join(' '));
  return text === '' ? undefined : text;
}

/**
 * Turns guidance sections, tools and scenarios into flat search documents:
 * one per guidance section (linking to its anchor), one per tool and one
 * per scenario, made from the scenario's own fields alone (never its
 * scenes). Glossary terms are attached to the documents they name. Pure:
 * the caller reads files and passes plain data in.
 *
 * Throws a {@link SearchError} when two documents would share an id, a
 * document has no URL, or a glossary term names a document that does not
 * exist, because each would make results link to the wrong place.
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
    const stage = joined([section.stage]);
    documents.push({
      id: `guidance:${section.id}`,
      kind: 'guidance',
      title: normaliseText(section.title),
      url: `${section.page}#${section.id}`,
      context: normaliseText(section.pageTitle),
      text: normaliseText(section.text),
      ...(stage ? { stage } : {}),
    });
  }

  for (const tool of sources.tools ?? []) {
    documents.push({
      id: `tool:${tool.id}`,
      kind: 'tool',
      title: normaliseText(tool.title),
      url: tool.url,
      context: 'Tool',
      text: normaliseText(tool.summary),
    });
  }

  for (const scenario of sources.scenarios ?? []) {
    const terms = joined(scenario.topics ?? []);
    const body = joined([scenario.audience, ...(scenario.about ?? [])]);
    documents.push({
      id: `scenario:${scenario.slug}`,
      kind: 'scenario',
      title: normaliseText(scenario.title),
      url: scenario.url,
      context: 'Scenario',
      text: normaliseText(scenario.summary),
      ...(terms ? { terms } : {}),
      ...(body ? { body } : {}),
    });
  }

  const byId = new Map<string, SearchDocument>();
  for (const document of documents) {
    if (byId.has(document.id)) {
      throw new SearchError(`Two search documents share the id "${document.id}".`, {
        hint: 'Give every guidance section, tool and scenario slug a unique value.',
      });
    }
    byId.set(document.id, document);
    if (document.url.trim() === '') {
      throw new SearchError(`The search document "${document.id}" has no URL.`, {
        hint: 'Pass the page path of every guidance section, tool and scenario.',
      });
    }
  }

  for (const entry of sources.glossary ?? []) {
    for (const id of entry.documents) {
      const document = byId.get(id);
      if (!document) {
        throw new SearchError(`The glossary term "${entry.term}" names "${id}", which is not a search document.`, {
          hint: 'Use the id of a guidance section (guidance:<section id>) or a tool (tool:<id>) that the site indexes.',
        });
      }
      document.terms = joined([document.terms, entry.term, entry.meaning]);
    }
  }
  return documents;
}
