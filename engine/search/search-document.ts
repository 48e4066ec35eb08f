/**
 * One search result's worth of content: a guidance section, a tool page
 * (such as the deadline calculator) or a whole scenario. A guidance section
 * links straight to its anchor; a scenario is one document, shown by its
 * title and summary only, so no result gives away where a story goes.
 */
export interface SearchDocument {
  /** Unique reference, e.g. `guidance:stage-3`, `tool:calculator` or `scenario:no-one-came-back`. */
  id: string;
  /** What kind of content this is; the results page labels them differently. */
  kind: SearchDocumentKind;
  /** Heading shown as the result's link text. */
  title: string;
  /** Where the result links to, including the `#anchor` when there is one. */
  url: string;
  /** Where the passage sits, e.g. the guidance page title, `Tool` or `Scenario`. */
  context: string;
  /** Plain text shown under the result (a section's text, a tool's or scenario's summary), also searched. */
  text: string;
  /** Glossary terms and their meanings, searched with a high weight and never shown. */
  terms?: string;
  /** A stage table row (action, owner, timescale and source wording), searched and never shown. */
  stage?: string;
  /** Text that is searched at a low weight and never shown: a scenario's route, role, agencies and objectives. */
  body?: string;
}

/** The kinds of search document. */
export type SearchDocumentKind = 'guidance' | 'tool' | 'scenario';

/** Every kind, for checking a loaded bundle. */
export const searchDocumentKinds: readonly SearchDocumentKind[] = ['guidance', 'tool', 'scenario'];

/**
 * The fields lunr indexes, with their boosts: a word in a title outranks a
 * glossary term, which outranks a stage row, which outranks body text.
 * A scenario's route and objectives weigh least, so a story about a
 * subject does not outrank the guidance that explains it.
 */
export const searchFields = [
  { name: 'title', boost: 10 },
  { name: 'terms', boost: 5 },
  { name: 'stage', boost: 3 },
  { name: 'context', boost: 1 },
  { name: 'text', boost: 1 },
  { name: 'body', boost: 0.3 },
] as const satisfies ReadonlyArray<{ name: keyof SearchDocument; boost: number }>;

/** How much each kind of document weighs against another with the same words: the guidance and tools answer questions. */
export const kindBoosts: Readonly<Record<SearchDocumentKind, number>> = { guidance: 3, tool: 2, scenario: 1 };
