import { describe, expect, it } from 'vitest';
import { compileSynonyms, expandQuery, isStopWord, SYNONYM_BOOST } from '../../../engine/search/expand-query.js';
import { searchSynonyms } from '../../../engine/search/search-data.js';
import { synonymTable } from './fixtures.js';

const vocabulary = compileSynonyms(synonymTable);
const weights = (query: string) => Object.fromEntries(expandQuery(query, vocabulary).clauses.map((clause) => [clause.term, clause.boost]));

describe('compileSynonyms', () => {
  it('points each phrase of a group at the words of the rest of its group', () => {
    expect(vocabulary.equivalents.get('panel')).toEqual(['stage', '7']);
    expect(vocabulary.equivalents.get('stage 7')).toEqual(['panel']);
    expect(vocabulary.rewrites.get('how long')).toEqual(['deadline']);
    expect(vocabulary.longestPhrase).toBe(2);
  });

  it('gives a phrase that is in two groups the words of both', () => {
    const both = compileSynonyms({ questionWords: [], rewrites: {}, equivalents: [['panel', 'stage 6'], ['panel', 'escalation panel']] });
    expect(both.equivalents.get('panel')).toEqual(['stage', '6', 'escalation', 'panel']);
  });
});

describe('expandQuery', () => {
  it('drops question words and stop words, keeping the words that carry the question', () => {
    expect(expandQuery('who do I refer to for adults', vocabulary)).toMatchObject({
      clauses: [
        { term: 'refer', boost: 1 },
        { term: 'adults', boost: 1 },
      ],
      contentWords: ['refer', 'adults'],
    });
  });

  it('rewrites a phrase with no useful words of its own into what it means, with that word’s synonyms', () => {
    expect(weights('how long do I have')).toEqual({ deadline: 1, timescale: SYNONYM_BOOST });
    expect(expandQuery('how long do I have', vocabulary).contentWords).toEqual([]);
  });

  it('adds the equivalents of a word at a lower weight, and of a phrase matched as a whole', () => {
    expect(weights('panel')).toEqual({ panel: 1, stage: SYNONYM_BOOST, 7: SYNONYM_BOOST });
    expect(weights('stage 7')).toEqual({ stage: 1, 7: 1, panel: SYNONYM_BOOST });
    expect(expandQuery('stage 7 panel', vocabulary).phrases).toEqual(['stage 7']);
  });

  it('matches phrases case-blind and ignores punctuation', () => {
    expect(weights('MCA?')).toEqual({ mca: 1, mental: SYNONYM_BOOST, capacity: SYNONYM_BOOST });
  });

  it('keeps every word once, at its highest weight', () => {
    expect(weights('timescale deadline')).toEqual({ timescale: 1, deadline: 1 });
  });

  it('reads the built-in table’s questions the way the issue asks', () => {
    const builtIn = compileSynonyms(searchSynonyms);
    const terms = (query: string) => expandQuery(query, builtIn).clauses.map((clause) => clause.term);
    expect(terms('how long do I have')).toContain('deadline');
    expect(terms('how long do I have')).not.toContain('long');
    expect(terms('how long do I have')).not.toContain('have');
    expect(terms('deadline')).toContain('timescale');
    expect(terms('escalate')).toContain('escalation');
    expect(terms('capacity')).toContain('mca');
    expect(terms('panel')).toEqual(expect.arrayContaining(['stage', '6', '7']));
  });
});

describe('isStopWord', () => {
  it('knows lunr’s English stop words', () => {
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord('have')).toBe(true);
    expect(isStopWord('panel')).toBe(false);
  });
});
