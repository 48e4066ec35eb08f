import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markdownToLines } from '../../../cli/markdown/index.js';
import { lineText } from '../../../cli/terminal/index.js';

const root: Root = {
  type: 'root',
  children: [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Monday morning' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Read ' },
        { type: 'link', url: 'guidance:stage-1', children: [{ type: 'text', value: 'stage one' }] },
        { type: 'text', value: ' and act ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'today' }] },
        { type: 'text', value: '.' },
      ],
    },
    {
      type: 'list',
      ordered: false,
      children: [
        { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'first point' }] }] },
        { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'second point' }] }] },
      ],
    },
  ],
};

describe('markdownToLines', () => {
  it('makes headings bold and underlined and separates blocks with a blank line', () => {
    const lines = markdownToLines(root, { width: 60 });
    expect(lines[0]).toEqual([{ text: 'Monday morning', bold: true, underline: true }]);
    expect(lines[1]).toEqual([]);
  });

  it('shows a guidance link as its text followed by the section title', () => {
    const text = markdownToLines(root, { width: 200, guidanceTitle: (id) => (id === 'stage-1' ? 'Stage 1: talk it through' : undefined) }).map(lineText);
    expect(text[2]).toBe('Read stage one (guidance: Stage 1: talk it through) and act today.');
  });

  it('keeps emphasis as style, and adds visible markers when asked', () => {
    const styled = markdownToLines(root, { width: 200 })[2]!;
    expect(styled.find((span) => span.text === 'today')).toMatchObject({ italic: true });
    expect(lineText(markdownToLines(root, { width: 200, markers: true })[3]!)).toContain('_today_');
  });

  it('puts a rule under headings when markers are on, so they stand out without styling', () => {
    const text = markdownToLines(root, { width: 60, markers: true }).map(lineText);
    expect(text.slice(0, 2)).toEqual(['Monday morning', '==============']);
  });

  it('bullets list items', () => {
    const text = markdownToLines(root, { width: 60 }).map(lineText);
    expect(text.slice(-2)).toEqual(['• first point', '• second point']);
  });
});
