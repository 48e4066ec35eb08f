import lunr from 'lunr';
import { expandQuery, isStopWord, type ExpandedQuery } from './expand-query.js';
import { findPassage, type Passage } from './find-passage.js';
import { findTermRanges } from './find-term-ranges.js';
import { highlightRanges, type TextSegment } from './highlight-ranges.js';
import type { LoadedSearch, StoredSearchDocument } from './search-bundle.js';
import { plainTerms } from './search-synonyms.js';
import { buildSpellingVocabulary, suggestSpelling, type SpellingVocabulary } from './suggest-spelling.js';

export { plainTerms } from './search-synonyms.js';

/** One result, ready to render. */
export interface SearchHit {
  /** The document id (lunr ref). */
  id: string;
  /** The stored document. */
  document: StoredSearchDocument;
  /** lunr's relevance score; higher is better. */
  score: number;
  /** The title split into highlighted segments. */
  title: TextSegment[];
  /** What to show under the title: a window of a section around the first match, or a whole summary. */
  passage: Passage;
}

/**
 * Which query the hits answer: the one typed; the spelling suggestion,
 * because the typed one found nothing; or the typed words matched loosely
 * (within an edit or two), because neither found anything.
 */
export type SearchAnswered = 'query' | 'suggestion' | 'fuzzy';

/** The outcome of a search. */
export interface SearchOutcome {
  /** The query as typed, trimmed. */
  query: string;
  /** Results, best first. */
  hits: SearchHit[];
  /** True when the query looked like lunr syntax but was not valid, and was retried as plain words. */
  usedPlainTerms: boolean;
  /** The query with its misspelt words corrected, when any word is in no document and a close one is. */
  suggestion: string | undefined;
  /** Which query the hits answer. */
  answered: SearchAnswered;
}

/** Options for {@link runSearch}. */
export interface RunSearchOptions {
  /** Most results to return. Default 20. */
  limit?: number;
  /** Context either side of the first match in a guidance passage. Default 90 characters. */
  radius?: number;
}

/**
 * Results scoring less than this share of the best one are left out: a
 * story that uses a word once is noise beside the section that answers
 * the question.
 */
export const RELATIVE_SCORE_FLOOR = 0.05;

/** Characters that only mean something in lunr's query syntax: `+must -not field:word word~1 word^2 escal*`. */
const lunrSyntax = /(?:^|\s)[+-]\S|[*~^:]/;

/** The spelling vocabulary of each loaded index, built on the first misspelling and kept. */
const vocabularies = new WeakMap<LoadedSearch, SpellingVocabulary>();

function spellingVocabularyOf(search: LoadedSearch): SpellingVocabulary {
  let vocabulary = vocabularies.get(search);
  if (!vocabulary) {
    vocabulary = buildSpellingVocabulary(search.documents.values());
    vocabularies.set(search, vocabulary);
  }
  return vocabulary;
}

/** The parts of a loaded lunr index that @types/lunr does not declare. */
interface IndexInternals {
  /** Index term to the fields and documents it occurs in. */
  invertedIndex: Record<string, unknown>;
  /** The search pipeline (the stemmer) a query term goes through. */
  pipeline: lunr.Pipeline;
}

/** The index terms a word of a query becomes, stemmed as the index was built. */
function indexTermsOf(index: lunr.Index, word: string): string[] {
  return (index as unknown as IndexInternals).pipeline.runString(word);
}

/** True when the word, stemmed, is a term of the index. */
function isIndexed(index: lunr.Index, word: string): boolean {
  const inverted = (index as unknown as IndexInternals).invertedIndex;
  return indexTermsOf(index, word).some((term) => Object.hasOwn(inverted, term));
}

function runClauses(index: lunr.Index, expanded: ExpandedQuery, editDistance = 0): lunr.Index.Result[] {
  if (expanded.clauses.length === 0) return [];
  return index.query((query) => {
    for (const clause of expanded.clauses) {
      // Fuzzy matching only where a word is long enough for one or two slips to leave it recognisable.
      const distance = editDistance === 0 || clause.term.length < 4 ? 0 : clause.term.length < 7 ? 1 : editDistance;
      if (distance === 0) {
        query.term(clause.term, { boost: clause.boost, usePipeline: true });
      } else {
        // Stem first, as the index was built, then allow the slips.
        for (const term of indexTermsOf(index, clause.term)) query.term(term, { boost: clause.boost, usePipeline: false, editDistance: distance });
      }
    }
  });
}

