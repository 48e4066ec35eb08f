/**
 * How the terminal app looks: colours when the terminal has them, and the
 * markers that carry the same meaning without colour ("▶", "[x]", "MISSED"),
 * so nothing is conveyed by colour alone.
 */

/** Colours and markers used by every screen. */
export interface Theme {
  /** False under NO_COLOR, --no-color, FORCE_COLOR=0 or a terminal without colour. */
  color: boolean;
  /** Ink colour names, or undefined when colour is off. */
  accent: string | undefined;
  good: string | undefined;
  bad: string | undefined;
  warn: string | undefined;
  muted: string | undefined;
  /** Marks the highlighted list item. */
  pointer: string;
  /** Marks a met deadline / a shown principle. */
  met: string;
  /** Marks a missed deadline / a missed principle. */
  missed: string;
}

/**
 * The theme for a terminal with or without colour.
 * @example
 * createTheme(false).accent; // undefined
 */
export function createTheme(color: boolean): Theme {
  return {
    color,
    accent: color ? 'cyan' : undefined,
    good: color ? 'green' : undefined,
    bad: color ? 'red' : undefined,
    warn: color ? 'yellow' : undefined,
    muted: color ? 'gray' : undefined,
    pointer: '▶',
    met: '[x]',
    missed: 'MISSED',
  };
}

/**
 * Whether to use colour: off when NO_COLOR is set (any non-empty value),
 * `--no-color` was given, FORCE_COLOR is 0, or the output is not a
 * colour terminal (`colorLevel` 0, Ink's chalk level).
 * @example
 * wantsColor({ NO_COLOR: '1' }, [], 3); // false
 */
export function wantsColor(env: Record<string, string | undefined>, argv: readonly string[], colorLevel: number): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (argv.includes('--no-color')) return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.TERM === 'dumb') return false;
  return colorLevel > 0;
}
