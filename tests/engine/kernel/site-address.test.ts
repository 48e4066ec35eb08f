import { describe, expect, it } from 'vitest';
import { absoluteHref, siteAddress } from '../../../engine/kernel/site-address.js';

describe('siteAddress', () => {
  it('keeps an http or https address without its trailing slashes', () => {
    expect(siteAddress('https://common-ground.example.org/')).toBe('https://common-ground.example.org');
    expect(siteAddress('http://localhost:4321/training//')).toBe('http://localhost:4321/training');
  });

  it('refuses anything a link may not point to', () => {
    for (const bad of [undefined, '', 'javascript:alert(1)', '/relative', 'https://', 'https://exa mple.org', 'mailto:a@b.org']) expect(siteAddress(bad)).toBeUndefined();
  });
});

describe('absoluteHref', () => {
  const base = 'https://example.org';

  it('puts the site before a site path and keeps web and mail addresses', () => {
    expect(absoluteHref('/guidance/#stage-1', base)).toBe('https://example.org/guidance/#stage-1');
    expect(absoluteHref('https://www.gov.uk/', base)).toBe('https://www.gov.uk/');
    expect(absoluteHref('mailto:team@example.org', base)).toBe('mailto:team@example.org');
  });

  it('gives nothing for unsafe addresses, fragments, or site paths without a site', () => {
    expect(absoluteHref('javascript:alert(1)', base)).toBeUndefined();
    expect(absoluteHref('//evil.example', base)).toBeUndefined();
    expect(absoluteHref('#top', base)).toBeUndefined();
    expect(absoluteHref('/guidance/', undefined)).toBeUndefined();
  });
});
