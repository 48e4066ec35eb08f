import type { SearchHit } from '../../../../engine/runtime.js';

/** Everything the search page shows, as one value. */
export type SearchState =
  | { status: 'idle'; query: '' }
  | { status: 'loading'; query: string }
  | { status: 'ready'; query: string; hits: SearchHit[]; usedPlainTerms: boolean }
  | { status: 'failed'; query: string; message: string; hint: string };

/** What can happen on the search page. */
export type SearchEvent =
  | { type: 'query-cleared' }
  | { type: 'index-requested'; query: string }
  | { type: 'results-found'; query: string; hits: SearchHit[]; usedPlainTerms: boolean }
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
      return { status: 'ready', query: event.query, hits: event.hits, usedPlainTerms: event.usedPlainTerms };
    case 'index-failed':
      if (state.query !== event.query) return state;
      return { status: 'failed', query: event.query, message: event.message, hint: event.hint };
  }
}

/**
 * The sentence announced in the live region: how many results there are
 * for what, or what is happening. The query is quoted as typed; React
 * inserts it as text.
 *
 * @example
 * ```ts
 * describeSearchState({ status: 'ready', query: 'panel', hits: [hit], usedPlainTerms: false });
 * // '1 result for “panel”'
 * ```
 */
export function describeSearchState(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return 'Type a word or phrase and press Search.';
    case 'loading':
      return `Searching for “${state.query}”…`;
    case 'ready': {
      const count = state.hits.length;
      const found = count === 0 ? `No results for “${state.query}”` : `${count} ${count === 1 ? 'result' : 'results'} for “${state.query}”`;
      const note = state.usedPlainTerms ? ' (searched for the words only, ignoring special characters)' : '';
      const advice = count === 0 ? '. Try fewer words or a different word.' : '';
      return `${found}${note}${advice}`;
    }
    case 'failed':
      return `Search is not available: ${state.message} ${state.hint}`;
  }
}
