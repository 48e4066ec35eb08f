import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSearchDocuments } from '../../../engine/search/build-search-documents.js';
import { isStopWord } from '../../../engine/search/expand-query.js';
import { runSearch } from '../../../engine/search/run-search.js';
import { searchGlossary, searchSynonyms } from '../../../engine/search/search-data.js';
import { plainTerms, readSynonymTable } from '../../../engine/search/search-synonyms.js';
import { loadedSiteSearch, siteSearchSources } from './site-search.js';

describe('the built-in synonym table (data/synonyms.json)', () => {
  it('is a synonym table as the browser reads it', () => {
    const raw: unknown = JSON.parse(readFileSync('engine/search/data/synonyms.json', 'utf8'));
    expect(readSynonymTable(raw)).toEqual({ table: searchSynonyms });
  });

  it('has the synonyms the issue names', () => {
    const groupWith = (phrase: string) => searchSynonyms.equivalents.find((group) => group.includes(phrase)) ?? [];
    expect(groupWith('deadline')).toContain('timescale');
    expect(groupWith('escalate')).toContain('escalation');
    expect(groupWith('capacity')).toContain('mca');
    expect(groupWith('panel')).toEqual(expect.arrayContaining(['stage 6', 'stage 7']));
  });

  it('is written in lower case, with no phrase twice in a group', () => {
    const phrases = [...searchSynonyms.questionWords, ...Object.keys(searchSynonyms.rewrites), ...searchSynonyms.equivalents.flat()];
    expect(phrases.filter((phrase) => phrase !== phrase.toLowerCase())).toEqual([]);
    for (const group of searchSynonyms.equivalents) expect(new Set(group).size).toBe(group.length);
  });

  it('drops no word that a synonym group or a rewrite needs to mean something', () => {
    const dropped = new Set(searchSynonyms.questionWords);
    const empty = [...searchSynonyms.equivalents.flat(), ...Object.values(searchSynonyms.rewrites).flat()].filter((phrase) =>
      plainTerms(phrase).every((word) => dropped.has(word) || isStopWord(word)),
    );
    expect(empty).toEqual([]);
  });
});

describe('the built-in glossary (data/glossary.json)', () => {
  it('names only documents the site indexes', async () => {
    const sources = await siteSearchSources();
    const ids = new Set(buildSearchDocuments({ ...sources, glossary: [] }).map((document) => document.id));
    const missing = searchGlossary.flatMap((entry) => entry.documents.filter((id) => !ids.has(id)).map((id) => `${entry.term}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('finds one of a term’s own documents among the first three results when the term is searched', async () => {
    const search = await loadedSiteSearch();
    const misses = searchGlossary.filter((entry) => {
      const firstThree = runSearch(search, entry.term).hits.slice(0, 3).map((hit) => hit.id);
      return !entry.documents.some((id) => firstThree.includes(id));
    });
    expect(misses.map((entry) => entry.term)).toEqual([]);
  });
});
