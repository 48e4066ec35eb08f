import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../engine/search/build-search-documents.js';
import { createSearchBundle, loadSearchBundle, searchBundleFormatVersion } from '../../../engine/search/search-bundle.js';
import { SearchError } from '../../../engine/search/search-error.js';
import { guidanceInputs } from './fixtures.js';

describe('createSearchBundle', () => {
  it('stores every document by id without repeating the id inside it', () => {
    const bundle = createSearchBundle(buildSearchDocuments({ guidance: guidanceInputs }));
    expect(Object.keys(bundle.documents)).toEqual(['guidance:stage-3', 'guidance:stage-7', 'guidance:immediate-risk']);
    expect(bundle.documents['guidance:stage-3']).not.toHaveProperty('id');
    expect(bundle.formatVersion).toBe(searchBundleFormatVersion);
  });
});

describe('loadSearchBundle', () => {
  const bundle = JSON.parse(JSON.stringify(createSearchBundle(buildSearchDocuments({ guidance: guidanceInputs }))));

  it('loads a serialised bundle into a queryable index', () => {
    const loaded = loadSearchBundle(bundle);
    expect(loaded.index.search('panel').map((result) => result.ref)).toContain('guidance:stage-7');
    expect(loaded.documents.get('guidance:stage-7')?.url).toBe('/guidance/resolution-process/#stage-7');
  });

  it('rejects a bundle from another format version, with a hint to rebuild', () => {
    expect(() => loadSearchBundle({ ...bundle, formatVersion: searchBundleFormatVersion + 1 })).toThrow(SearchError);
    expect(() => loadSearchBundle({ ...bundle, formatVersion: 99 })).toThrow(/format version 99/);
  });

  it('rejects data that is not a bundle and says where', () => {
    expect(() => loadSearchBundle({ formatVersion: 1, index: {}, documents: {} })).toThrow(/index\.version/);
    expect(() => loadSearchBundle('not json')).toThrow(SearchError);
  });
});
