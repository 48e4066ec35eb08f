import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestPassingPrefix } from '../../../engine/kernel/longest-prefix.js';

describe('longestPassingPrefix', () => {
  it('keeps everything when the whole list passes, and nothing when the first item fails', () => {
    expect(longestPassingPrefix([1, 2, 3], () => true)).toBe(3);
    expect(longestPassingPrefix([9, 1], (prefix) => prefix.every((n) => n < 5))).toBe(0);
    expect(longestPassingPrefix([], () => false)).toBe(0);
  });

  it('agrees with trying every prefix from the longest down, for any prefix-closed test', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 })), fc.integer({ min: 0, max: 9 }), (items, limit) => {
        const passes = (prefix: readonly number[]) => prefix.every((n) => n <= limit);
        let expected = items.length;
        while (expected > 0 && !passes(items.slice(0, expected))) expected -= 1;
        expect(longestPassingPrefix(items, passes)).toBe(expected);
      }),
    );
  });

  it('tries a long list only a handful of times', () => {
    let tries = 0;
    const items = Array.from({ length: 1000 }, (_, index) => index);
    expect(longestPassingPrefix(items, (prefix) => (tries += 1) > 0 && prefix.length <= 700)).toBe(700);
    expect(tries).toBeLessThanOrEqual(12);
  });
});
