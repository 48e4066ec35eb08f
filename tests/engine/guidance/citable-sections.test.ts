import { describe, expect, it } from 'vitest';
import { citableSectionIds, citeSection, protocolPagePath } from '../../../engine/guidance/citable-sections.js';
import { builtInProtocols } from '../../../engine/index.js';

const ny = builtInProtocols['north-yorkshire']!;
const template = builtInProtocols['example-template']!;

describe('citableSectionIds', () => {
  it("lets a protocol's scenarios cite the shared practice guidance and its own stages, never another's", () => {
    expect(citableSectionIds(ny).has('stage-7')).toBe(true);
    expect(citableSectionIds(template).has('stage-4')).toBe(true);
    expect(citableSectionIds(template).has('stage-7')).toBe(false);
    for (const protocol of [ny, template]) {
      expect(citableSectionIds(protocol).has('timescales-are-maximums')).toBe(true);
      expect(citableSectionIds(protocol).has('stage-table')).toBe(true);
    }
  });
});

describe('citeSection', () => {
  it('links the written guidance for its own protocol and the protocol page for any other', () => {
    expect(citeSection('stage-3', ny)).toEqual({ id: 'stage-3', title: 'Stage 3: designated safeguarding lead to receiving line manager', href: '/guidance/resolution-process/#stage-3' });
    expect(citeSection('stage-3', template)).toEqual({ id: 'stage-3', title: 'Stage 3: senior managers decide', href: '/protocols/example-template/#stage-3' });
    expect(citeSection('before-the-conversation', template)?.href).toBe('/guidance/the-conversation/#before-the-conversation');
    expect(citeSection('stage-7', template)).toBeUndefined();
    expect(protocolPagePath('ours')).toBe('/protocols/ours/');
  });
});
