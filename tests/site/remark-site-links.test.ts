import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Link, Paragraph, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { remarkSiteLinks } from '../../site/src/lib/remark-site-links.js';

function transform(markdown: string): Root {
  const tree = unified().use(remarkParse).parse(markdown);
  remarkSiteLinks()(tree, { path: 'example.md' });
  return tree;
}

function firstParagraph(tree: Root): Paragraph {
  return tree.children[0] as Paragraph;
}

describe('remarkSiteLinks', () => {
  it('points a guidance: link at the section anchor', () => {
    const link = firstParagraph(transform('See [ten working days](guidance:stage-3).')).children[1] as Link;
    expect(link.url).toBe('/guidance/resolution-process/#stage-3');
  });

  it('keeps the words of a link to a repository file but drops the link', () => {
    const paragraph = firstParagraph(transform('From [`templates/new.mdx`](templates/new.mdx), with care.'));
    expect(paragraph.children.map((child) => child.type)).toEqual(['text', 'inlineCode', 'text']);
  });

  it('leaves web links, site paths and fragments alone', () => {
    const paragraph = firstParagraph(transform('[a](https://example.org) [b](/guidance/) [c](#top)'));
    const urls = paragraph.children.filter((child): child is Link => child.type === 'link').map((link) => link.url);
    expect(urls).toEqual(['https://example.org', '/guidance/', '#top']);
  });

  it('stops the build on an unknown guidance section, naming the file', () => {
    expect(() => transform('[x](guidance:no-such-section)')).toThrow(/no-such-section.*example\.md/s);
  });
});
