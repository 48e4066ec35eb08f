import lunr from 'lunr';
import { isStopWord } from './expand-query.js';
import { plainTerms } from './search-synonyms.js';

/** The words that can be offered as corrections: every shown word of the documents, with how often it occurs. */
export interface SpellingVocabulary {
  /** The words as a lunr token set, for fuzzy intersection. */
  words: lunr.TokenSet;
  /** How often each word occurs, to prefer the common one among equally close words. */
  counts: ReadonlyMap<string, number>;
}

// @types/lunr declares the TokenSet builders as instance methods; they are static.
const TokenSet = lunr.TokenSet as unknown as {
  fromArray(words: string[]): lunr.TokenSet;
  fromFuzzyString(word: string, editDistance: number): lunr.TokenSet;
};

/**
 * Collects the words of the documents' titles and shown text (three letters
 * or more, no stop words, no numbers): the words search can suggest. Only
 * shown text is used, so a suggestion is always a word the reader will see.
 *
 * @example
 * ```ts
 * const vocabulary = buildSpellingVocabulary([{ title: 'Escalation panel', text: 'The panel meets.' }]);
 * vocabulary.counts.get('panel'); // 2
 * ```
 */
export function buildSpellingVocabulary(documents: Iterable<{ title: string; text: string }>): SpellingVocabulary {
  const counts = new Map<string, number>();
  for (const document of documents) {
    for (const word of plainTerms(`${document.title} ${document.text}`)) {
      if (word.length < 3 || /^\p{N}+$/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  for (const word of counts.keys()) if (isStopWord(word)) counts.delete(word);
  const sorted = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { words: TokenSet.fromArray(sorted), counts };
}

/** The edit distances worth trying for a word of this length: none for short words, two only for long ones. */
function distancesFor(word: string): number[] {
  if (word.length < 4) return [];
  if (word.length < 6) return [1];
  return [1, 2];
}

/**
 * The closest word in the vocabulary to a word that is not in the index, or
 * undefined when none is close enough: within one edit for words of four or
 * five letters, within two for longer ones (a swap of two neighbouring
 * letters counts as one edit). Among equally close words the most common
 * wins.
 *
 * @example
 * ```ts
 * suggestSpelling('escalaton', vocabulary); // 'escalation'
 * suggestSpelling('mangaer', vocabulary);   // 'manager'
 * ```
 */
export function suggestSpelling(word: string, vocabulary: SpellingVocabulary): string | undefined {
  if (/^\p{N}+$/u.test(word)) return undefined;
  for (const distance of distancesFor(word)) {
    // The set being searched comes first: lunr walks it and the fuzzy automaton together.
    const candidates = vocabulary.words.intersect(TokenSet.fromFuzzyString(word, distance)).toArray();
    let best: string | undefined;
    let bestCount = 0;
    for (const candidate of candidates) {
      if (candidate === word) continue;
      const count = vocabulary.counts.get(candidate) ?? 0;
      if (count > bestCount || (count === bestCount && best !== undefined && candidate < best)) {
        best = candidate;
        bestCount = count;
      }
    }
    if (best !== undefined) return best;
  }
  return undefined;
}
