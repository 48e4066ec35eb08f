/**
 * Bold and dim for the terminal, or nothing at all: colour only when stdout
 * is a terminal and NO_COLOR is unset or empty (https://no-color.org).
 */

/** Text decorations; the identity functions when colour is off. */
export interface TerminalStyle {
  /** Whether escape codes are written. */
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
}

/**
 * Chooses the style for a stream and environment.
 *
 * @example
 * terminalStyle({ isTTY: true }, { NO_COLOR: '1' }).bold('x'); // 'x'
 */
export function terminalStyle(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
): TerminalStyle {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const enabled = stream.isTTY === true && !noColor;
  const wrap = (open: string, close: string) => (text: string) => (enabled && text !== '' ? `\u001B[${open}m${text}\u001B[${close}m` : text);
  return { enabled, bold: wrap('1', '22'), dim: wrap('2', '22') };
}
