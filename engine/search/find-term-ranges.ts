import lunr from 'lunr';
import type { MatchRange } from './highlight-ranges.js';

/** lunr's indexing pipeline without the stop-word filter: how a word of text becomes an index term. */
const termPipeline = new lunr.Pipeline();
termPipeline.add(lunr.trimmer, lunr.stemmer);

/**
 * Tokens already turned into terms. The words of a site repeat, so the
 * stemmer runs once per distinct word rather than once per word shown; the
 * cache is bounded by the site's vocabulary.
 */
const termCache = new Map<string, string | undefined>();

/** The index term a token of text becomes, or undefined when the pipeline drops it. */
function termOf(token: lunr.Token): string | undefined {
  const raw = token.toString();
  if (termCache.has(raw)) return termCache.get(raw);
  const [term] = termPipeline.run([token]);
  const value = term?.toString();
  termCache.set(raw, value);
  return value;
}

/**
 * Where the words of a text that lunr would index as one of `terms` sit:
 * the text is split and stemmed exactly as the index was built, so a match
 * on the term `escal` finds "escalation" and "escalate" and nothing else.
 * The index keeps no positions (which would double its size); results are
 * highlighted from the terms a hit matched instead.
 *
 * @example
 * ```ts
 * findTermRanges('Escalate to the panel.', new Set(['escal', 'panel'])); // [[0, 8], [16, 6]]
 * ```
 */
export function findTermRanges(text: string, terms: ReadonlySet<string>): MatchRange[] {
  if (terms.size === 0) return [];
  const ranges: MatchRange[] = [];
  for (const token of lunr.tokenizer(text)) {
    const term = termOf(token);
    if (term !== undefined && terms.has(term)) {
      const position = (token as unknown as { metadata: { position: [number, number] } }).metadata.position;
      ranges.push(position);
    }
  }
  return ranges;
}
