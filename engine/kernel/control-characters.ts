/**
 * Characters that steer whatever shows or reads a text instead of being
 * shown: C0 controls except tab and line feed (escape, bell, a lone
 * carriage return, NUL…), DEL, C1 controls (which some terminals obey like
 * ESC sequences), and the bidi embeddings, overrides and isolates that
 * reorder what is seen (U+202A–U+202E, U+2066–U+2069). One definition for
 * every output that must not carry them: the terminal, where they retitle
 * or clear the screen, and calendar files, where a lone CR starts a line.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Replaces each control character with `replacement` ('' to remove it); a
 * CRLF line break first becomes one line feed, so only a lone CR is treated
 * as a control.
 *
 * @example
 * replaceControlCharacters('Title\u001B]0;x\u0007', '\uFFFD'); // 'Title\uFFFD]0;x\uFFFD'
 * replaceControlCharacters('one\r\ntwo\rthree', ''); // 'one\ntwothree'
 */
export function replaceControlCharacters(text: string, replacement: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL_CHARACTER, replacement);
}

/** One control character found in a text. */
export interface FoundControlCharacter {
  /** Its offset in the text. */
  readonly offset: number;
  /** The character itself. */
  readonly character: string;
}

/**
 * Every control character in a text, in order: the characters
 * {@link replaceControlCharacters} replaces, a CR counting only when no LF
 * follows it. For reporting them where they are written, as `validate` does.
 *
 * @example
 * findControlCharacters('a\u0007b\r\nc'); // [{ offset: 1, character: '\u0007' }]
 */
export function findControlCharacters(text: string): FoundControlCharacter[] {
  const found: FoundControlCharacter[] = [];
  for (const match of text.matchAll(CONTROL_CHARACTER)) {
    if (match[0] === '\r' && text.charCodeAt(match.index + 1) === 10) continue;
    found.push({ offset: match.index, character: match[0] });
  }
  return found;
}
