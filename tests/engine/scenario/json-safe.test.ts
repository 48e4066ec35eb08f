import { describe, expect, it } from 'vitest';
import { isJsonSafe } from '../../../engine/scenario/json-safe.js';
import { parseMdx } from '../../../engine/scenario/mdx-processor.js';
import { largestScenario } from './scenario-corpus.js';

describe('isJsonSafe', () => {
  it('accepts plain data and class instances with plain fields, such as a parsed scenario with its estree', () => {
    expect(isJsonSafe({ a: [1, 'b', null, true, { c: -0.5 }] })).toBe(true);
    expect(isJsonSafe(parseMdx(largestScenario().text))).toBe(true);
  });

  it.each([
    ['undefined', { a: undefined }],
    ['Infinity', { value: Number.POSITIVE_INFINITY }],
    ['NaN', [Number.NaN]],
    ['a BigInt', { value: 1n }],
    ['a RegExp', { value: /x/ }],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a function', { f: () => 1 }],
    ['a hole in an array', [1, , 3]], // eslint-disable-line no-sparse-arrays
  ])('refuses %s, which JSON would change', (_, value) => {
    expect(isJsonSafe(value)).toBe(false);
  });
});
