/**
 * The text commands' way to the terminal: `processIO` wraps stdout and
 * stderr in {@link sanitisingStream}, so every string a command writes is
 * sanitised (`sanitiseTerminalText`) there, whichever command or file it
 * came from.
 *
 * The program's own bold and dim must still reach the terminal, but a
 * stream sees only finished strings, where its codes and codes in a
 * scenario's words look alike. So `terminalStyle`, given one of these
 * streams, writes them as marks only that stream knows (a random token
 * drawn when the stream is made, which no file can contain), and the
 * stream turns the marks into escape codes after sanitising: the words are
 * sanitised, the styling is not.
 *
 * Ink draws its own cursor movements and colours, so the full-screen apps
 * render to the {@link rawStream} behind it and sanitise their words in
 * `Text` instead.
 */
import { randomBytes } from 'node:crypto';
import { sanitiseTerminalText } from './sanitise-terminal-text.js';

/** Writes an SGR code (1 bold, 2 dim, 22 normal) as the stream will show it. */
export type StyleCode = (code: number) => string;

/** An SGR escape sequence, as written straight to a terminal. */
export const escapeCode: StyleCode = (code) => `\u001B[${code}m`;

// Registered symbols: the stream is made in dist/cli.js and unwrapped in a
// command's own bundle (cli/tools/bundle-apart.mjs), each with its own copy
// of this module, so a symbol made here would differ between the two.
const RAW = Symbol.for('common-ground.terminal-stream.raw');
const STYLE_CODE = Symbol.for('common-ground.terminal-stream.style-code');

type Sanitising = { [RAW]: NodeJS.WritableStream; [STYLE_CODE]: StyleCode };

function isSanitising(stream: object): stream is Sanitising {
  return RAW in stream;
}

/**
 * `stream`, with every string or buffer written to it sanitised and its own
 * style marks turned into escape codes; everything else (isTTY, columns,
 * events) is the stream's own.
 *
 * @example
 * const stdout = sanitisingStream(process.stdout);
 * stdout.write('Closing \u001B]0;PWNED\u0007'); // prints 'Closing �]0;PWNED�'
 */
export function sanitisingStream<S extends NodeJS.WritableStream>(stream: S): S {
  const token = `\uE000${randomBytes(12).toString('hex')}\uE001`;
  const mark: StyleCode = (code) => `${token}${code}m`;
  const marks = new RegExp(`${token}(\\d+)m`, 'g');
  const write = (chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : String(chunk);
    // A buffer was decoded above, so what follows the chunk is a callback, not an encoding.
    const after = typeof chunk === 'string' ? rest : rest.filter((argument) => typeof argument === 'function');
    return (stream.write as (...args: unknown[]) => boolean)(sanitiseTerminalText(text).replace(marks, (_, code: string) => escapeCode(Number(code))), ...after);
  };
  return new Proxy(stream, {
    get(target, property) {
      if (property === 'write') return write;
      if (property === RAW) return target;
      if (property === STYLE_CODE) return mark;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    has(target, property) {
      return property === RAW || property === STYLE_CODE || Reflect.has(target, property);
    },
  });
}

/**
 * The stream a sanitising stream writes to (or `stream` itself), for Ink,
 * which writes its own escape codes.
 *
 * @example
 * render(app, { stdout: rawStream(io.stdout) });
 */
export function rawStream<S extends NodeJS.WritableStream>(stream: S): S {
  return isSanitising(stream) ? (stream[RAW] as S) : stream;
}

/**
 * How bold and dim must be written to `stream` to survive it: as its marks
 * for a sanitising stream, as escape codes for any other.
 *
 * @example
 * styleCodeFor(process.stdout)(1); // '\u001B[1m'
 */
export function styleCodeFor(stream: object): StyleCode {
  return isSanitising(stream) ? stream[STYLE_CODE] : escapeCode;
}
