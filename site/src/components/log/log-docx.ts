/**
 * The reflective log as a Word document, built with the `docx` library
 * from the engine's document blocks (the same blocks as the Markdown
 * export). This module is loaded only when the learner asks for the Word
 * file, so the log page itself stays light.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { LOG_DOCUMENT_TITLE, type LogBlock } from '../../../../engine/runtime.js';

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3 } as const;

/** A block as Word paragraphs. */
function paragraphs(block: LogBlock): Paragraph[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: block.label ? [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun(block.text)] : [new TextRun(block.text)] })];
    case 'note':
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true })] })];
    case 'quote':
      // One paragraph per line, indented with a rule down the left, as a quotation.
      return block.text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            alignment: AlignmentType.LEFT,
            indent: { left: 360 },
            border: { left: { style: BorderStyle.SINGLE, size: 12, color: '505A5F', space: 8 } },
            children: [new TextRun(line)],
          }),
      );
  }
}

/**
 * The .docx file of the log's blocks.
 *
 * @example
 * ```ts
 * const { logToDocx } = await import('./log-docx.js');
 * const blob = await logToDocx(buildLogDocument(log, { exportedLabel }));
 * ```
 */
export function logToDocx(blocks: readonly LogBlock[]): Promise<Blob> {
  const document = new Document({
    title: LOG_DOCUMENT_TITLE,
    creator: 'Common Ground',
    description: 'CPD entries and scenario reflections exported from Common Ground.',
    styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
    sections: [{ children: blocks.flatMap(paragraphs) }],
  });
  return Packer.toBlob(document);
}
