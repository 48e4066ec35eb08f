/**
 * One key table per screen: each row names its keys, the hint the footer
 * shows and what the keys do. A screen's key hook dispatches through its
 * table and its footer lists the same rows, so the two cannot drift apart.
 */
import type { Key } from 'ink';

/**
 * A key as the tables name it: a printable character (`q`, `?`, `1`, ` `) or
 * one of `Enter`, `Esc`, `↑`, `↓`, `PgUp`, `PgDn`, `Backspace`.
 */
export type KeyName = string;

/** One row of a screen's key table. */
export interface KeyRow<C> {
  /** The keys, each named in {@link KeyRow.label}. */
  keys: readonly KeyName[];
  /** Keys that do the same and go unnamed: `Y` beside `y`, `=` beside `+`, space beside PgDn. */
  aliases?: readonly KeyName[];
  /** How the footer writes the keys: `↑↓`, `j/k PgUp/PgDn`. */
  label: string;
  /** What they do, as the footer says it. */
  does: string;
  /** Does it; `key` is the one pressed, so one row can serve ↑ and ↓. */
  run: (context: C, key: KeyName) => void;
}

/** What the footer and the help panel show of a row. */
export type KeyHint = Pick<KeyRow<never>, 'label' | 'does'>;

/** The digit keys, for a row that takes a number (written `1-9`). */
export const DIGIT_KEYS: readonly KeyName[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * The name of a key press, or null for one no table can name (several
 * characters at once, Tab, the side arrows). Modifiers are ignored, as they
 * always were: Alt-q is q.
 *
 * @example
 * useInput((input, key) => keyName(input, key)); // 'Enter' for the Enter key, 'q' for q
 */
export function keyName(input: string, key: Key): KeyName | null {
  if (key.return) return 'Enter';
  if (key.escape) return 'Esc';
  if (key.upArrow) return '↑';
  if (key.downArrow) return '↓';
  if (key.pageUp) return 'PgUp';
  if (key.pageDown) return 'PgDn';
  // Ink reports the Backspace key of most terminals (DEL) as `delete`: https://github.com/vadimdemedes/ink/issues/634
  if (key.backspace || key.delete) return 'Backspace';
  return input.length === 1 ? input : null;
}

/**
 * Runs the row of `rows` that takes this key press; false when none does.
 *
 * @example
 * if (!dispatchKey(sceneKeys, context, input, key)) typeInto(field, input);
 */
export function dispatchKey<C>(rows: readonly KeyRow<C>[], context: C, input: string, key: Key): boolean {
  const name = keyName(input, key);
  const row = name === null ? undefined : rows.find((entry) => entry.keys.includes(name) || entry.aliases?.includes(name) === true);
  if (row === undefined || name === null) return false;
  row.run(context, name);
  return true;
}

/** What the help and quit rows need: a dispatch that opens an overlay. */
interface OverlayContext {
  dispatch: (action: { type: 'overlay'; overlay: 'help' | 'quit' | null }) => void;
}

/** `?` opens the help, on every screen of both apps. */
export const HELP_ROW: KeyRow<OverlayContext> = { keys: ['?'], label: '?', does: 'help', run: ({ dispatch }) => dispatch({ type: 'overlay', overlay: 'help' }) };

/** `q` asks before quitting, on every screen of both apps. */
export const QUIT_ROW: KeyRow<OverlayContext> = { keys: ['q'], label: 'q', does: 'quit', run: ({ dispatch }) => dispatch({ type: 'overlay', overlay: 'quit' }) };

/** Closes the help overlay; `aliases` are the other keys that close it. */
export function closeHelpRow(aliases: readonly KeyName[]): KeyRow<OverlayContext> {
  return { keys: ['?', 'Esc'], aliases, label: '?/Esc', does: 'close help', run: ({ dispatch }) => dispatch({ type: 'overlay', overlay: null }) };
}
