import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../engine/scenario/mdx-processor.js';
import { cloneMdast } from '../../../engine/scenario/narrative.js';
import { scenarioCorpus } from './scenario-corpus.js';

/** What cloneMdast gave when it was a JSON round trip. */
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, field: unknown) => (key === 'data' ? undefined : field))) as unknown;

describe('cloneMdast', () => {
  it.each(scenarioCorpus().map((entry) => [entry.file, entry.text] as const))('copies the whole tree of %s as a JSON round trip would', (_, text) => {
    const tree = parseMdx(text);
    expect(cloneMdast(tree)).toStrictEqual(roundTrip(tree));
  });

  it('leaves out undefined, drops data at any depth, and writes -0 as 0, as JSON does', () => {
    const value = { a: undefined, b: [undefined, -0, 'x'], c: { data: { estree: {} }, d: 1 } };
    expect(cloneMdast(value)).toStrictEqual(roundTrip(value));
  });

  it.each([
    ['a Date', { when: new Date(0) }],
    ['Infinity', { n: Number.POSITIVE_INFINITY }],
    ['a function', { f: () => 1, g: [() => 2] }],
  ])('falls back to the JSON round trip itself for %s', (_, value) => {
    expect(cloneMdast(value)).toStrictEqual(roundTrip(value));
  });
});
