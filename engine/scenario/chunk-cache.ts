/**
 * The incremental parser's memory of the pieces it has read: keyed by a
 * piece's text, least recently used first out, checked in rounds (one round
 * per text parsed). A piece used in the latest round is never dropped, so a
 * text with more pieces than the bound still re-reads only what changed,
 * rather than the whole file each time as a plain LRU cache would once it
 * overflows; the bound applies to the pieces of older texts.
 */

/** A bounded, least-recently-used map from a piece's text to what reading it gave. */
export interface ChunkCache<V> {
  /** What `key` gave, marking it used in this round; undefined when it is not kept. */
  get(key: string): V | undefined;
  /** Keeps what `key` gave, used in this round. */
  set(key: string, value: V): void;
  /** Ends the round: drops the least recently used pieces past the bound, never one used in this round. */
  endRound(): void;
  /** How many pieces are kept. */
  readonly size: number;
}

/**
 * A cache that keeps at most `maxEntries` pieces at the end of a round, or
 * more when the latest round used more.
 *
 * @example
 * const cache = createChunkCache<number>(1);
 * cache.set('<Scene a>', 1);
 * cache.set('<Scene b>', 2);
 * cache.endRound(); // both kept: both were used in this round
 * cache.get('<Scene b>');
 * cache.endRound(); // '<Scene a>' dropped
 */
export function createChunkCache<V>(maxEntries: number): ChunkCache<V> {
  const entries = new Map<string, { value: V; round: number }>();
  let round = 0;
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      // A Map keeps insertion order: taking the entry out and back in makes it the most recent.
      entries.delete(key);
      entries.set(key, { value: entry.value, round });
      return entry.value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, round });
    },
    endRound() {
      let excess = entries.size - Math.max(0, maxEntries);
      for (const [key, entry] of entries) {
        // Everything from here on was used in this round.
        if (excess <= 0 || entry.round === round) break;
        entries.delete(key);
        excess -= 1;
      }
      round += 1;
    },
    get size() {
      return entries.size;
    },
  };
}
