/**
 * The one rule for words shown in the terminal: every character that would
 * steer it instead of being shown (an escape that retitles the window or
 * clears the screen, a C1 control, a bell, a lone carriage return that
 * overwrites the line, a bidi override that reorders it) is shown as
 * U+FFFD instead, so the words around it, and that something was there,
 * stay visible. Applied to content before any styling: the program's own
 * escape codes are added afterwards (by `textStyle`, chalk or Ink).
 *
 * Everything written goes through it in one of two places: the text
 * commands' streams (`sanitisingStream`, in `processIO`) and the Ink
 * app's `Text` (cli/app/components/Text.tsx).
 */
import { replaceControlCharacters } from '../../engine/runtime.js';

/**
 * Content made safe to print.
 *
 * @example
 * sanitiseTerminalText('Closing \u001B]0;PWNED\u0007 soon'); // 'Closing \uFFFD]0;PWNED\uFFFD soon'
 */
export function sanitiseTerminalText(text: string): string {
  return replaceControlCharacters(text, '\uFFFD');
}
