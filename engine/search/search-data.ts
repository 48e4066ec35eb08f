/**
 * The built-in search vocabulary: the synonym table (`data/synonyms.json`)
 * and the glossary (`data/glossary.json`). Build-time only: the synonym
 * table reaches the browser inside the search bundle, and the glossary as
 * the index's weighted `terms` field.
 */
import glossaryData from './data/glossary.json';
import synonymData from './data/synonyms.json';
import type { GlossaryEntry } from './search-glossary.js';
import type { SynonymTable } from './search-synonyms.js';

/** The built-in synonym table: question words, rewrites and groups of equivalent terms. */
export const searchSynonyms: SynonymTable = {
  questionWords: synonymData.questionWords,
  rewrites: synonymData.rewrites,
  equivalents: synonymData.equivalents,
};

/** The built-in glossary: terms, their meanings and the documents that explain them. */
export const searchGlossary: readonly GlossaryEntry[] = glossaryData.terms;
