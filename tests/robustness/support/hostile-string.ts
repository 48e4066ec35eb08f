/**
 * Strings built to get past an output sanitiser: any Unicode text, mixed
 * with the pieces attacks are made of (escape sequences in 7-bit and C1
 * form, bidi overrides, carriage returns and NULs, HTML tags, comments and
 * autolinks, Markdown links, images and definitions, script schemes spelt
 * with entities, escapes or odd case), so fast-check tries their
 * combinations rather than waiting to find them by chance.
 */
import fc from 'fast-check';

const PIECES = [
  '\u001B', '\u001B[2J', '\u001B]0;PWNED\u0007', '\u001B]8;;https://x\u001B\\', '\u001BP', '\u009B', '\u009D', '\u009C', '\u0007', '\u0000', '\u007F', '\r', '\r\n', '\n', '\t', ' ',
  '\u202A', '\u202E', '\u2066', '\u2069', '\u200F',
  '<', '>', '<script>', '</script>', '<img src=x onerror=alert(1)>', '<!--', '-->', '<?', '<![CDATA[', '<div>', '<a href="javascript:x">',
  '[', ']', '](', ']:', '![', '(', ')', '"', "'", '`', '*', '_', '#', '|', '~', '!', '\\', '&', ';', '&#58;', '&colon;', '&#x6A;', '&lt;',
  'javascript:', 'JavaScript:', 'java\tscript:', 'data:text/html,', 'vbscript:', 'xmpp:', 'XMPP:', 'file:', 'guidance:stage-1', 'alert(1)',
  'http://', 'https://', 'mailto:', '//', '/', '#', 'www.example.org', 'jo@example.org', 'example.org',
];

/**
 * An arbitrary string, often hostile.
 *
 * @example
 * fc.assert(fc.property(hostileString(), (text) => !/\u001B/.test(sanitise(text))));
 */
export function hostileString(): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) });
  return fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
}
