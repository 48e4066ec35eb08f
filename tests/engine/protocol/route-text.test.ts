import { describe, expect, it } from 'vitest';
import { placeholdersOf, resolveRouteText } from '../../../engine/index.js';
import { RouteSchema } from '../../../engine/protocol/protocol.schema.js';

const route = RouteSchema().parse({ label: 'Adults', referralRecipient: 'The NYSAB Manager', source: { referralRecipient: 'verbatim' } });

describe('resolveRouteText', () => {
  it("fills placeholders from the route's fields", () => {
    expect(resolveRouteText('Refer to {referralRecipient}.', 'adult', route)).toBe('Refer to The NYSAB Manager.');
  });

  it("picks the route's own text from per-route text", () => {
    expect(resolveRouteText({ child: 'NYSCP manager', adult: 'NYSAB manager' }, 'adult', route)).toBe('NYSAB manager');
  });

  it('leaves unknown placeholders, and never fills from the source wording object', () => {
    expect(resolveRouteText('{unknown} and {source}', 'adult', route)).toBe('{unknown} and {source}');
  });
});

describe('placeholdersOf', () => {
  it('lists placeholder names in order', () => {
    expect(placeholdersOf('{a} then {bC} then {a}')).toEqual(['a', 'bC', 'a']);
  });

  it('ignores braces that are not placeholders', () => {
    expect(placeholdersOf('{ not one } {1x}')).toEqual([]);
  });
});
