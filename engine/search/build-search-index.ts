import lunr from 'lunr';
import { kindBoosts, searchFields, type SearchDocument } from './search-document.js';

/**
 * Builds a lunr index over search documents with lunr's default English
 * pipeline (trimmer, stop words, Porter stemmer), so "escalating" finds
 * "escalate". Each field has its boost ({@link searchFields}: titles, then
 * glossary terms, then stage rows, then text) and each kind of document its
 * own ({@link kindBoosts}). No match positions are stored, which keeps the
 * index small: results are highlighted from the matched terms instead (see
 * `highlightTerms`). Run it at build time; the browser only loads the result.
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
    // Less length normalisation than lunr's 0.75: a guidance section that says
    // more about a topic should not rank below a short passage that mentions it once.
    this.b(0.3);
    for (const field of searchFields) this.field(field.name, { boost: field.boost });
    this.metadataWhitelist = [];
    for (const document of documents) this.add(document, { boost: kindBoosts[document.kind] });
  });
}
