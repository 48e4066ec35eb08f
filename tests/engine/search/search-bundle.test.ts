import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../engine/search/build-search-documents.js';
import { createSearchBundle } from '../../../engine/search/create-search-bundle.js';
import { loadSearchBundle, searchBundleFormatVersion } from '../../../engine/search/search-bundle.js';
import { SearchError } from '../../../engine/search/search-error.js';
import { guidanceInputs, scenarioInputs, synonymTable } from './fixtures.js';

describe('createSearchBundle', () => {
  it('stores every document by id without repeating the id inside it', () => {
    const bundle = createSearchBundle(buildSearchDocuments({ guidance: guidanceInputs }));
    expect(Object.keys(bundle.documents)).toEqual(['guidance:stage-3', 'guidance:stage-7', 'guidance:immediate-risk']);
    expect(bundle.documents['guidance:stage-3']).not.toHaveProperty('id');
    expect(bundle.formatVersion).toBe(searchBundleFormatVersion);
  });

  it('ships the synonym table with the index, the built-in one unless given', () => {
    const documents = buildSearchDocuments({ guidance: guidanceInputs });
    expect(createSearchBundle(documents).synonyms.rewrites['how long']).toEqual(['deadline']);
    expect(createSearchBundle(documents, { synonyms: synonymTable }).synonyms).toBe(synonymTable);
  });

  it('stores what a result shows, not what is only searched, and no match positions', () => {
    const bundle = createSearchBundle(buildSearchDocuments({ scenarios: scenarioInputs }));
    const json = JSON.stringify(bundle);
    expect(Object.keys(bundle.documents)).toEqual(['scenario:no-one-came-back']);
    expect(json).not.toContain('District nurse');
    expect(json).not.toContain('"position"');
    expect(bundle.documents['scenario:no-one-came-back']).toEqual({
      kind: 'scenario',
      title: 'No one came back',
      url: '/scenarios/no-one-came-back/',
      context: 'Scenario',
      text: scenarioInputs[0]!.summary,
      terms: 'An agreed action not completed',
    });
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
    // An older bundle is reported by its version, not as a shape it never had.
    expect(() => loadSearchBundle({ formatVersion: 1, index: {}, documents: {} })).toThrow(new RegExp(`format version 1, but this page reads version ${searchBundleFormatVersion}`));
  });

  it('compiles the synonym table it carries', () => {
    expect(loadSearchBundle(bundle).vocabulary.rewrites.get('how long')).toEqual(['deadline']);
  });

  it('rejects a bundle whose synonym table is malformed, and says where', () => {
    expect(() => loadSearchBundle({ ...bundle, synonyms: { ...bundle.synonyms, equivalents: [['alone']] } })).toThrow(/synonyms\.equivalents\.0/);
    expect(() => loadSearchBundle({ ...bundle, synonyms: undefined })).toThrow(/at synonyms: expected an object/);
  });

  it('rejects data that is not a bundle and says where', () => {
    expect(() => loadSearchBundle({ formatVersion: searchBundleFormatVersion, index: {}, documents: {} })).toThrow(/index\.version/);
    expect(() => loadSearchBundle({ ...bundle, documents: { x: { ...bundle.documents['guidance:stage-3'], kind: 'scene' } } })).toThrow(/documents\.x\.kind/);
    expect(() => loadSearchBundle('not json')).toThrow(SearchError);
  });
});
