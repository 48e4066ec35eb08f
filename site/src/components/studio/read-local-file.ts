/**
 * Reading a file the author picked, in the browser (it goes nowhere else),
 * refusing one too big to be what it claims before reading a byte of it
 * (in the engine's words: `fileSizeRefusal`).
 */
import { fileSizeRefusal } from '../../../../engine/runtime.js';

/** The file's text, or why it was not read. */
export type LocalFileRead = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a picked file as UTF-8 text, at most `maxBytes` long.
 *
 * @example
 * const read = await readLocalFile(input.files[0], INPUT_CAPS.dataFileBytes);
 * if (read.ok) setText(read.text);
 */
export async function readLocalFile(file: File, maxBytes: number): Promise<LocalFileRead> {
  const refusal = fileSizeRefusal(file.name, file.size, maxBytes);
  if (refusal !== undefined) return { ok: false, message: refusal };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
