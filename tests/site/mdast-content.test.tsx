import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mdastText } from '../../engine/kernel/mdast-text.js';
import { MdastContent } from '../../site/src/components/player/MdastContent.js';

const text = (value: string) => ({ type: 'text', value });

describe('MdastContent', () => {
  it('renders headings, emphasis, lists and guidance links as elements', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'heading', depth: 1, children: [text('Monday')] },
        { type: 'paragraph', children: [text('See '), { type: 'link', url: 'guidance:stage-1', children: [text('stage 1')] }, text(' '), { type: 'strong', children: [text('now')] }] },
        { type: 'list', ordered: false, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text('one')] }] }] },
      ],
    };
    expect(renderToStaticMarkup(<MdastContent tree={tree} />)).toBe(
      '<h2>Monday</h2><p>See <a href="/guidance/resolution-process/#stage-1">stage 1</a> <strong>now</strong></p><ul><li><p>one</p></li></ul>',
    );
  });

  it('shows HTML in text and raw html nodes as text, never as markup', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [text('<script>alert(1)</script><img src=x onerror=alert(1)>')] },
        { type: 'html', value: '<img src=x onerror=alert(2)>' },
      ],
    };
    const html = renderToStaticMarkup(<MdastContent tree={tree} />);
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('keeps the words of a link whose address is not allowed', () => {
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('click')] }] }] };
    expect(renderToStaticMarkup(<MdastContent tree={tree} />)).toBe('<p>click</p>');
  });

  it('renders nothing for something that is not a tree', () => {
    expect(renderToStaticMarkup(<MdastContent tree={null} />)).toBe('');
  });
});

describe('mdastText', () => {
  it('joins the text of a tree for announcements', () => {
    expect(mdastText({ type: 'root', children: [{ type: 'paragraph', children: [text('Raise it '), { type: 'emphasis', children: [text('early')] }] }, { type: 'paragraph', children: [text('Then record it.')] }] })).toBe(
      'Raise it early Then record it.',
    );
  });
});
