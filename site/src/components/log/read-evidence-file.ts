/**
 * Reading a file the learner attaches to a CPD entry as evidence. The
 * rules (which files, how large, the title) are the engine's; this shell
 * reads the file and, for an HTML page such as the terminal workshop's
 * record, takes its words with the browser's own parser (DOMParser runs no
 * script and loads nothing), so only text is ever kept.
 */
import { type CpdEvidence, checkEvidenceFile, evidenceFromText, evidenceKindOf } from '../../../../engine/runtime.js';

/** Elements whose words are not part of the page's text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'SVG']);
/** Elements that start a new line in the text. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'NAV', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'HR']);

/** The readable text of an element: blocks on their own lines, list items marked, table cells apart. */
function textOf(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (!(node instanceof Element) || SKIPPED.has(node.tagName.toUpperCase())) return;
  const tag = node.tagName.toUpperCase();
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.push('\n');
  if (tag === 'LI') out.push('- ');
  if (/^H[1-6]$/.test(tag)) out.push(`${'#'.repeat(Number(tag[1]))} `);
  for (const child of node.childNodes) textOf(child, out);
  if (tag === 'TD' || tag === 'TH') out.push(' | ');
  if (block) out.push('\n');
}

/**
 * An HTML page's title and words.
 *
 * @example
 * htmlText('<title>Workshop</title><h1>Record</h1><p>Agreed.</p>'); // { title: 'Workshop', text: '# Record\n\nAgreed.' }
 */
export function htmlText(html: string): { title: string; text: string } {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  textOf(page.body, out);
  const text = out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s*\|\s*$/, '').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title: page.title.trim(), text };
}

/**
 * The evidence a chosen file makes, or a sentence saying why it cannot be attached.
 *
 * @example
 * ```ts
 * const read = await readEvidenceFile(input.files[0], { id: newId(), now: wallClockNow() });
 * if (typeof read === 'string') showError(read);
 * ```
 */
export async function readEvidenceFile(file: File, options: { id: string; now: string }): Promise<CpdEvidence | string> {
  const refused = checkEvidenceFile(file.name, file.size);
  if (refused) return refused;
  let text: string;
  try {
    text = await file.text();
  } catch {
    return `${file.name} could not be read. Try choosing it again.`;
  }
  if (evidenceKindOf(file.name) === 'html') {
    const page = htmlText(text);
    return evidenceFromText({ fileName: file.name, text: page.text, title: page.title }, options);
  }
  return evidenceFromText({ fileName: file.name, text }, options);
}
