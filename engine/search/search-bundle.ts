import { defineFormat, readFormat } from '../kernel/format-version.js';
import { isRecord } from '../kernel/is-record.js';
import lunr from 'lunr';
import { buildSearchIndex } from './build-search-index.js';
import type { SearchDocument } from './search-document.js';
import { SearchError } from './search-error.js';

/** The version of the serialised bundle; bump it when its shape changes. */
export const searchBundleFormatVersion = 1;

/** The bundle's versions. The site rebuilds it with the pages, so no older bundle is ever read. */
const SEARCH_BUNDLE_FORMAT = defineFormat({ current: searchBundleFormatVersion });

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

/**
 * The data as a {@link SearchBundle}, or where it first differs from one (a
 * dotted path and what was expected). Written out by hand
 * rather than with the schema library: this runs in the browser, and the
 * search page should not ship a validator to check one file it was built with.
 */
function readBundleShape(data: unknown): { bundle: SearchBundle } | { path: string; expected: string } {
  if (!isRecord(data)) return { path: '', expected: 'an object' };
  if (typeof data.formatVersion !== 'number' || !Number.isInteger(data.formatVersion)) {
    return { path: 'formatVersion', expected: 'a whole number' };
  }
  if (!isRecord(data.index)) return { path: 'index', expected: 'an object' };
  if (typeof data.index.version !== 'string') return { path: 'index.version', expected: 'a string' };
  if (!isRecord(data.documents)) return { path: 'documents', expected: 'an object' };
  const documents: Record<string, StoredSearchDocument> = {};
  for (const [id, document] of Object.entries(data.documents)) {
    if (!isRecord(document)) return { path: `documents.${id}`, expected: 'an object' };
    const { kind, title, url, context, text } = document;
    if (kind !== 'guidance' && kind !== 'scenario') return { path: `documents.${id}.kind`, expected: "'guidance' or 'scenario'" };
    const texts = { title, url, context, text };
    for (const [field, value] of Object.entries(texts)) {
      if (typeof value !== 'string') return { path: `documents.${id}.${field}`, expected: 'a string' };
    }
    documents[id] = { kind, title: String(title), url: String(url), context: String(context), text: String(text) };
  }
  return { bundle: { formatVersion: data.formatVersion, index: data.index, documents } };
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
  const shape = readBundleShape(data);
  if (!('bundle' in shape)) {
    const where = shape.path === '' ? '' : ` at ${shape.path}`;
    throw new SearchError(`The search index is not in the expected shape${where}: expected ${shape.expected}.`, {
      hint: 'Rebuild the site so search-index.json is generated afresh.',
    });
  }
  const { bundle } = shape;
  if (readFormat({ formatVersion: bundle.formatVersion }, SEARCH_BUNDLE_FORMAT).status !== 'readable') {
    throw new SearchError(
      `The search index has format version ${bundle.formatVersion}, but this page reads version ${searchBundleFormatVersion}.`,
      { hint: 'Rebuild the site, then reload the page so the index and the page match.' },
    );
  }
  let index: lunr.Index;
  try {
    index = lunr.Index.load(bundle.index);
  } catch (cause) {
    throw new SearchError('The search index could not be loaded by lunr.', {
      hint: 'Rebuild the site so search-index.json is generated afresh.',
      cause,
    });
  }
  return { index, documents: new Map(Object.entries(bundle.documents)) };
}
