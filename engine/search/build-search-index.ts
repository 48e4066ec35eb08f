import lunr from 'lunr';
import { searchFields, type SearchDocument } from './search-document.js';

/**
 * Builds a lunr index over search documents with lunr's default English
 * pipeline (trimmer, stop words, Porter stemmer), so "escalating" finds
 * "escalate". Match positions are kept so results can highlight the words
 * that matched. Run it at build time; the browser only loads the result.
 *
 * @example
 * ```ts
 * const index = buildSearchIndex(documents);
 * index.search('working days')[0]?.ref; // e.g. 'guidance:stage-3'
 * ```
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): lunr.Index {
  return lunr(function configure() {
    this.ref('id');
    for (const field of searchFields) this.field(field.name, { boost: field.boost });
    this.metadataWhitelist = ['position'];
    for (const document of documents) this.add(document);
  });
}
