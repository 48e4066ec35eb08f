/**
 * The search benchmark's page script, bundled for the browser by
 * search.bench.ts and run in Chromium on the built site's own origin: it
 * loads the index the way the search page does (the site's own
 * `loadSearchIndex`) and times `runSearch` over a list of queries.
 */
import { runSearch } from '../../../engine/runtime.js';
import { loadSearchIndex } from '../../../site/src/components/search/load-search-index.js';

/** What one timing run measured, in milliseconds. */
export interface SearchTimings {
  /** From the first request to a queryable index (download, JSON parse, `lunr.Index.load`). */
  loadMs: number;
  /** One time per query per round, the warm-up round left out. */
  queries: number[];
  /** The results of each query in the last round, so a broken index shows as zeros rather than as speed. */
  hits: number[];
  /** The browser's user agent, to name its version in the table. */
  userAgent: string;
}

/**
 * Loads the index, runs every query `rounds` times and returns the times
 * of every round after the first (which warms the JIT).
 */
async function timeSearches(queries: readonly string[], rounds: number): Promise<SearchTimings> {
  const loadStart = performance.now();
  const search = await loadSearchIndex();
  const loadMs = performance.now() - loadStart;
  const times: number[] = [];
  let hits: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    hits = [];
    for (const query of queries) {
      const start = performance.now();
      const outcome = runSearch(search, query);
      const elapsed = performance.now() - start;
      if (round > 0) times.push(elapsed);
      hits.push(outcome.hits.length);
    }
  }
  return { loadMs, queries: times, hits, userAgent: navigator.userAgent };
}

(globalThis as unknown as { timeSearches: typeof timeSearches }).timeSearches = timeSearches;
