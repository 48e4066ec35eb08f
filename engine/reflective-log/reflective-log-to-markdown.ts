import { escapeMarkdown } from '../kernel/escape-markdown.js';
import { quoteText as quote } from '../kernel/markdown-blocks.js';
import { groupLogEntries } from './group-log-entries.js';
import type { ReflectiveLog, ReflectiveLogEntry } from './reflective-log.js';

/** Options for {@link reflectiveLogToMarkdown}. */
export interface ReflectiveLogMarkdownOptions {
  /** When the export was made, already formatted for people (the shell reads the clock). */
  exportedLabel: string;
}

function heading(entry: ReflectiveLogEntry): string {
  if (entry.kind === 'record') return 'Record of the discussion';
  return entry.phase ? `Reflection (${entry.phase} the conversation)` : 'Reflection';
}

/**
 * The log as a Markdown document for CPD evidence: a heading per scenario
 * and day, each prompt followed by the learner's words as a quotation.
 *
 * @example
 * reflectiveLogToMarkdown(log, { exportedLabel: '18 December 2026' }).startsWith('# Reflective log'); // true
 */
export function reflectiveLogToMarkdown(log: ReflectiveLog, options: ReflectiveLogMarkdownOptions): string {
  const lines = [
    '# Reflective log',
    '',
    `Exported from Common Ground on ${options.exportedLabel}. Reflections and records written while playing scenarios about professional disagreements (NYSCP and NYSAB professional resolutions process).`,
    '',
  ];
  const groups = groupLogEntries(log);
  if (groups.length === 0) lines.push('Nothing has been written yet.', '');
  for (const scenario of groups) {
    lines.push(`## ${escapeMarkdown(scenario.scenarioTitle)}`, '');
    for (const day of scenario.days) {
      lines.push(`### ${day.dateLabel}`, '');
      for (const entry of day.entries) {
        lines.push(`#### ${heading(entry)}`, '', `*Prompt:* ${escapeMarkdown(entry.prompt.replace(/\s+/g, ' ').trim())}`, '', quote(entry.text), '');
      }
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
