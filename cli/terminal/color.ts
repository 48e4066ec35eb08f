/**
 * The colour rule of the whole terminal program, for the text commands
 * (deadlines, case audit, protocol show) and the Ink apps alike. Colour is
 * off when NO_COLOR is set to anything but '' (https://no-color.org), when
 * `--no-color` was given, when FORCE_COLOR is 0 or false, or when TERM is
 * dumb; otherwise it is on wherever the output can show it.
 */
import { escapeCode, styleCodeFor, type StyleCode } from './terminal-stream.js';

/** What decides whether to colour. */
export interface ColorSettings {
  /** `--no-color` was given. */
  noColor?: boolean;
  /**
   * Whether the output can show colour: for text, that stdout is a terminal;
   * for the Ink apps, that chalk found colours in it.
   */
  canShow: boolean;
}

/**
 * Whether to use colour.
 *
 * @example
 * wantsColor({ NO_COLOR: '1' }, { canShow: true }); // false
 * wantsColor({}, { noColor: true, canShow: true }); // false
 */
export function wantsColor(env: Record<string, string | undefined>, settings: ColorSettings): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (settings.noColor === true) return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.TERM === 'dumb') return false;
  return settings.canShow;
}

/** Text decorations; the identity functions when colour is off. */
export interface TerminalStyle {
  /** Whether escape codes are written. */
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
}

/**
 * Bold and dim as escape codes (or as `code` writes them), or nothing at all.
 *
 * @example
 * textStyle(false).bold('x'); // 'x'
 * textStyle(true).bold('x'); // '\u001B[1mx\u001B[22m'
 */
export function textStyle(enabled: boolean, code: StyleCode = escapeCode): TerminalStyle {
  const wrap = (open: number, close: number) => (text: string) => (enabled && text !== '' ? `${code(open)}${text}${code(close)}` : text);
  return { enabled, bold: wrap(1, 22), dim: wrap(2, 22) };
}

/**
 * The style for text written to `stream`: colour only on a terminal, and only
 * as {@link wantsColor} allows; on a sanitising stream (cli/terminal/terminal-stream.ts),
 * in the marks it turns into escape codes after sanitising the words.
 *
 * @example
 * terminalStyle({ isTTY: true }, { NO_COLOR: '1' }).bold('x'); // 'x'
 */
export function terminalStyle(stream: { isTTY?: boolean }, env: Record<string, string | undefined>, options: { noColor?: boolean } = {}): TerminalStyle {
  return textStyle(wantsColor(env, { ...options, canShow: stream.isTTY === true }), styleCodeFor(stream));
}
