/**
 * The solo player's key tables, one per screen: what each key does and the
 * hint its footer shows. `useSoloKeys` dispatches through them, the footer
 * and the help panel list them.
 */
import type { Dispatch } from 'react';
import { closeHelpRow, DIGIT_KEYS, HELP_ROW, QUIT_ROW, type KeyRow } from '../key-table.js';
import type { SoloAction, SoloState } from './solo-state.js';

/** What the keys can ask of the shell. */
export interface SoloKeyCallbacks {
  /** Open the highlighted start-menu entry of `state`; returns the action that shows it. */
  openMenuEntry: (state: SoloState) => SoloAction | null;
  /** Write the debrief of `state` to a Markdown file; returns the action that says where. */
  exportDebrief: (state: SoloState) => SoloAction | null;
  /** Do what `state.confirm` asked about (archive, delete, play again); returns the action that shows it. */
  confirm: (state: SoloState) => SoloAction | null;
  /** Leave the app. */
  exit: () => void;
  /** Wall-clock now, ISO, recorded on moves. */
  now: () => string;
}

/** What a key acts on: the state it was pressed in, the dispatch, the shell, and the page for scrolling. */
export interface SoloKeyContext {
  state: SoloState;
  dispatch: Dispatch<SoloAction>;
  callbacks: SoloKeyCallbacks;
  page: { size: number; max: number };
}

type Row = KeyRow<SoloKeyContext>;

const withAction = (dispatch: Dispatch<SoloAction>, action: SoloAction | null) => {
  if (action) dispatch(action);
};

const MENU_MOVE: Row = { keys: ['↑', '↓'], label: '↑↓', does: 'move', run: ({ dispatch }, key) => dispatch({ type: 'menu.move', by: key === '↑' ? -1 : 1 }) };
const OPEN: Row = { keys: ['Enter'], label: 'Enter', does: 'open', run: ({ state, dispatch, callbacks }) => withAction(dispatch, callbacks.openMenuEntry(state)) };
const CURSOR_MOVE: Row = { keys: ['↑', '↓'], label: '↑↓', does: 'move', run: ({ dispatch }, key) => dispatch({ type: 'cursor.move', by: key === '↑' ? -1 : 1 }) };
const CHOOSE: Row = {
  keys: ['Enter', ...DIGIT_KEYS],
  label: 'Enter/1-9',
  does: 'choose',
  run: ({ dispatch, callbacks }, key) =>
    dispatch(key === 'Enter' ? { type: 'activate', recordedAt: callbacks.now() } : { type: 'choose.number', number: Number(key), recordedAt: callbacks.now() }),
};
/** j and k move a line, PgUp and PgDn (or space) a page. */
const SCROLL: Row = {
  keys: ['j', 'k', 'PgUp', 'PgDn'],
  aliases: [' '],
  label: 'j/k PgUp/PgDn',
  does: 'scroll',
  run: ({ dispatch, page }, key) => dispatch({ type: 'scroll', by: key === 'j' ? 1 : key === 'k' ? -1 : key === 'PgUp' ? -page.size : page.size, max: page.max }),
};
const BACK: Row = { keys: ['b'], label: 'b', does: 'back', run: ({ dispatch }) => dispatch({ type: 'back' }) };
const TO_MENU: Row = { keys: ['m'], label: 'm', does: 'menu', run: ({ dispatch }) => dispatch({ type: 'menu' }) };
const CONTINUE: Row = { keys: ['Enter'], label: 'Enter', does: 'continue', run: ({ dispatch }) => dispatch({ type: 'feedback.done' }) };
const TAKE_BACK: Row = { ...BACK, does: 'take it back' };
const EXPORT: Row = { keys: ['e'], label: 'e', does: 'export Markdown', run: ({ state, dispatch, callbacks }) => withAction(dispatch, callbacks.exportDebrief(state)) };
/** `r` on a finished session asks first: playing again starts a new file and keeps the finished one. */
const PLAY_AGAIN: Row = { keys: ['r'], label: 'r', does: 'play again', run: ({ dispatch }) => dispatch({ type: 'confirm', confirm: { kind: 'play-again' } }) };

