import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../engine/search/build-search-documents.js';
import { SearchError } from '../../../engine/search/search-error.js';
import { guidanceInputs, scenarioInputs } from './fixtures.js';

describe('buildSearchDocuments', () => {
  it('makes one document per guidance section that links to its anchor', () => {
    const documents = buildSearchDocuments({ guidance: guidanceInputs });
    expect(documents.map((document) => document.url)).toEqual([
      '/guidance/resolution-process/#stage-3',
      '/guidance/resolution-process/#stage-7',
      '/guidance/immediate-risk/#immediate-risk',
    ]);
    expect(documents[0]).toMatchObject({ id: 'guidance:stage-3', kind: 'guidance', context: 'The seven-stage resolution process' });
  });

  it('collapses whitespace so passages read as one line', () => {
    const [first] = buildSearchDocuments({ guidance: guidanceInputs });
    expect(first?.text).not.toMatch(/\s{2,}|\n/);
    expect(first?.text).toContain('receiving agency. This is done');
  });

  it('adds a summary document and one document per scene for each scenario', () => {
    const documents = buildSearchDocuments({ scenarios: scenarioInputs });
    expect(documents.map((document) => document.id)).toEqual([
      'scenario:no-one-came-back',
      'scenario:no-one-came-back:thursday-visit',
      'scenario:no-one-came-back:call-social-worker',
    ]);
    expect(documents[1]?.title).toBe('Thursday, late morning');
    expect(documents[2]?.title).toBe('No one came back');
    expect(documents[2]?.context).toBe('Scenario: No one came back');
  });

  it('returns nothing when given nothing', () => {
    expect(buildSearchDocuments({})).toEqual([]);
  });

  it('rejects two sections with the same id, with a hint', () => {
    const duplicate = [guidanceInputs[0]!, guidanceInputs[0]!];
    expect(() => buildSearchDocuments({ guidance: duplicate })).toThrow(SearchError);
    try {
      buildSearchDocuments({ guidance: duplicate });
    } catch (error) {
      expect((error as SearchError).name).toBe('SearchError');
      expect((error as SearchError).hint).toMatch(/unique/);
    }
  });

  it('rejects a scenario without a URL', () => {
    const [scenario] = scenarioInputs;
    expect(() => buildSearchDocuments({ scenarios: [{ ...scenario!, url: ' ', scenes: [] }] })).toThrow(/no URL/);
  });
});
