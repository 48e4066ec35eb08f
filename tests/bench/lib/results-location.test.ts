import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsLocation } from './results-location.js';

describe('resultsLocation', () => {
  const root = join('/', 'repo');
  const committed = join(root, 'tests', 'bench', 'results', 'latest.json');
  const cache = join(root, 'node_modules', '.cache', 'common-ground-bench', 'latest.json');

  it('writes to the git-ignored cache unless asked to write the committed file', () => {
    expect(resultsLocation(root, { write: false }).writeTo).toBe(cache);
    expect(resultsLocation(root, { write: true }).writeTo).toBe(committed);
  });

  it('reads earlier results from the cache first, then the committed file', () => {
    expect(resultsLocation(root, { write: false }).readFrom).toEqual([cache, committed]);
    expect(resultsLocation(root, { write: true }).readFrom).toEqual([cache, committed]);
  });
});
