import { describe, expect, it } from 'vitest';
import { currentness, primaryNavigation } from '../../site/src/lib/site-navigation.js';

const guidance = { label: 'Guidance', href: '/guidance/' };

describe('currentness', () => {
  it('marks the page itself as the current page', () => {
    expect(currentness(guidance, '/guidance/')).toBe('page');
    expect(currentness(guidance, '/guidance')).toBe('page');
  });

  it('marks the section a page belongs to', () => {
    expect(currentness(guidance, '/guidance/key-principles/')).toBe('true');
  });

  it('marks nothing for an unrelated page', () => {
    expect(currentness(guidance, '/search/')).toBeUndefined();
    expect(currentness(guidance, '/guidance-archive/')).toBeUndefined();
  });
});

describe('primaryNavigation', () => {
  it('lists the six destinations in order, each with a trailing-slash path', () => {
    expect(primaryNavigation.map((item) => item.label)).toEqual([
      'Guidance',
      'Scenarios',
      'Deadline calculator',
      'Reflective log',
      'Authoring',
      'Search',
    ]);
    for (const item of primaryNavigation) expect(item.href).toMatch(/^\/[a-z-]+\/$/);
  });
});
