import { type LoadedSearch, loadSearchBundle, SearchError } from '../../../../engine/runtime.js';

/** The URL of the serialised index built by `pages/search-index.json.ts`. */
export const searchIndexUrl = '/search-index.json';

let cached: Promise<LoadedSearch> | undefined;

/**
 * Fetches and loads the search index once per page; later searches reuse it,
 * so search keeps working offline after the first. A failed load is not
 * cached, so the next search tries again.
 *
 * @example
 * ```ts
 * const search = await loadSearchIndex();
 * ```
 */
export function loadSearchIndex(fetchImpl: typeof fetch = fetch, url: string = searchIndexUrl): Promise<LoadedSearch> {
  cached ??= (async () => {
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: { Accept: 'application/json' } });
    } catch (cause) {
      throw new SearchError('The search index could not be downloaded.', {
        hint: 'Check your connection, then search again.',
        cause,
      });
    }
    if (!response.ok) {
      throw new SearchError(`The search index could not be downloaded (HTTP ${response.status}).`, {
        hint: 'Reload the page; if it keeps happening, the site needs rebuilding.',
      });
    }
    return loadSearchBundle(await response.json());
  })();
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
