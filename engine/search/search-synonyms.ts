import { isRecord } from '../kernel/is-record.js';

/**
 * How search reads a practitioner's question, as data (the built-in table
 * is `data/synonyms.json`). It travels inside the search bundle, so the
 * browser reads it with the index and no code holds a word list.
 */
export interface SynonymTable {
  /** Words dropped from a query, such as "how", "do" and "I". */
  questionWords: string[];
  /** A phrase with no useful words of its own, and the words it means: `"how long": ["deadline"]`. */
  rewrites: Record<string, string[]>;
  /** Groups of words and phrases that mean the same here: `["deadline", "timescale"]`. */
  equivalents: string[][];
}

/** A table with no entries: every word is searched as typed. */
export const emptySynonymTable: SynonymTable = { questionWords: [], rewrites: {}, equivalents: [] };

/**
 * Splits text into lower-case words of letters and digits, dropping every
 * other character: how both the synonym table and a query are read.
 *
 * @example
 * ```ts
 * plainTerms('Title: ~Working  days^2'); // ['title', 'working', 'days', '2']
 * plainTerms("What's a DSL?");           // ['what', 's', 'a', 'dsl']
 * ```
 */
export function plainTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

/** A list of non-blank strings, or undefined. */
function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) return undefined;
  return value as string[];
}

/**
 * The data as a {@link SynonymTable}, or where it first differs from one (a
 * dotted path and what was expected). Hand-written rather than a schema:
 * the browser reads this with the index and should not ship a validator.
 *
 * @example
 * ```ts
 * readSynonymTable({ questionWords: ['how'], rewrites: {}, equivalents: [['mca', 'capacity']] });
 * // { table: { questionWords: ['how'], rewrites: {}, equivalents: [['mca', 'capacity']] } }
 * ```
 */
export function readSynonymTable(data: unknown): { table: SynonymTable } | { path: string; expected: string } {
  if (!isRecord(data)) return { path: '', expected: 'an object' };
  const questionWords = stringList(data.questionWords);
  if (!questionWords) return { path: 'questionWords', expected: 'a list of words' };
  if (!isRecord(data.rewrites)) return { path: 'rewrites', expected: 'an object of phrase: [words]' };
  const rewrites: Record<string, string[]> = {};
  for (const [phrase, words] of Object.entries(data.rewrites)) {
    const list = stringList(words);
    if (!list || list.length === 0) return { path: `rewrites.${phrase}`, expected: 'a list of one or more words' };
    rewrites[phrase] = list;
  }
  if (!Array.isArray(data.equivalents)) return { path: 'equivalents', expected: 'a list of groups' };
  const equivalents: string[][] = [];
  for (const [index, group] of data.equivalents.entries()) {
    const list = stringList(group);
    if (!list || list.length < 2) return { path: `equivalents.${index}`, expected: 'a group of two or more words or phrases' };
    equivalents.push(list);
  }
  return { table: { questionWords, rewrites, equivalents } };
}
