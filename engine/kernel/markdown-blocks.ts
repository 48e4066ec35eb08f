/**
 * The Markdown shapes every export builds (the debrief, the case audit, the
 * reflective log, the workshop record): a table cell of plain text, a
 * blockquote of Markdown, and a blockquote of plain text. One place, so a
 * cell or a quote is made safe the same way in every file a user keeps.
 */
import { escapeMarkdown } from './escape-markdown.js';

/**
 * Plain text for a table cell: on one line, escaped (pipes too).
 * @example
 * markdownCell('Police | Health\nSchool'); // 'Police \\| Health School'
 */
export function markdownCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' '));
}

/**
 * Markdown quoted as a blockquote, line by line (blank lines kept as `>`).
 * The Markdown must already be safe: see `safeMarkdown`.
 * @example
 * quoteMarkdown('One\n\nTwo'); // '> One\n>\n> Two'
 */
export function quoteMarkdown(markdown: string): string {
  return markdown
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * Plain text quoted as a blockquote, each line escaped.
 * @example
 * quoteText('<b>mine</b>'); // '> &lt;b\\>mine&lt;/b\\>'
 */
export function quoteText(text: string): string {
  return quoteMarkdown(text.trim().split(/\r?\n/).map(escapeMarkdown).join('\n'));
}
