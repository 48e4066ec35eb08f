import {
  guidancePages,
  guidanceSections,
  type Protocol,
  type ProtocolCatalogue,
  type Scenario,
  searchGlossary,
  type SearchSources,
  type ToolSearchInput,
} from '../../../engine/index.js';
import { guidanceSearchInputs } from './guidance-search-inputs.js';
import { scenarioSearchInputs } from './scenario-search-inputs.js';
import { stageRows, stageSearchText, type StageRow } from './stage-rows.js';

/** What {@link siteSearchSources} reads; the build passes Astro's content, a test passes files it read. */
export interface SiteSearchInputs {
  /** The protocol the written guidance describes: its stage rows go into the stage sections and the table. */
  guidanceProtocol: Protocol;
  /** The protocol the site is built for: the tools describe it. */
  siteProtocol: Protocol;
  /** The Markdown of a guidance section, by section id. */
  markdownOf: (sectionId: string) => string;
  /** The scenarios in this build. */
  scenarios: readonly Scenario[];
  /** The protocols the scenarios' routes are named from (the site's, in a build); the built-in ones unless given. */
  protocols?: ProtocolCatalogue;
}

/** A stage row as searched: what the table shows, and the source document's own words. */
function rowText(row: StageRow): string {
  return `${stageSearchText(row)} Source wording: ${row.source.action} ${row.source.owner} ${row.source.timescale}`;
}

/**
 * The site's pages that do a job rather than explain: the deadline
 * calculator, the reflective log and the protocols' stage tables. Their
 * summaries are what a result shows.
 *
 * @example
 * ```ts
 * siteTools(siteProtocol)[0]?.url; // '/calculator/'
 * ```
 */
export function siteTools(protocol: Protocol): ToolSearchInput[] {
  return [
    {
      id: 'calculator',
      title: 'Deadline calculator',
      url: '/calculator/',
      summary: `Enter when a disagreement was raised to see when each of the ${protocol.stages.length} stages of the ${protocol.name} process is due. Working days leave out weekends and bank holidays, and the deadlines can be saved to your calendar.`,
    },
    {
      id: 'log',
      title: 'Reflective log',
      url: '/log/',
      summary: 'Record what you did, why it matters, what you learnt and how it changes your practice, as CPD evidence, and keep your own copy.',
    },
    {
      id: 'protocols',
      title: 'Protocols',
      url: '/protocols/',
      summary: 'The resolution protocols this site knows, each with its stages, who is responsible and its timescales.',
    },
  ];
}

/**
 * Everything the search index is built from: the guidance sections (each
 * stage section with its stage table row, the table with every row), the
 * tools, one entry per scenario (never its scenes) and the glossary. Pure: `search-index.json.ts` and
 * the relevance test both call it, so the test searches what the site ships.
 *
 * @example
 * ```ts
 * const bundle = createSearchBundle(buildSearchDocuments(siteSearchSources(inputs)));
 * ```
 */
export function siteSearchSources(inputs: SiteSearchInputs): SearchSources {
  const rows = stageRows(inputs.guidanceProtocol);
  const stageText: Record<string, string> = {
    'stage-table': rows.map((row) => `Stage ${row.stage}: ${row.title}. ${stageSearchText(row)}`).join(' '),
  };
  for (const row of rows) {
    if (row.guidance) stageText[row.guidance] = rowText(row);
  }
  return {
    guidance: guidanceSearchInputs(guidanceSections, guidancePages, inputs.markdownOf, stageText),
    tools: siteTools(inputs.siteProtocol),
    scenarios: scenarioSearchInputs(inputs.scenarios, inputs.protocols),
    glossary: searchGlossary,
  };
}
