import lunr from 'lunr';
import { z } from 'zod';
import { buildSearchIndex } from './build-search-index.js';
import type { SearchDocument } from './search-document.js';
import { SearchError } from './search-error.js';

/** The version of the serialised bundle; bump it when its shape changes. */
export const searchBundleFormatVersion = 1;

/** What the browser needs to show a result, keyed by document id. */
export type StoredSearchDocument = Omit<SearchDocument, 'id'>;

/**
 * The search index as shipped to the browser: lunr's own serialisation plus
 * a compact store of the documents (title, url, context, text) for snippets.
 */
export interface SearchBundle {
  /** {@link searchBundleFormatVersion} at the time of building. */
  formatVersion: number;
  /** `lunr.Index#toJSON()` output. */
  index: object;
  /** Every document, keyed by its id (the lunr ref). */
  documents: Record<string, StoredSearchDocument>;
}

/** A bundle ready to query: the loaded lunr index and the document store. */
export interface LoadedSearch {
  /** The lunr index, loaded, never rebuilt. */
  index: lunr.Index;
  /** Documents keyed by id. */
  documents: ReadonlyMap<string, StoredSearchDocument>;
}

/**
 * Builds the index and serialises it with the document store, ready to be
 * written as JSON at build time.
 *
 * @example
 * ```ts
 * const json = JSON.stringify(createSearchBundle(documents));
 * ```
 */
export function createSearchBundle(documents: readonly SearchDocument[]): SearchBundle {
  const index = buildSearchIndex(documents);
  const store: Record<string, StoredSearchDocument> = {};
  for (const { id, ...rest } of documents) store[id] = rest;
  return { formatVersion: searchBundleFormatVersion, index: index.toJSON(), documents: store };
}

function SearchBundleSchema() {
  return z.object({
    formatVersion: z.number().int(),
    index: z.object({ version: z.string() }).passthrough(),
    documents: z.record(
      z.object({
        kind: z.enum(['guidance', 'scenario']),
        title: z.string(),
        url: z.string(),
        context: z.string(),
        text: z.string(),
      }),
    ),
  });
}

/**
 * Loads a serialised bundle (for example the parsed `search-index.json`)
 * with `lunr.Index.load`, checking its shape and version first.
 *
 * Throws a {@link SearchError} with a hint when the data is not a bundle or
 * was built by a different version of Common Ground.
 *
 * @example
 * ```ts
 * const search = loadSearchBundle(await (await fetch('/search-index.json')).json());
 * ```
 */
export function loadSearchBundle(data: unknown): LoadedSearch {
  const parsed = SearchBundleSchema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new SearchError(`The search index is not in the expected shape${where}: ${issue?.message ?? 'unknown problem'}.`, {
      hint: 'Rebuild the site so search-index.json is generated afresh.',
    });
  }
  if (parsed.data.formatVersion !== searchBundleFormatVersion) {
    throw new SearchError(
      `The search index has format version ${parsed.data.formatVersion}, but this page reads version ${searchBundleFormatVersion}.`,
      { hint: 'Rebuild the site, then reload the page so the index and the page match.' },
    );
  }
  let index: lunr.Index;
  try {
    index = lunr.Index.load(parsed.data.index);
  } catch (cause) {
    throw new SearchError('The search index could not be loaded by lunr.', {
      hint: 'Rebuild the site so search-index.json is generated afresh.',
      cause,
    });
  }
  return { index, documents: new Map(Object.entries(parsed.data.documents)) };
}
