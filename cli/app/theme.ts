/**
 * How the terminal app looks: colours when the terminal has them, and the
 * markers that carry the same meaning without colour ("▶", "[x]", "MISSED"),
 * so nothing is conveyed by colour alone.
 */

/** Colours and markers used by every screen. */
export interface Theme {
  /** Whether colour is on, as `wantsColor` (cli/terminal/color.ts) decided. */
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
