import { describe, expect, it } from 'vitest';
import { allowedHref } from '../../../engine/kernel/allowed-href.js';

describe('allowedHref', () => {
  it('keeps site paths, fragments and web or mail addresses, trimmed', () => {
    expect(allowedHref('/guidance/')).toBe('/guidance/');
    expect(allowedHref('#top')).toBe('#top');
    expect(allowedHref(' https://example.org/ ')).toBe('https://example.org/');
    expect(allowedHref('HTTP://example.org/')).toBe('HTTP://example.org/');
    expect(allowedHref('mailto:team@example.org')).toBe('mailto:team@example.org');
  });

  it('drops script, data and other schemes, relative and protocol-relative links', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'xmpp:a@b.org', 'guidance:stage-1', '//evil.example/', 'page.html', '']) {
      expect(allowedHref(url), url).toBeUndefined();
    }
  });

  it('drops an address a browser would read differently from how it looks: a backslash, a control or a space inside', () => {
    for (const url of ['/\\evil.example/', '/\t/evil.example/', '/\n/evil.example/', 'https://a.example/\u0000', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', '/a b']) {
      expect(allowedHref(url), JSON.stringify(url)).toBeUndefined();
    }
  });
});