/** The saved session or workshop highlighted on the start menu, if that is what is highlighted. */
function highlightedSaved(state: SoloState) {
  const entry = state.menu[state.menuCursor];
  return entry?.kind === 'saved' ? entry.saved : undefined;
}
const ARCHIVE: Row = {
  keys: ['a'],
  label: 'a',
  does: 'archive',
  run: ({ state, dispatch }) => {
    const saved = highlightedSaved(state);
    if (saved) dispatch({ type: 'confirm', confirm: { kind: 'archive', saved } });
  },
};
const DELETE: Row = {
  keys: ['d'],
  label: 'd',
  does: 'delete',
  run: ({ state, dispatch }) => {
    const saved = highlightedSaved(state);
    if (saved) dispatch({ type: 'confirm', confirm: { kind: 'delete', saved } });
  },
};

/** While a reflection is typed: every other key goes to the text field. */
const EDITING_KEYS: readonly Row[] = [
  { keys: ['Enter'], label: 'Enter', does: 'save', run: ({ dispatch, callbacks }) => dispatch({ type: 'edit.save', recordedAt: callbacks.now() }) },
  { keys: ['Esc'], label: 'Esc', does: 'cancel', run: ({ dispatch }) => dispatch({ type: 'edit.cancel' }) },
];
const HELP_KEYS: readonly Row[] = [closeHelpRow(['Enter', 'q'])];
const QUIT_KEYS: readonly Row[] = [
  { keys: ['y'], aliases: ['Y'], label: 'y', does: 'quit', run: ({ callbacks }) => callbacks.exit() },
  { keys: ['n', 'Esc'], aliases: ['N', 'q'], label: 'n/Esc', does: 'stay', run: ({ dispatch }) => dispatch({ type: 'overlay', overlay: null }) },
];
/** What `y` does in each question, as the footer says it. */
const CONFIRM_WORDS: Record<NonNullable<SoloState['confirm']>['kind'], string> = { archive: 'archive it', delete: 'delete it', 'play-again': 'start again' };
function confirmKeys(kind: NonNullable<SoloState['confirm']>['kind']): readonly Row[] {
  return [
    { keys: ['y'], aliases: ['Y'], label: 'y', does: CONFIRM_WORDS[kind], run: ({ state, dispatch, callbacks }) => withAction(dispatch, callbacks.confirm(state)) },
    { keys: ['n', 'Esc'], aliases: ['N', 'q'], label: 'n/Esc', does: 'no', run: ({ dispatch }) => dispatch({ type: 'confirm', confirm: null }) },
  ];
}
const SCREEN_KEYS: Record<SoloState['screen'], readonly Row[]> = {
  menu: [MENU_MOVE, OPEN, HELP_ROW, QUIT_ROW],
  scene: [CURSOR_MOVE, CHOOSE, SCROLL, BACK, TO_MENU, HELP_ROW, QUIT_ROW],
  feedback: [CONTINUE, SCROLL, TAKE_BACK, HELP_ROW, QUIT_ROW],
  debrief: [SCROLL, EXPORT, BACK, PLAY_AGAIN, TO_MENU, HELP_ROW, QUIT_ROW],
};

/** Every key of the app, for the help panel. */
export const SOLO_HELP_KEYS: readonly Row[] = [MENU_MOVE, OPEN, ARCHIVE, DELETE, CHOOSE, SCROLL, BACK, TO_MENU, EXPORT, PLAY_AGAIN, HELP_ROW, QUIT_ROW];

/**
 * The keys of the screen `state` shows: the text field, an overlay, a
 * question, or the screen itself (on the start menu, archive and delete
 * while a saved session is highlighted).
 *
 * @example
 * soloKeys({ ...state, overlay: 'help' }).map((row) => row.label); // ['?/Esc']
 */
export function soloKeys(state: SoloState): readonly Row[] {
  if (state.editing) return EDITING_KEYS;
  if (state.overlay === 'help') return HELP_KEYS;
  if (state.overlay === 'quit') return QUIT_KEYS;
  if (state.confirm) return confirmKeys(state.confirm.kind);
  if (state.screen === 'menu' && highlightedSaved(state)) return [MENU_MOVE, OPEN, ARCHIVE, DELETE, HELP_ROW, QUIT_ROW];
  return SCREEN_KEYS[state.screen];
}
