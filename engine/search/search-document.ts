/**
 * One searchable passage: a guidance section or a scenario scene. The unit of
 * search is deliberately small so that a result can link straight to the
 * anchor where the words are.
 */
export interface SearchDocument {
  /** Unique reference, e.g. `guidance:stage-3` or `scenario:no-one-came-back:thursday-visit`. */
  id: string;
  /** What kind of content this is; the results page labels them differently. */
  kind: 'guidance' | 'scenario';
  /** Heading shown as the result's link text. */
  title: string;
  /** Where the result links to, including the `#anchor` when there is one. */
  url: string;
  /** Where the passage sits, e.g. the guidance page or scenario title. */
  context: string;
  /** Plain text of the passage (no markup), used for matching and for the snippet. */
  text: string;
}

/** The fields lunr indexes, with their boosts: a word in a heading outranks one in body text. */
export const searchFields = [
  { name: 'title', boost: 8 },
  { name: 'context', boost: 2 },
  { name: 'text', boost: 1 },
] as const satisfies ReadonlyArray<{ name: keyof SearchDocument; boost: number }>;
