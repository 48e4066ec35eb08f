import { describe, expect, it } from 'vitest';
import { safeLinkHref } from '../../site/src/lib/safe-link-href.js';

describe('safeLinkHref', () => {
  it('turns guidance ids into their anchors', () => {
    expect(safeLinkHref('guidance:stage-3')).toBe('/guidance/resolution-process/#stage-3');
  });

  it('keeps site paths, fragments and web or mail addresses', () => {
    expect(safeLinkHref('/guidance/')).toBe('/guidance/');
    expect(safeLinkHref('#top')).toBe('#top');
    expect(safeLinkHref('https://example.org/')).toBe('https://example.org/');
    expect(safeLinkHref('mailto:team@example.org')).toBe('mailto:team@example.org');
  });

  it('drops script and data addresses, protocol-relative links and unknown guidance ids', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/', 'guidance:no-such-section', 'vbscript:x']) {
      expect(safeLinkHref(url)).toBeUndefined();
    }
  });
});

describe('safeLinkHref and the engine', () => {
  it("follows the engine's one rule, so a path a browser reads as another site is dropped", () => {
    expect(safeLinkHref('/\\evil.example/')).toBeUndefined();
    expect(safeLinkHref('/\t/evil.example/')).toBeUndefined();
    expect(safeLinkHref('guidance:stage-3', () => 'javascript:alert(1)')).toBeUndefined();
  });
});
