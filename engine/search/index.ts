/**
 * Search: turn guidance sections and scenarios into documents, index them
 * with lunr at build time, load the serialised index in the browser and
 * query it, with highlighted passages returned as text segments.
 */
export { SearchError } from './search-error.js';
export { searchFields, type SearchDocument } from './search-document.js';
export {
  buildSearchDocuments,
  type GuidanceSearchInput,
  type ScenarioSearchInput,
  type ScenarioSceneSearchInput,
  type SearchSources,
} from './build-search-documents.js';
export { buildSearchIndex } from './build-search-index.js';
export {
  createSearchBundle,
  loadSearchBundle,
  searchBundleFormatVersion,
  type LoadedSearch,
  type SearchBundle,
  type StoredSearchDocument,
} from './search-bundle.js';
export { highlightRanges, normaliseRanges, type MatchRange, type TextSegment } from './highlight-ranges.js';
export { findPassage, type FindPassageOptions, type Passage } from './find-passage.js';
export { plainTerms, runSearch, type RunSearchOptions, type SearchHit, type SearchOutcome } from './run-search.js';
