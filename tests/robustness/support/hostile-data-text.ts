/**
 * Hostile texts that any YAML-or-JSON data reader (a protocol, a GOV.UK
 * holiday feed, a closures file) must survive: empty and blank files,
 * byte-order marks, binary, NULs and escape sequences, files past the size
 * cap, nesting far past the depth cap, alias bombs, repeated keys, the
 * wrong kind of value at the top, and the oddities of YAML itself (tags,
 * several documents, hexadecimal numbers, `.nan`). Each reader's corpus
 * adds inputs of its own to these.
 */

/** More UTF-8 bytes than any data reader accepts (the cap is 1 MiB). */
const PAST_THE_CAP = 1024 * 1024 + 10;

/** Every byte value once, read as UTF-8 the way a file reader would. */
const EVERY_BYTE = Buffer.from(Array.from({ length: 256 }, (_, index) => index)).toString('utf8');

/** The start of a PNG image, as text. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00]).toString('utf8');

/** An alias bomb: each level refers to the one before ten times. */
const ALIAS_BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [${Array(10).fill(`*${String.fromCharCode(97 + index)}`).join(',')}]`)].join('\n');

/** Escape sequences that would steer a terminal, a bidi override, a lone CR and a DEL. */
export const STEERING_TEXT = '\u001B]0;PWNED\u0007\u001B[2J\u009B2J\u202Eevil\r\u007F';

/** `text` as a YAML/JSON double-quoted string, its control characters escaped. */
export function quoted(text: string): string {
  return JSON.stringify(text);
}

/**
 * The inputs every data reader is given, by name. `valid` is a good file of
 * the reader's own, used where an input spoils a real file.
 *
 * @example
 * for (const [name, text] of Object.entries(commonHostileTexts(template))) check(name, text);
 */
export function commonHostileTexts(valid: string): Record<string, string> {
  const lines = valid.split('\n');
  return {
    'an empty file': '',
    'only blanks and line breaks': ' \n\t\n\r\n   ',
    'only a byte-order mark': '\uFEFF',
    'a good file after a byte-order mark': `\uFEFF${valid}`,
    'NUL bytes': '\u0000\u0000\u0000',
    'a good file with a NUL in the middle': `${valid.slice(0, Math.floor(valid.length / 2))}\u0000${valid.slice(Math.floor(valid.length / 2))}`,
    'every byte value, as UTF-8': EVERY_BYTE,
    'a PNG header': PNG,
    'lone surrogates': '"\uD800\uDFFF\uDC00"',
    'a file past the size cap': 'x'.repeat(PAST_THE_CAP),
    'a good file padded past the size cap with a comment': `${valid}\n# ${'x'.repeat(PAST_THE_CAP)}\n`,
    'a file past the size cap in multi-byte characters': `# ${'é'.repeat(PAST_THE_CAP / 2)}`,
    'flow lists nested 3,000 deep': `${'['.repeat(3000)}${']'.repeat(3000)}`,
    'flow maps nested 3,000 deep': `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
    'block lists nested 3,000 deep': `${'- '.repeat(3000)}x\n`,
    'block maps indented 1,000 deep': Array.from({ length: 1000 }, (_, index) => `${' '.repeat(index)}k${index}:`).join('\n'),
    'an unclosed flow list 3,000 deep': '['.repeat(3000),
    'an alias bomb': ALIAS_BOMB,
    'a repeated key at the top': `${lines[0] === '{' ? '{"a": 1, "a": 2}' : 'a: 1\na: 2'}\n`,
    'a good file with its second line repeated': [lines[0], lines[1], ...lines.slice(1)].join('\n'),
    'a plain string at the top': 'just some words\n',
    'a number at the top': '42\n',
    'a hexadecimal number at the top': '0x10\n',
    'null at the top': 'null\n',
    'true at the top': 'true\n',
    'not-a-number and infinity': '[.nan, .inf, -.inf]\n',
    'an unterminated string': '"never closed\n',
    'JSON with a trailing comma': '{"a": [1, 2,],}\n',
    'YAML tags for code and binary': 'a: !!js/function "function () { return 1 }"\nb: !!binary aGVsbG8=\nc: !custom x\n',
    'two YAML documents': '---\na: 1\n---\nb: 2\n',
    'a YAML directive only': '%YAML 1.2\n---\n',
    'a __proto__ key and a constructor key': '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}\n',
    'a good file with CRLF line endings': valid.replace(/\n/g, '\r\n'),
    'a good file with lone CR line endings': valid.replace(/\n/g, '\r'),
    'a good file with Unicode line separators': valid.replace(/\n/g, '\u2028'),
    'a good file with tab indentation': valid.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2)),
    'a good file cut in half': valid.slice(0, Math.floor(valid.length / 2)),
    'a 500,000-character line within the cap': `${quoted('y'.repeat(500_000))}\n`,
    'escape sequences as the whole file': STEERING_TEXT,
  };
}
