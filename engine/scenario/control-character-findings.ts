/**
 * Findings for control characters in a scenario file (escape, bell, NUL, a
 * lone carriage return, C1 controls, bidi overrides): written into the text,
 * or written in the frontmatter as a YAML escape such as `"\u202E"`. Each is
 * reported where it is, so an author can delete it; the terminal strips
 * them on output anyway, but a file that carries them is not ready to share.
 */
import { findControlCharacters } from '../kernel/control-characters.js';
import { INPUT_CAPS } from '../kernel/input-caps.js';
import type { LineIndex, SourcePoint } from '../kernel/line-index.js';
import { makeFinding, type Finding } from './finding.js';

/** A frontmatter string: its text as written, its value as read, and where it starts. */
export interface WrittenString {
  readonly text: string;
  readonly value?: string;
  readonly at: SourcePoint;
}

/** Names for the control characters an author is most likely to meet. */
const NAMES: Record<string, string> = {
  '\u0000': 'NUL',
  '\u0007': 'bell',
  '\u0008': 'backspace',
  '\u000B': 'vertical tab',
  '\u000C': 'form feed',
  '\r': 'a carriage return without a line feed',
  '\u001B': 'escape',
  '\u007F': 'delete',
  '\u0085': 'next line',
  '\u009B': 'control sequence introducer',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};

/** `U+001B (escape)`, or just `U+0003` for one without a common name. */
function describe(character: string): string {
  const code = `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[character];
  return name === undefined ? code : `${code} (${name})`;
}

const HINT = 'Delete it: retype the words around it if you cannot see it. Scenario text needs only letters, spaces, tabs and line breaks; a control character would steer the terminal or page that shows it.';

/** The control characters of `value` that `text` does not hold as written: the ones its escapes made. */
function escapedControls(text: string, value: string): string[] {
  const written = new Map<string, number>();
  for (const { character } of findControlCharacters(text)) written.set(character, (written.get(character) ?? 0) + 1);
  const made: string[] = [];
  for (const { character } of findControlCharacters(value)) {
    const left = written.get(character) ?? 0;
    if (left > 0) written.set(character, left - 1);
    else made.push(character);
  }
  return made;
}

/** A numeric character reference, `&#27;` or `&#x1B;`, which Markdown turns into the character. */
const NUMERIC_REFERENCE = /&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/g;

/** Where a file's parts start: the body after the frontmatter, where Markdown decodes character references. */
export interface ScenarioLayout {
  /** The offset of the body in the file; 0 when there is no frontmatter. */
  readonly bodyStart: number;
  /** The frontmatter's strings, when it could be read. */
  readonly strings: readonly WrittenString[];
}

/**
 * One error finding per control character in `source` (the whole file), at
 * its line and column; one per numeric character reference in the body that
 * makes one (`&#x1B;`); and one per frontmatter string whose escapes make
 * one, at the string. Tab, line feed, CRLF and a byte-order mark are not
 * control characters. After `INPUT_CAPS.controlCharacterFindings` findings
 * the last one counts the rest. Linear in the file's length.
 *
 * @example
 * controlCharacterFindings('Jo \u0007listens', createLineIndex('Jo \u0007listens'), { bodyStart: 0, strings: [] }, 'a.mdx');
 * // [{ code: 'control-character', line: 1, column: 4, message: 'A control character, U+0007 (bell), is written here.', … }]
 */
export function controlCharacterFindings(source: string, lines: LineIndex, layout: ScenarioLayout, file: string): Finding[] {
  const found: { at: SourcePoint; message: string }[] = [];
  for (const { offset, character } of findControlCharacters(source)) {
    found.push({ at: lines.pointAt(offset), message: `A control character, ${describe(character)}, is written here.` });
  }
  NUMERIC_REFERENCE.lastIndex = layout.bodyStart;
  for (let match = NUMERIC_REFERENCE.exec(source); match !== null; match = NUMERIC_REFERENCE.exec(source)) {
    const code = match[1] !== undefined ? Number.parseInt(match[1], 10) : Number.parseInt(match[2]!, 16);
    // Markdown turns a reference to NUL or past Unicode into U+FFFD, which is harmless.
    if (code === 0 || code > 0x10ffff) continue;
    const character = String.fromCodePoint(code);
    if (findControlCharacters(character).length === 0) continue;
    found.push({ at: lines.pointAt(match.index), message: `The character reference ${match[0]} makes a control character, ${describe(character)}.` });
  }
  const strings = layout.strings;
  for (const { text, value, at } of strings) {
    if (value === undefined) continue;
    const made = escapedControls(text, value);
    if (made.length === 0) continue;
    const which = made.length === 1 ? `a control character, ${describe(made[0]!)}` : `${made.length} control characters, the first ${describe(made[0]!)}`;
    found.push({ at, message: `This text's escapes make ${which}.` });
  }
  found.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  const cap = INPUT_CAPS.controlCharacterFindings;
  const shown = found.slice(0, cap);
  return shown.map(({ at, message }, index) => {
    const rest = index === cap - 1 ? found.length - cap : 0;
    const more = rest > 0 ? ` There ${rest === 1 ? 'is 1 more' : `are ${rest.toLocaleString('en-GB')} more`} after this one.` : '';
    return makeFinding('error', 'control-character', `${message}${more}`, HINT, file, at);
  });
}
