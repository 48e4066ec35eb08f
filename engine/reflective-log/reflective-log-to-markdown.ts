import { escapeMarkdown } from '../kernel/escape-markdown.js';
import { quoteText } from '../kernel/markdown-blocks.js';
import { buildLogDocument, type LogBlock, type LogDocumentOptions } from './log-document.js';
import type { ReflectiveLog } from './reflective-log.js';

/** Options for {@link reflectiveLogToMarkdown}. */
export type ReflectiveLogMarkdownOptions = LogDocumentOptions;

/** One block as Markdown; every text is escaped, so nothing the learner wrote becomes markup. */
function blockMarkdown(block: LogBlock): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text.replace(/\s+/g, ' ').trim())}`;
    case 'paragraph':
      return block.label ? `*${escapeMarkdown(block.label)}:* ${escapeMarkdown(block.text)}` : escapeMarkdown(block.text);
    case 'quote':
      return quoteText(block.text);
    case 'note':
      return `*${escapeMarkdown(block.text)}*`;
  }
}

/**
 * The log as a Markdown document for CPD evidence (see `buildLogDocument`):
 * each CPD entry under its headings, then each scenario's reflections with
 * the learner's words as quotations.
 *
 * @example
 * reflectiveLogToMarkdown(log, { exportedLabel: '18 December 2026' }).startsWith('# Reflective log'); // true
 */
export function reflectiveLogToMarkdown(log: ReflectiveLog, options: ReflectiveLogMarkdownOptions): string {
  return `${buildLogDocument(log, options).map(blockMarkdown).join('\n\n')}\n`;
}
