import type { SearchAnswered, SearchHit } from '../../../../engine/runtime.js';

/** Everything the search page shows, as one value. */
export type SearchState =
  | { status: 'idle'; query: '' }
  | { status: 'loading'; query: string }
  | {
      status: 'ready';
      query: string;
      hits: SearchHit[];
      usedPlainTerms: boolean;
      /** The query with misspelt words corrected, when search found one. */
      suggestion?: string | undefined;
      /** Which query the hits answer; the typed one unless said otherwise. */
      answered?: SearchAnswered;
    }
  | { status: 'failed'; query: string; message: string; hint: string };

/** What can happen on the search page. */
export type SearchEvent =
  | { type: 'query-cleared' }
  | { type: 'index-requested'; query: string }
  | {
      type: 'results-found';
      query: string;
      hits: SearchHit[];
      usedPlainTerms: boolean;
      suggestion?: string | undefined;
      answered?: SearchAnswered;
    }
  | { type: 'index-failed'; query: string; message: string; hint: string };

/** The state before anything has been searched. */
export const initialSearchState: SearchState = { status: 'idle', query: '' };

/**
 * The search page's state transitions, pure so they can be tested without
 * a browser. Results for an older query are ignored if the reader has typed
 * a new one meanwhile.
 *
 * @example
 * ```ts
 * searchReducer(initialSearchState, { type: 'index-requested', query: 'panel' }).status; // 'loading'
 * ```
 */
export function searchReducer(state: SearchState, event: SearchEvent): SearchState {
  switch (event.type) {
    case 'query-cleared':
      return initialSearchState;
    case 'index-requested':
      return { status: 'loading', query: event.query };
    case 'results-found':
      if (state.query !== event.query) return state;
      return {
        status: 'ready',
        query: event.query,
        hits: event.hits,
        usedPlainTerms: event.usedPlainTerms,
        suggestion: event.suggestion,
        answered: event.answered ?? 'query',
      };
    case 'index-failed':
      if (state.query !== event.query) return state;
      return { status: 'failed', query: event.query, message: event.message, hint: event.hint };
  }
}

/** "1 result" or "3 results". */
function resultCount(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

/**
 * The sentence announced in the live region: how many results there are
 * for what (and for which corrected query, when the typed one found
 * nothing), or what is happening. A "did you mean" beside results is the
 * page's own line, with its link. The query is quoted as typed; React
 * inserts it as text.
 *
 * @example
 * ```ts
 * describeSearchState({ status: 'ready', query: 'panel', hits: [hit], usedPlainTerms: false });
 * // '1 result for “panel”'
 * describeSearchState({ status: 'ready', query: 'escalaton', hits: [hit], usedPlainTerms: false, suggestion: 'escalation', answered: 'suggestion' });
 * // 'No results for “escalaton”. Showing 1 result for “escalation” instead.'
 * ```
 */
export function describeSearchState(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return 'Type a question, a word or a phrase and press Search.';
    case 'loading':
      return `Searching for “${state.query}”…`;
    case 'ready': {
      const count = state.hits.length;
      const note = state.usedPlainTerms ? ' (searched for the words only, ignoring special characters)' : '';
      if (count === 0) return `No results for “${state.query}”${note}. Try fewer words or a different word.`;
      if (state.answered === 'suggestion' && state.suggestion) {
        return `No results for “${state.query}”${note}. Showing ${resultCount(count)} for “${state.suggestion}” instead.`;
      }
      if (state.answered === 'fuzzy') {
        return `No results for “${state.query}”${note}. Showing ${resultCount(count)} for words spelt like it.`;
      }
      return `${resultCount(count)} for “${state.query}”${note}`;
    }
    case 'failed':
      return `Search is not available: ${state.message} ${state.hint}`;
  }
}
