import lunr from 'lunr';
import { findPassage, type Passage } from './find-passage.js';
import { highlightRanges, type MatchRange, type TextSegment } from './highlight-ranges.js';
import type { LoadedSearch, StoredSearchDocument } from './search-bundle.js';

/** One result, ready to render. */
export interface SearchHit {
  /** The document id (lunr ref). */
  id: string;
  /** The stored document. */
  document: StoredSearchDocument;
  /** lunr's relevance score; higher is better. */
  score: number;
  /** The title split into highlighted segments. */
  title: TextSegment[];
  /** The passage of text around the first match. */
  passage: Passage;
}

/** The outcome of a search. */
export interface SearchOutcome {
  /** The query as typed, trimmed. */
  query: string;
  /** Results, best first. */
  hits: SearchHit[];
  /** True when the query was not valid lunr syntax and was retried as plain words. */
  usedPlainTerms: boolean;
}

/** Options for {@link runSearch}. */
export interface RunSearchOptions {
  /** Most results to return. Default 20. */
  limit?: number;
  /**
   * Most results from one scenario (its page, the address before `#`).
   * Default 3, so one long scenario whose passages all match cannot push
   * the guidance off the list. Guidance sections are never grouped.
   */
  perPage?: number;
  /** Context either side of the first match in the passage. Default 90 characters. */
  radius?: number;
}

/**
 * The words of a query with every lunr operator removed, lower-cased: what
 * we search for when the query is not valid lunr syntax.
 *
 * @example
 * ```ts
 * plainTerms('title: ~working  days^'); // ['title', 'working', 'days']
 * ```
 */
export function plainTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

function searchPlainTerms(index: lunr.Index, terms: readonly string[]): lunr.Index.Result[] {
  if (terms.length === 0) return [];
  return index.query((query) => {
    for (const term of terms) query.term(term, { usePipeline: true });
  });
}

function positionsIn(result: lunr.Index.Result, field: string): MatchRange[] {
  const positions: MatchRange[] = [];
  for (const fields of Object.values(result.matchData.metadata)) {
    const entry = (fields as Record<string, { position?: Array<[number, number]> } | undefined>)[field];
    for (const position of entry?.position ?? []) positions.push(position);
  }
  return positions;
}

/**
 * Searches a loaded bundle. The query is tried first as lunr syntax (so
 * `+stage -panel` and `escalat*` work); if lunr cannot parse it (a stray `:`
 * or `~`), it is retried as plain words instead of failing. Each hit carries
 * the highlighted title and passage as text segments, never markup.
 *
 * @example
 * ```ts
 * const { hits } = runSearch(search, 'working days');
 * hits[0]?.document.url; // e.g. '/guidance/resolution-process/#stage-3'
 * ```
 */
export function runSearch(search: LoadedSearch, query: string, options: RunSearchOptions = {}): SearchOutcome {
  const trimmed = query.trim();
  const limit = options.limit ?? 20;
  if (trimmed === '') return { query: trimmed, hits: [], usedPlainTerms: false };

  let results: lunr.Index.Result[];
  let usedPlainTerms = false;
  try {
    results = search.index.search(trimmed);
  } catch (error) {
    // Anything lunr rejects as syntax (QueryParseError, an unknown field) is
    // the reader's typing, not a fault: fall back to the words they typed.
    if (!(error instanceof lunr.QueryParseError)) throw error;
    usedPlainTerms = true;
    results = searchPlainTerms(search.index, plainTerms(trimmed));
  }

  const perPage = options.perPage ?? 3;
  const fromPage = new Map<string, number>();
  const hits: SearchHit[] = [];
  for (const result of results) {
    const document = search.documents.get(result.ref);
    if (!document) continue;
    // Each guidance section is its own answer; a scenario's passages share its page.
    const page = document.kind === 'scenario' ? (document.url.split('#')[0] ?? document.url) : document.url;
    const count = fromPage.get(page) ?? 0;
    if (count >= perPage) continue;
    fromPage.set(page, count + 1);
    hits.push({
      id: result.ref,
      document,
      score: result.score,
      title: highlightRanges(document.title, positionsIn(result, 'title')),
      passage: findPassage(document.text, positionsIn(result, 'text'), options.radius === undefined ? {} : { radius: options.radius }),
    });
    if (hits.length >= limit) break;
  }
  return { query: trimmed, hits, usedPlainTerms };
}
