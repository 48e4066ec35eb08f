/**
 * A file attached to a CPD entry as evidence of peer reflection: a workshop
 * debrief or record as the terminal workshop exports it (Markdown or a
 * self-contained HTML page), or plain text. Only its words are kept: an
 * HTML page is reduced to its text by the shell (which has a parser), so
 * nothing in a file can run or be shown as markup.
 */
import type { CpdEvidence } from './cpd-record.js';

/** The kinds of file that can be attached, by how their name ends. */
export const EVIDENCE_FILE_TYPES = Object.freeze({ '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.txt': 'text' } as const);

/** The kind of a file by its name: Markdown, HTML or text, or null when it is none of these. */
export type EvidenceKind = (typeof EVIDENCE_FILE_TYPES)[keyof typeof EVIDENCE_FILE_TYPES];

/** The largest file that can be attached, in bytes: browser storage holds about 5 MB in all. */
export const MAX_EVIDENCE_BYTES = 1024 * 1024;

/**
 * The kind of file `fileName` is, or null when it cannot be attached.
 *
 * @example
 * evidenceKindOf('workshop-record.md'); // 'markdown'
 */
export function evidenceKindOf(fileName: string): EvidenceKind | null {
  const match = /\.[a-z]+$/i.exec(fileName);
  const ending = match?.[0].toLowerCase() ?? '';
  return Object.hasOwn(EVIDENCE_FILE_TYPES, ending) ? EVIDENCE_FILE_TYPES[ending as keyof typeof EVIDENCE_FILE_TYPES] : null;
}

/**
 * Why a chosen file cannot be attached, before it is read, or null when it can.
 *
 * @example
 * checkEvidenceFile('photo.jpg', 2000); // 'photo.jpg is not a Markdown, HTML or text file. …'
 */
export function checkEvidenceFile(fileName: string, bytes: number): string | null {
  if (evidenceKindOf(fileName) === null) {
    return `${fileName} is not a Markdown, HTML or text file. Attach the workshop record or debrief the terminal app exported (.md or .html), or a .txt file.`;
  }
  if (bytes > MAX_EVIDENCE_BYTES) return `${fileName} is larger than 1 MB, too large to keep in this browser. Attach the workshop debrief rather than the whole record, or a shorter file.`;
  if (bytes === 0) return `${fileName} is empty.`;
  return null;
}

/** A Markdown heading's words, without the `#`s and backslash escapes. */
function headingWords(line: string): string {
  return line
    .replace(/^#+\s*/, '')
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .trim();
}

/**
 * The evidence a file's text makes, or why it cannot be attached. For an
 * HTML page, pass its words and title as the shell read them.
 *
 * @example
 * evidenceFromText({ fileName: 'record.md', text: '# Workshop record: Closing too soon\n…' }, { id: 'e1', now });
 * // { id: 'e1', fileName: 'record.md', title: 'Workshop record: Closing too soon', text: '# Workshop record…', attachedAt: now }
 */
export function evidenceFromText(file: { fileName: string; text: string; title?: string }, options: { id: string; now: string }): CpdEvidence | string {
  // A NUL is never in text a person wrote: the file is binary, or the wrong encoding.
  if (file.text.includes('\u0000')) return `${file.fileName} does not look like a text file.`;
  const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  if (text === '') return `${file.fileName} has no text in it.`;
  const heading = text.split('\n').find((line) => /^#{1,6}\s+\S/.test(line));
  const title = (file.title?.trim() || (heading ? headingWords(heading) : '') || file.fileName).slice(0, 200);
  return { id: options.id, fileName: file.fileName, title, text, attachedAt: options.now };
}
