import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../engine/search/build-search-documents.js';
import { createSearchBundle } from '../../engine/search/create-search-bundle.js';
import { SearchError } from '../../engine/search/search-error.js';
import { loadSearchIndex } from '../../site/src/components/search/load-search-index.js';

const bundle = createSearchBundle(
  buildSearchDocuments({
    guidance: [{ id: 'stage-7', title: 'Stage 7', page: '/guidance/p/', pageTitle: 'P', text: 'The panel meets.' }],
  }),
);

function fakeFetch(responses: Array<() => Response>): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  return {
    fetch: (async () => {
      const next = responses[Math.min(calls, responses.length - 1)]!;
      calls += 1;
      return next();
    }) as typeof fetch,
    calls: () => calls,
  };
}

describe('loadSearchIndex', () => {
  it('retries after a failed download, then keeps the loaded index for later searches', async () => {
    const fake = fakeFetch([
      () => new Response('nope', { status: 503 }),
      () => new Response(JSON.stringify(bundle), { status: 200 }),
    ]);
    const failure = loadSearchIndex(fake.fetch);
    await expect(failure).rejects.toThrow(SearchError);
    await expect(failure).rejects.toThrow(/HTTP 503/);
    const loaded = await loadSearchIndex(fake.fetch);
    expect(loaded.index.search('panel').map((result) => result.ref)).toEqual(['guidance:stage-7']);
    const callsAfterLoad = fake.calls();
    await loadSearchIndex(fake.fetch);
    expect(fake.calls()).toBe(callsAfterLoad);
  });
});
