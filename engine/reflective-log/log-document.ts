/**
 * The reflective log as a document, in blocks that every export renders
 * (Markdown, Word): one place decides what a CPD record contains and in
 * what order, so the files a learner keeps say the same thing.
 */
import { formatLondonFullDate, isLondonDateTime, parseLondonDateTime } from '../calendar/london-time.js';
import { CPD_DETAILS, CPD_FIELDS, type CpdRecord, formatTimeSpent } from './cpd-record.js';
import { groupLogEntries } from './group-log-entries.js';
import type { ReflectiveLog, ReflectiveLogEntry } from './reflective-log.js';

/** One block of the document. Every text is plain text, never markup. */
export type LogBlock =
  /** A heading; level 1 is the title. */
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** A paragraph, with a bold label before it when `label` is given ("Date: …"). */
  | { type: 'paragraph'; text: string; label?: string }
  /** The learner's own words (or an attached file's), line breaks kept. */
  | { type: 'quote'; text: string }
  /** A remark about the record itself, such as "Not written yet.", shown in italics. */
  | { type: 'note'; text: string };

/** Options for {@link buildLogDocument}. */
export interface LogDocumentOptions {
  /** When the export was made, already formatted for people (the shell reads the clock). */
  exportedLabel: string;
}

/** The document's title, also its first heading. */
export const LOG_DOCUMENT_TITLE = 'Reflective log and CPD record';

/** What to call a scenario answer: a reflection (and when) or a record. */
export function reflectionHeading(entry: Pick<ReflectiveLogEntry, 'kind' | 'phase'>): string {
  if (entry.kind === 'record') return 'Record of the discussion';
  return entry.phase ? `Reflection (${entry.phase} the conversation)` : 'Reflection';
}

/**
 * A CPD entry's date in words, or the text as it is when it is not a date.
 *
 * @example
 * formatCpdDate('2026-12-18'); // 'Friday 18 December 2026'
 */
export function formatCpdDate(date: string): string {
  return isLondonDateTime(date) ? formatLondonFullDate(parseLondonDateTime(date)) : date;
}

/** Most recent activity first; entries on the same day keep the order they were added. */
function byDate(records: readonly CpdRecord[]): CpdRecord[] {
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => (a.record.date < b.record.date ? 1 : a.record.date > b.record.date ? -1 : a.index - b.index))
    .map(({ record }) => record);
}

/** The blocks of one CPD entry. */
export function cpdRecordBlocks(record: CpdRecord): LogBlock[] {
  const blocks: LogBlock[] = [
    { type: 'heading', level: 3, text: record.activity },
    { type: 'paragraph', label: CPD_DETAILS.date.label, text: formatCpdDate(record.date) },
    { type: 'paragraph', label: CPD_DETAILS.time.label, text: formatTimeSpent(record.minutes) },
  ];
  for (const field of CPD_FIELDS) {
    const text = record[field.key].trim();
    blocks.push({ type: 'heading', level: 4, text: field.label }, text === '' ? { type: 'note', text: 'Not written yet.' } : { type: 'quote', text });
  }
  if (record.evidence.length > 0) {
    blocks.push({ type: 'heading', level: 4, text: CPD_DETAILS.evidence.label });
    for (const file of record.evidence) {
      blocks.push({ type: 'paragraph', label: 'Attached file', text: `${file.title} (${file.fileName})` });
      blocks.push(file.text.trim() === '' ? { type: 'note', text: 'The file has no text.' } : { type: 'quote', text: file.text.trim() });
    }
  }
  return blocks;
}

/**
 * The whole log as a document: the CPD entries (most recent activity
 * first), then every scenario's reflections and records, with the earlier
 * versions kept from replays.
 *
 * @example
 * buildLogDocument(log, { exportedLabel: '18 December 2026' })[0]; // { type: 'heading', level: 1, text: 'Reflective log and CPD record' }
 */
export function buildLogDocument(log: ReflectiveLog, options: LogDocumentOptions): LogBlock[] {
  const blocks: LogBlock[] = [
    { type: 'heading', level: 1, text: LOG_DOCUMENT_TITLE },
    {
      type: 'paragraph',
      text: `Exported from Common Ground on ${options.exportedLabel}: CPD entries, and the reflections and records written while playing scenarios about professional disagreements in safeguarding.`,
    },
    { type: 'heading', level: 2, text: 'CPD entries' },
  ];
  if (log.records.length === 0) blocks.push({ type: 'note', text: 'No CPD entries yet.' });
  for (const record of byDate(log.records)) blocks.push(...cpdRecordBlocks(record));

  blocks.push({ type: 'heading', level: 2, text: 'Reflections from scenarios' });
  const groups = groupLogEntries(log);
  if (groups.length === 0) blocks.push({ type: 'note', text: 'Nothing has been written in a scenario yet.' });
  for (const scenario of groups) {
    blocks.push({ type: 'heading', level: 3, text: scenario.scenarioTitle });
    for (const prompt of scenario.prompts) {
      const { entry } = prompt.latest;
      blocks.push(
        { type: 'heading', level: 4, text: reflectionHeading(entry) },
        { type: 'paragraph', label: 'Prompt', text: entry.prompt.replace(/\s+/g, ' ').trim() },
        { type: 'paragraph', label: prompt.earlier.length > 0 ? 'Latest version, written' : 'Written', text: prompt.latest.writtenLabel },
        { type: 'quote', text: entry.text },
      );
      for (const version of prompt.earlier) {
        blocks.push({ type: 'paragraph', label: 'Earlier version, written', text: version.writtenLabel }, { type: 'quote', text: version.entry.text });
      }
    }
  }
  return blocks;
}