/**
 * The query with each misspelt word replaced by the closest shown word, or
 * undefined when every word is in the index (or none has a close match).
 * Replacements keep the rest of the query as typed.
 */
function spellingSuggestion(search: LoadedSearch, query: string, words: readonly string[]): string | undefined {
  let corrected = query;
  let changed = false;
  for (const word of words) {
    if (isIndexed(search.index, word) || isStopWord(word)) continue;
    const suggestion = suggestSpelling(word, spellingVocabularyOf(search));
    if (!suggestion) continue;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    corrected = corrected.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'), suggestion);
    changed = true;
  }
  return changed ? corrected : undefined;
}

/** How much more a result weighs for each phrase of the query (all its words, or one the synonym table knows) that it holds. */
export const PHRASE_BOOST = 1.6;

/** How much more a result weighs for each pair of the query's neighbouring words that it holds side by side. */
export const PAIR_BOOST = 1.2;

/** How many of the best results are checked for phrases: enough to reorder the first page, few enough to stay quick. */
const PHRASE_WINDOW = 40;

/** True for a word a query may drop: a question word or a stop word. */
function isDroppable(word: string, vocabulary: LoadedSearch['vocabulary']): boolean {
  return vocabulary.questionWords.has(word) || isStopWord(word);
}

/** What to look for in the best results, each phrase as its words joined by single spaces. */
interface PhraseChecks {
  /**
   * The query's words with question words trimmed from both ends but kept
   * inside ("after the conversation", "court of protection"), and each
   * phrase of two or more words the synonym table recognised ("stage 3").
   */
  phrases: string[];
  /** Each pair of neighbouring content words of the query (stop words left out of query and text alike), when it has three or more. */
  pairs: string[];
}

/**
 * The phrases and word pairs of a query to look for in the best results.
 * The index keeps no positions, so closeness is checked on the stored
 * text of the best results only.
 */
function phraseChecksOf(expanded: ExpandedQuery, query: string, vocabulary: LoadedSearch['vocabulary']): PhraseChecks {
  const words = plainTerms(query);
  // Only question words are trimmed: lunr's stop words include "after", which the phrase needs.
  while (words.length > 0 && vocabulary.questionWords.has(words[0]!)) words.shift();
  while (words.length > 0 && vocabulary.questionWords.has(words[words.length - 1]!)) words.pop();
  const phrases = new Set(expanded.phrases);
  if (words.length >= 2) phrases.add(words.join(' '));
  const content = words.filter((word) => !isDroppable(word, vocabulary));
  const pairs = content.length >= 3 ? content.slice(1).map((word, index) => `${content[index]} ${word}`) : [];
  return { phrases: [...phrases], pairs };
}

/** A document's words as phrases are checked against: all of them, and without stop words, each padded with spaces. */
interface PhraseText {
  all: string;
  content: string;
}

/** The phrase text of each document of each loaded index, worked out the first time the document is a candidate. */
const phraseTexts = new WeakMap<StoredSearchDocument, PhraseText>();

function phraseTextOf(document: StoredSearchDocument): PhraseText {
  let text = phraseTexts.get(document);
  if (!text) {
    const words = plainTerms(`${document.title} ${document.text} ${document.terms ?? ''}`);
    text = { all: ` ${words.join(' ')} `, content: ` ${words.filter((word) => !isStopWord(word)).join(' ')} ` };
    phraseTexts.set(document, text);
  }
  return text;
}

