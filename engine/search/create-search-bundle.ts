import { buildSearchIndex } from './build-search-index.js';
import { type SearchBundle, searchBundleFormatVersion, type StoredSearchDocument } from './search-bundle.js';
import { searchSynonyms } from './search-data.js';
import type { SearchDocument } from './search-document.js';
import type { SynonymTable } from './search-synonyms.js';

/** Options for {@link createSearchBundle}. */
export interface CreateSearchBundleOptions {
  /** How queries are read; the built-in table (`data/synonyms.json`) unless given. */
  synonyms?: SynonymTable;
}

/**
 * Builds the index and serialises it with the document store and the
 * synonym table, ready to be written as JSON at build time. Only the shown
 * fields and the glossary terms are stored; stage rows and a scenario's
 * route and objectives live in the index alone.
 *
 * @example
 * ```ts
 * const json = JSON.stringify(createSearchBundle(documents));
 * ```
 */
export function createSearchBundle(documents: readonly SearchDocument[], options: CreateSearchBundleOptions = {}): SearchBundle {
  const index = buildSearchIndex(documents);
  const store: Record<string, StoredSearchDocument> = {};
  for (const { id, kind, title, url, context, text, terms } of documents) store[id] = { kind, title, url, context, text, ...(terms ? { terms } : {}) };
  return { formatVersion: searchBundleFormatVersion, index: index.toJSON(), documents: store, synonyms: options.synonyms ?? searchSynonyms };
}
