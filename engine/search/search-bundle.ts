import { defineFormat, readFormat } from '../kernel/format-version.js';
import { isRecord } from '../kernel/is-record.js';
import lunr from 'lunr';
import { compileSynonyms, type QueryVocabulary } from './expand-query.js';
import { type SearchDocument, searchDocumentKinds, type SearchDocumentKind } from './search-document.js';
import { SearchError } from './search-error.js';
import { readSynonymTable, type SynonymTable } from './search-synonyms.js';

/**
 * The version of the serialised bundle; bump it when its shape changes.
 * 2: one document per scenario, tools, the synonym table, no match positions.
 * 3: a scenario is searched by its own fields alone, never its scenes.
 */
export const searchBundleFormatVersion = 3;

/** The bundle's versions. The site rebuilds it with the pages, so no older bundle is ever read. */
const SEARCH_BUNDLE_FORMAT = defineFormat({ current: searchBundleFormatVersion });

/**
 * What the browser needs to show and rank a result, keyed by document id:
 * the shown fields, and the glossary terms (short, never shown) that
 * phrases are checked against. Stage rows and a scenario's route and
 * objectives stay in the index alone.
 */
export type StoredSearchDocument = Pick<SearchDocument, 'kind' | 'title' | 'url' | 'context' | 'text' | 'terms'>;

/**
 * The search index as shipped to the browser: lunr's own serialisation, a
 * compact store of the documents (title, url, context, text) for results,
 * and the synonym table queries are read with.
 */
export interface SearchBundle {
  /** {@link searchBundleFormatVersion} at the time of building. */
  formatVersion: number;
  /** `lunr.Index#toJSON()` output. */
  index: object;
  /** Every document, keyed by its id (the lunr ref). */
  documents: Record<string, StoredSearchDocument>;
  /** How queries are read: question words, rewrites, equivalents. */
  synonyms: SynonymTable;
}

/** A bundle ready to query: the loaded lunr index, the document store and the compiled synonyms. */
export interface LoadedSearch {
  /** The lunr index, loaded, never rebuilt. */
  index: lunr.Index;
  /** Documents keyed by id. */
  documents: ReadonlyMap<string, StoredSearchDocument>;
  /** The synonym table, compiled for lookups. */
  vocabulary: QueryVocabulary;
}

/**
 * The data as a {@link SearchBundle}, or where it first differs from one (a
 * dotted path and what was expected). Written out by hand
 * rather than with the schema library: this runs in the browser, and the
 * search page should not ship a validator to check one file it was built with.
 */
function readBundleShape(data: unknown): { bundle: SearchBundle } | { version: number } | { path: string; expected: string } {
  if (!isRecord(data)) return { path: '', expected: 'an object' };
  if (typeof data.formatVersion !== 'number' || !Number.isInteger(data.formatVersion)) {
    return { path: 'formatVersion', expected: 'a whole number' };
  }
  // A bundle from another version is reported as such, not as a shape it was never meant to have.
  if (readFormat({ formatVersion: data.formatVersion }, SEARCH_BUNDLE_FORMAT).status !== 'readable') {
    return { version: data.formatVersion };
  }
  if (!isRecord(data.index)) return { path: 'index', expected: 'an object' };
  if (typeof data.index.version !== 'string') return { path: 'index.version', expected: 'a string' };
  if (!isRecord(data.documents)) return { path: 'documents', expected: 'an object' };
  const documents: Record<string, StoredSearchDocument> = {};
  for (const [id, document] of Object.entries(data.documents)) {
    if (!isRecord(document)) return { path: `documents.${id}`, expected: 'an object' };
    const { kind, title, url, context, text } = document;
    if (!searchDocumentKinds.includes(kind as SearchDocumentKind)) {
      return { path: `documents.${id}.kind`, expected: searchDocumentKinds.map((name) => `'${name}'`).join(', ') };
    }
    const texts = { title, url, context, text };
    for (const [field, value] of Object.entries(texts)) {
      if (typeof value !== 'string') return { path: `documents.${id}.${field}`, expected: 'a string' };
    }
    const { terms } = document;
    if (terms !== undefined && typeof terms !== 'string') return { path: `documents.${id}.terms`, expected: 'a string' };
    documents[id] = {
      kind: kind as SearchDocumentKind,
      title: String(title),
      url: String(url),
      context: String(context),
      text: String(text),
      ...(terms === undefined ? {} : { terms }),
    };
  }
  const synonyms = readSynonymTable(data.synonyms);
  if (!('table' in synonyms)) return { path: synonyms.path === '' ? 'synonyms' : `synonyms.${synonyms.path}`, expected: synonyms.expected };
  return { bundle: { formatVersion: data.formatVersion, index: data.index, documents, synonyms: synonyms.table } };
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
  if ('version' in shape) {
    throw new SearchError(
      `The search index has format version ${shape.version}, but this page reads version ${searchBundleFormatVersion}.`,
      { hint: 'Rebuild the site, then reload the page so the index and the page match.' },
    );
  }
  if ('path' in shape) {
    const where = shape.path === '' ? '' : ` at ${shape.path}`;
    throw new SearchError(`The search index is not in the expected shape${where}: expected ${shape.expected}.`, {
      hint: 'Rebuild the site so search-index.json is generated afresh.',
    });
  }
  const { bundle } = shape;
  let index: lunr.Index;
  try {
    index = lunr.Index.load(bundle.index);
  } catch (cause) {
    throw new SearchError('The search index could not be loaded by lunr.', {
      hint: 'Rebuild the site so search-index.json is generated afresh.',
      cause,
    });
  }
  return { index, documents: new Map(Object.entries(bundle.documents)), vocabulary: compileSynonyms(bundle.synonyms) };
}
