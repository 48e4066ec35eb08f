import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { yamlDocumentToData } from '../../../engine/yaml/yaml-to-data.js';

describe('yamlDocumentToData', () => {
  it('returns the plain data of a well-formed document', () => {
    expect(yamlDocumentToData(parseDocument('a: 1\nb: [x, y]\n'))).toEqual({ ok: true, data: { a: 1, b: ['x', 'y'] } });
  });

  it('reports an alias to a missing anchor instead of throwing', () => {
    const result = yamlDocumentToData(parseDocument('steps: [*Scene]\n'));
    expect(result.ok).toBe(false);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(yamlDocumentToData(parseDocument(bomb)).ok).toBe(false);
  });
});
