import lunr from 'lunr';
import { plainTerms, type SynonymTable } from './search-synonyms.js';

/** One word to look up, with its weight. */
export interface QueryClause {
  /** A single word; lunr's search pipeline (the stemmer) runs on it. */
  term: string;
  /** 1 for a word the reader typed (or a rewrite of it), less for a synonym. */
  boost: number;
}

/** A synonym table ready for lookups, compiled once per loaded index. */
export interface QueryVocabulary {
  /** Words dropped from a query. */
  questionWords: ReadonlySet<string>;
  /** Phrase (words joined by one space) to the words it means. */
  rewrites: ReadonlyMap<string, readonly string[]>;
  /** Phrase to every word of every phrase it is equivalent to, itself excluded. */
  equivalents: ReadonlyMap<string, readonly string[]>;
  /** The most words in any phrase, so lookups know how far to look ahead. */
  longestPhrase: number;
}

/** What a query asks for once its question words are gone and its synonyms added. */
export interface ExpandedQuery {
  /** The words to search for, best weight first is not implied; each word appears once. */
  clauses: QueryClause[];
  /** The words the reader typed that are searched as typed: the ones a typo may hide in. */
  contentWords: string[];
  /** Phrases of two or more words the synonym table recognised in the query, such as "stage 3": results holding them rank higher. */
  phrases: string[];
}

/** How much a synonym weighs against the word the reader typed. */
export const SYNONYM_BOOST = 0.3;

/** Words already checked against lunr's stop-word list, which it does not expose. */
const stopWordCache = new Map<string, boolean>();

/** True for a word lunr's English stop-word filter drops (it is never in the index). */
export function isStopWord(word: string): boolean {
  let stop = stopWordCache.get(word);
  if (stop === undefined) {
    stop = lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
    stopWordCache.set(word, stop);
  }
  return stop;
}

/**
 * Compiles a synonym table for {@link expandQuery}: phrases are read the way
 * queries are (lower case, words of letters and digits), and each phrase of
 * a group points at the words of the rest of its group. A phrase in two
 * groups gets both.
 *
 * @example
 * ```ts
 * const vocabulary = compileSynonyms({ questionWords: ['how'], rewrites: {}, equivalents: [['mca', 'mental capacity']] });
 * vocabulary.equivalents.get('mca'); // ['mental', 'capacity']
 * ```
 */
export function compileSynonyms(table: SynonymTable): QueryVocabulary {
  const key = (phrase: string) => plainTerms(phrase).join(' ');
  let longestPhrase = 1;
  const note = (phrase: string) => {
    longestPhrase = Math.max(longestPhrase, plainTerms(phrase).length);
  };
  const rewrites = new Map<string, string[]>();
  for (const [phrase, words] of Object.entries(table.rewrites)) {
    note(phrase);
    rewrites.set(key(phrase), words.flatMap(plainTerms));
  }
  const equivalents = new Map<string, string[]>();
  for (const group of table.equivalents) {
    const keys = group.map(key).filter((phrase) => phrase !== '');
    for (const phrase of group) note(phrase);
    for (const phrase of keys) {
      const others = keys.filter((other) => other !== phrase).flatMap((other) => other.split(' '));
      equivalents.set(phrase, [...(equivalents.get(phrase) ?? []), ...others]);
    }
  }
  return { questionWords: new Set(table.questionWords.flatMap(plainTerms)), rewrites, equivalents, longestPhrase };
}

/**
 * Reads a practitioner's question as search terms. Phrases are matched
 * longest first: a rewrite ("how long") is replaced by what it means
 * ("deadline"); a phrase with equivalents ("MCA") is kept and its
 * equivalents ("mental capacity") added at {@link SYNONYM_BOOST}. Question
 * words ("how", "do", "I") and stop words are then dropped, so "how long do
 * I have" looks for deadlines and timescales rather than "having", "doing"
 * or "long-sleeved".
 *
 * @example
 * ```ts
 * expandQuery('how long do I have', compileSynonyms(searchSynonyms)).clauses[0]; // { term: 'deadline', boost: 1 }
 * ```
 */
export function expandQuery(query: string, vocabulary: QueryVocabulary): ExpandedQuery {
  const words = plainTerms(query);
  const weights = new Map<string, number>();
  const contentWords: string[] = [];
  const phrases: string[] = [];
  const add = (term: string, boost: number) => {
    if (vocabulary.questionWords.has(term) || isStopWord(term)) return;
    weights.set(term, Math.max(weights.get(term) ?? 0, boost));
  };
  const addWithEquivalents = (phrase: string, boost: number) => {
    for (const word of phrase.split(' ')) add(word, boost);
    for (const word of vocabulary.equivalents.get(phrase) ?? []) add(word, boost * SYNONYM_BOOST);
  };

  let index = 0;
  while (index < words.length) {
    let matched = 0;
    for (let length = Math.min(vocabulary.longestPhrase, words.length - index); length >= 1; length -= 1) {
      const phrase = words.slice(index, index + length).join(' ');
      const rewrite = vocabulary.rewrites.get(phrase);
      if (rewrite) {
        for (const word of rewrite) addWithEquivalents(word, 1);
        matched = length;
        break;
      }
      if (vocabulary.equivalents.has(phrase)) {
        addWithEquivalents(phrase, 1);
        if (length > 1) phrases.push(phrase);
        matched = length;
        break;
      }
    }
    if (matched > 0) {
      index += matched;
      continue;
    }
    const word = words[index]!;
    if (!vocabulary.questionWords.has(word) && !isStopWord(word)) {
      contentWords.push(word);
      add(word, 1);
    }
    index += 1;
  }
  return { clauses: [...weights].map(([term, boost]) => ({ term, boost })), contentWords, phrases };
}
