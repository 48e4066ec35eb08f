import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../engine/kernel/markdown-text.js';

describe('markdownToText', () => {
  it('keeps link text and drops the URL and emphasis markers', () => {
    expect(markdownToText('Within **10 working days**, see [stage 3](/guidance/x/#stage-3).')).toBe(
      'Within 10 working days, see stage 3.',
    );
  });

  it('separates list items and paragraphs with a space', () => {
    expect(markdownToText('First para.\n\n- one\n- two')).toBe('First para. one two');
  });

  it('drops raw HTML', () => {
    expect(markdownToText('Safe <script>alert(1)</script> text')).toBe('Safe alert(1) text');
  });
});
