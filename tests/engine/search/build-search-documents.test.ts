import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../engine/search/build-search-documents.js';
import { SearchError } from '../../../engine/search/search-error.js';
import { guidanceInputs, scenarioInputs, toolInputs } from './fixtures.js';

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

  it('keeps a section’s stage row in its own searched field, apart from the text it shows', () => {
    const [first] = buildSearchDocuments({ guidance: [{ ...guidanceInputs[0]!, stage: 'Owner: the designated safeguarding lead.' }] });
    expect(first?.stage).toBe('Owner: the designated safeguarding lead.');
    expect(first?.text).not.toContain('Owner:');
  });

  it('makes a tool document that links to the tool’s page', () => {
    const [tool] = buildSearchDocuments({ tools: toolInputs });
    expect(tool).toMatchObject({ id: 'tool:calculator', kind: 'tool', url: '/calculator/', context: 'Tool', title: 'Deadline calculator' });
  });

  it('makes one document per scenario showing its title and summary, its route and objectives searched but not shown', () => {
    const documents = buildSearchDocuments({ scenarios: scenarioInputs });
    expect(documents.map((document) => document.id)).toEqual(['scenario:no-one-came-back']);
    const [scenario] = documents;
    expect(scenario).toMatchObject({ title: 'No one came back', context: 'Scenario', text: scenarioInputs[0]!.summary });
    expect(scenario?.body).toBe('Adults (NYSAB) District nurse Adult social care');
    expect(scenario?.terms).toBe('An agreed action not completed');
  });

  it('attaches glossary terms and their meanings to the documents they name', () => {
    const documents = buildSearchDocuments({
      guidance: guidanceInputs,
      tools: toolInputs,
      glossary: [
        { term: 'DSL', meaning: 'designated safeguarding lead', documents: ['guidance:stage-3'] },
        { term: 'deadline', meaning: 'when a stage is due', documents: ['tool:calculator', 'guidance:stage-3'] },
      ],
    });
    expect(documents.find((document) => document.id === 'guidance:stage-3')?.terms).toBe('DSL designated safeguarding lead deadline when a stage is due');
    expect(documents.find((document) => document.id === 'tool:calculator')?.terms).toBe('deadline when a stage is due');
    expect(documents.find((document) => document.id === 'guidance:stage-7')?.terms).toBeUndefined();
  });

  it('rejects a glossary term that names a document the index does not have', () => {
    expect(() =>
      buildSearchDocuments({ guidance: guidanceInputs, glossary: [{ term: 'MCA', meaning: 'Mental Capacity Act', documents: ['guidance:nowhere'] }] }),
    ).toThrow(/glossary term "MCA" names "guidance:nowhere"/);
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
    expect(() => buildSearchDocuments({ scenarios: [{ ...scenario!, url: ' ' }] })).toThrow(/no URL/);
  });
});
