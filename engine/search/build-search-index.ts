import lunr from 'lunr';
import { searchFields, type SearchDocument } from './search-document.js';

/** How much more a guidance section weighs than a scenario passage with the same words. */
export const GUIDANCE_BOOST = 3;

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
    // Less length normalisation than lunr's 0.75: a guidance section that says
    // more about a topic should not rank below a scene that mentions it once.
    this.b(0.3);
    for (const field of searchFields) this.field(field.name, { boost: field.boost });
    this.metadataWhitelist = ['position'];
    // The guidance answers a practitioner's question; a scenario passage only uses the words.
    for (const document of documents) this.add(document, { boost: document.kind === 'guidance' ? GUIDANCE_BOOST : 1 });
  });
}
