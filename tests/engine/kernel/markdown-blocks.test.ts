import { describe, expect, it } from 'vitest';
import { markdownCell, quoteMarkdown, quoteText } from '../../../engine/kernel/markdown-blocks.js';
import { unsafeMarkdownParts } from '../../robustness/support/markdown-safety.js';

describe('markdownCell', () => {
  it('keeps a cell on one line and its pipes literal', () => {
    expect(markdownCell('Police | Health\n  School')).toBe('Police \\| Health School');
  });
});

describe('quoteMarkdown', () => {
  it('quotes every line, keeping blank lines inside the quote', () => {
    expect(quoteMarkdown('\nOne\r\n\nTwo\n')).toBe('> One\n>\n> Two');
  });
});

describe('quoteText', () => {
  it('quotes plain text so that HTML and links in it stay words', () => {
    const quoted = quoteText('<script>alert(1)</script>\n[x](javascript:alert(1))');
    expect(quoted.split('\n').every((line) => line.startsWith('>'))).toBe(true);
    expect(unsafeMarkdownParts(quoted)).toEqual([]);
  });
});