/** Moves results whose title, text or glossary terms hold the query's phrases and word pairs up. */
function rankPhrases(results: lunr.Index.Result[], search: LoadedSearch, checks: PhraseChecks): lunr.Index.Result[] {
  if (checks.phrases.length === 0 && checks.pairs.length === 0) return results;
  const ranked = results.map((result, position) => {
    const document = search.documents.get(result.ref);
    if (position >= PHRASE_WINDOW || document === undefined) return result;
    const { all, content } = phraseTextOf(document);
    const factor =
      PHRASE_BOOST ** checks.phrases.filter((phrase) => all.includes(` ${phrase} `)).length *
      PAIR_BOOST ** checks.pairs.filter((pair) => content.includes(` ${pair} `)).length;
    return factor === 1 ? result : { ...result, score: result.score * factor };
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * Shows a hit: its highlighted title and either a window of its section or
 * its whole summary. Only the terms in `highlight` are marked when it is
 * given (the words typed, not their synonyms, so "panel" does not light up
 * every "stage"); otherwise every term the hit matched.
 */
function toHit(result: lunr.Index.Result, document: StoredSearchDocument, radius: number | undefined, highlight: ReadonlySet<string> | undefined): SearchHit {
  const matched = Object.keys(result.matchData.metadata);
  const terms = new Set(highlight ? matched.filter((term) => highlight.has(term)) : matched);
  const textRanges = findTermRanges(document.text, terms);
  // A summary is short and is the whole of what a scenario or tool shows; a section is cut to the match.
  const passage =
    document.kind === 'guidance'
      ? findPassage(document.text, textRanges, radius === undefined ? {} : { radius })
      : { segments: highlightRanges(document.text, textRanges), start: 0, end: document.text.length, truncatedStart: false, truncatedEnd: false };
  return { id: result.ref, document, score: result.score, title: highlightRanges(document.title, findTermRanges(document.title, terms)), passage };
}

/**
 * Searches a loaded bundle the way a practitioner asks. The query is read
 * with the bundle's synonym table (see `expandQuery`): question words are
 * dropped, "how long" means deadlines, and "MCA" also looks for "mental
 * capacity". A query written in lunr syntax (`+stage -panel`, `escalat*`)
 * is run as such, and retried as plain words if lunr cannot parse it.
 *
 * When a word is in no document but a shown word is close to it, the
 * outcome carries a spelling suggestion; if the query found nothing, the
 * hits are for the suggestion instead, and failing that for the words
 * matched within an edit or two. Results far below the best one (see
 * {@link RELATIVE_SCORE_FLOOR}) are left out. Each hit carries its
 * highlighted title and passage as text segments, never markup.
 *
 * @example
 * ```ts
 * const { hits } = runSearch(search, 'how long do I have');
 * hits[0]?.document.url; // '/calculator/'
 * ```
 */
export function runSearch(search: LoadedSearch, query: string, options: RunSearchOptions = {}): SearchOutcome {
  const trimmed = query.trim();
  const limit = options.limit ?? 20;
  const none: SearchOutcome = { query: trimmed, hits: [], usedPlainTerms: false, suggestion: undefined, answered: 'query' };
  if (trimmed === '') return none;

  let results: lunr.Index.Result[] | undefined;
  let usedPlainTerms = false;
  if (lunrSyntax.test(trimmed)) {
    try {
      results = search.index.search(trimmed);
    } catch (error) {
      // Anything lunr rejects as syntax (QueryParseError, an unknown field) is
      // the reader's typing, not a fault: fall back to the words they typed.
      if (!(error instanceof lunr.QueryParseError)) throw error;
      usedPlainTerms = true;
    }
  }
  const expanded = expandQuery(trimmed, search.vocabulary);
  results ??= runClauses(search.index, expanded);

  const suggestion = spellingSuggestion(search, trimmed, expanded.contentWords.length > 0 ? expanded.contentWords : plainTerms(trimmed));
  let answered: SearchAnswered = 'query';
  if (results.length === 0 && suggestion) {
    results = runClauses(search.index, expandQuery(suggestion, search.vocabulary));
    answered = 'suggestion';
  }
  if (results.length === 0) {
    results = runClauses(search.index, expanded, 2);
    answered = 'fuzzy';
  }
  if (results.length === 0) return { ...none, usedPlainTerms, suggestion, answered: 'query' };
  const answeredQuery = answered === 'suggestion' && suggestion ? suggestion : trimmed;
  const answeredExpansion = answered === 'suggestion' ? expandQuery(answeredQuery, search.vocabulary) : expanded;
  results = rankPhrases(results, search, phraseChecksOf(answeredExpansion, answeredQuery, search.vocabulary));
  // lunr syntax and fuzzy matches highlight whatever matched; otherwise only the words asked for (or what a rewrite means).
  const asLunrSyntax = lunrSyntax.test(trimmed) && !usedPlainTerms;
  const highlight =
    asLunrSyntax || answered === 'fuzzy'
      ? undefined
      : new Set(answeredExpansion.clauses.filter((clause) => clause.boost === 1).flatMap((clause) => indexTermsOf(search.index, clause.term)));

  const floor = (results[0]?.score ?? 0) * RELATIVE_SCORE_FLOOR;
  const hits: SearchHit[] = [];
  for (const result of results) {
    if (result.score < floor) break;
    const document = search.documents.get(result.ref);
    if (!document) continue;
    hits.push(toHit(result, document, options.radius, highlight));
    if (hits.length >= limit) break;
  }
  return { query: trimmed, hits, usedPlainTerms, suggestion, answered };
}
