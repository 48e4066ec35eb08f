/**
 * The workshop's record as one self-contained HTML file: the Markdown
 * record rendered (by remark and rehype, with GitHub tables) into a page
 * with its own styles, no scripts, no fonts and nothing fetched, so it opens
 * the same from an email, a shared drive or a memory stick, and prints
 * cleanly for minutes.
 *
 * Safety rests on the Markdown record (every word escaped, only absolute or
 * no links) and on remark-rehype, which drops raw HTML unless told not to;
 * the page's content security policy forbids scripts besides.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { workshopRecordToMarkdown, type WorkshopRecordOptions } from './workshop-record-markdown.js';
import type { WorkshopDebrief } from './workshop-debrief.js';

/** The page's styles: readable on screen, high contrast, tables that wrap, and print without the clutter. */
const STYLE = `
:root { color: #0b0c0c; background: #fff; }
body { font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.75rem; } h2 { font-size: 1.375rem; margin-top: 2rem; border-bottom: 2px solid #0b0c0c; } h3 { font-size: 1.125rem; margin-top: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #505a5f; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f2f1; }
blockquote { margin: 0.5rem 0 1rem; padding: 0.25rem 1rem; border-left: 4px solid #505a5f; background: #f8f8f8; }
a { color: #1d70b8; } a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } h2, h3 { break-after: avoid; } tr, blockquote { break-inside: avoid; } }
`;

/** Text for the page title, with HTML's own characters written as entities. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The record as a whole HTML document.
 * @example
 * writeFile('workshop.html', workshopRecordToHtml(debrief, { date: new Date().toISOString(), siteUrl: 'https://example.org' }));
 */
export function workshopRecordToHtml(debrief: WorkshopDebrief, options: WorkshopRecordOptions = {}): string {
  const markdown = workshopRecordToMarkdown(debrief, options);
  const body = String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).processSync(markdown));
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>Workshop record: ${escapeHtml(debrief.scenario.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
