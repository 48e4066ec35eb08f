/**
 * The scenario library: cards made from parsed scenarios at build time, and
 * pure filtering the library page's island applies in the browser.
 */
export { libraryCardFromScenario, describeStagesReached, type LibraryCard } from './library-card.js';
export {
  filterLibrary,
  libraryFilterFromParams,
  libraryFilterToParams,
  libraryChoices,
  describeLibraryCount,
  type LibraryFilter,
  type LibraryChoices,
} from './library-filter.js';
