import { describe, expect, it } from 'vitest';
import { safeMarkdown } from '../../../engine/kernel/safe-markdown.js';
import { unsafeMarkdownParts } from '../../robustness/support/markdown-safety.js';

describe('safeMarkdown', () => {
  it("keeps an author's emphasis, lists, quotes and safe links as they were written", () => {
    const text = 'Aim for **24 hours**, see [stage 1](/guidance/x/#stage-1), [the site](https://example.org/a_(b)) or [mail](mailto:a@b.org).\n\n- one\n> two';
    expect(safeMarkdown(text)).toBe(text);
  });

  it('escapes every raw HTML tag, comment and autolink so it shows as text', () => {
    const text = '<script>alert(1)</script> <img src=x onerror=y> <!-- c --> <javascript:alert(2)> a < b\n\n<div>\nblock\n</div>';
    const safe = safeMarkdown(text);
    expect(unsafeMarkdownParts(safe)).toEqual([]);
    expect(safe).toContain('&lt;script>alert(1)&lt;/script>');
    expect(safe).toContain('a &lt; b');
  });

  it('keeps the words of a link, image or definition whose address is not allowed, and drops the link', () => {
    const cases = [
      '[click](javascript:alert(1))',
      '[click]( javascript:alert(1) "title")',
      '[click](\njavascript:alert(1))',
      '[click](JavaScript:alert(1))',
      '[click](java&#115;cript:alert(1))',
      '[click](javascript\\:alert(1))',
      '[click](<javascript:alert(1)>)',
      '![pixel](data:image/png;base64,AAAA)',
      '[click](//evil.example/)',
      '[click](guidance:not-mapped)',
      '[click][ref]\n\n[ref]: javascript:alert(1)',
      '[ref]\n\n[ref]:\n  vbscript:evil',
      '[a [b](javascript:x) c](https://example.org/)',
    ];
    for (const text of cases) {
      const safe = safeMarkdown(text);
      expect(unsafeMarkdownParts(safe), text).toEqual([]);
      expect(safe, text).toMatch(/click|pixel|ref|b/);
    }
  });

  it('keeps what the author had already escaped escaped', () => {
    expect(safeMarkdown('\\<b> \\\\<i> \\[x\\](javascript:y)')).toBe('&lt;b> \\\\&lt;i> \\[x\\](javascript:y)');
  });
});
