import { describe, expect, it } from 'vitest';
import { createChunkCache } from '../../../engine/scenario/chunk-cache.js';

describe('createChunkCache', () => {
  it('drops the least recently used pieces past the bound when a round ends', () => {
    const cache = createChunkCache<number>(2);
    cache.set('a', 1);
    cache.endRound();
    cache.set('b', 2);
    cache.endRound();
    expect(cache.get('a')).toBe(1);
    cache.endRound();
    cache.set('c', 3);
    cache.endRound();
    // 'b' was used longest ago.
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
  });

  it('never drops a piece used in the round that is ending, even past the bound', () => {
    const cache = createChunkCache<number>(1);
    for (const key of ['a', 'b', 'c']) cache.set(key, 0);
    cache.endRound();
    expect(cache.size).toBe(3);
    cache.get('c');
    cache.endRound();
    expect(cache.size).toBe(1);
    expect(cache.get('c')).toBe(0);
  });

  it('keeps only the latest round with a bound of 0', () => {
    const cache = createChunkCache<number>(0);
    cache.set('a', 1);
    cache.endRound();
    expect(cache.size).toBe(1);
    cache.endRound();
    expect(cache.size).toBe(0);
  });
});
