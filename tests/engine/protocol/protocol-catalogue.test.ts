import { describe, expect, it } from 'vitest';
import { builtInProtocols, catalogueWith, DEFAULT_PROTOCOL, protocolById } from '../../../engine/index.js';
import { findProtocol } from '../../../engine/protocol/protocol-catalogue.js';

const ours = { ...builtInProtocols['example-template']!, id: 'our-partnership', name: 'Our partnership' };

describe('catalogueWith', () => {
  it('adds a partnership protocol to the built-in ones, a same-id copy replacing the built-in', () => {
    const catalogue = catalogueWith([ours, { ...builtInProtocols[DEFAULT_PROTOCOL]!, name: 'Newer copy' }]);
    expect(Object.keys(catalogue)).toEqual(['north-yorkshire', 'example-template', 'our-partnership']);
    expect(catalogue[DEFAULT_PROTOCOL]?.name).toBe('Newer copy');
    expect(Object.isFrozen(catalogue)).toBe(true);
  });
});

describe('protocolById', () => {
  it('finds by id, the default protocol when none is named, and names the ones there are when it cannot', () => {
    const catalogue = catalogueWith([ours]);
    expect(protocolById('our-partnership', catalogue).name).toBe('Our partnership');
    expect(protocolById(undefined, catalogue).id).toBe(DEFAULT_PROTOCOL);
    expect(() => protocolById('atlantis', catalogue)).toThrow(expect.objectContaining({ hint: expect.stringContaining('our-partnership') }));
    expect(findProtocol('toString', catalogue)).toBeUndefined();
  });
});
