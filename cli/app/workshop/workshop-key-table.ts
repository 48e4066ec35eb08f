/**
 * The workshop's key tables, one per screen. `useWorkshopKeys` dispatches
 * through them, and the footer and the help list them, so the three cannot
 * drift apart.
 *
 * Keys that are safe in front of a room: a presenter's clicker sends PgDn,
 * PgUp, `b` and `.`, so those only page and blank the screen. Nothing that
 * discards votes happens on one key: `u` (step back), Enter on a discussion
 * with time left, and `q` ask first. Pausing the timer is its own key (`p`).
 */
import type { Dispatch } from 'react';
import { voteStatus } from '../../../engine/index.js';
import { DIGIT_KEYS, type KeyName, type KeyRow } from '../key-table.js';
import { focusCycle, isIndependent, screenOf, type WorkshopUiAction, type WorkshopUiState } from './workshop-state.js';

/** What the keys ask of the shell. */
export interface WorkshopKeyCallbacks {
  /** Writes the record (Markdown and HTML) and says where. */
  exportRecord: () => void;
  /** Leaves the app (after the quit question). */
  exit: () => void;
  /** The body's page: its height in rows and the furthest it can scroll. */
  page: () => { height: number; max: number };
  /** Read-only viewing: reads the workshop again from its file. */
  reload?: () => void;
}

/** What a key acts on. */
export interface WorkshopKeyContext {
  dispatch: Dispatch<WorkshopUiAction>;
  callbacks: WorkshopKeyCallbacks;
}

type Row = KeyRow<WorkshopKeyContext>;

const scroll = ({ dispatch, callbacks }: WorkshopKeyContext, key: KeyName) => {
  const { height, max } = callbacks.page();
  const page = Math.max(1, height - 1);
  const by = key === 'PgUp' ? -page : key === '↑' ? -1 : key === '↓' ? 1 : page;
  dispatch({ type: 'scroll', by, max });
};

const SCROLL: Row = { keys: ['PgDn', 'PgUp', '↑', '↓'], aliases: [' '], label: 'PgDn/PgUp/↑↓', does: 'scroll', run: scroll };
const BLANK: Row = { keys: ['b'], aliases: ['.'], label: 'b', does: 'blank', run: ({ dispatch }) => dispatch({ type: 'blank' }) };
const UNBLANK: Row = { keys: ['b'], aliases: ['.'], label: 'b', does: 'show the screen', run: ({ dispatch }) => dispatch({ type: 'blank' }) };
const NOTE: Row = { keys: ['n'], label: 'n', does: 'note', run: ({ dispatch }) => dispatch({ type: 'note.open' }) };
const TABLES: Row = { keys: ['t'], label: 't', does: 'tables', run: ({ dispatch }) => dispatch({ type: 'tables.open' }) };
const DEBRIEF: Row = { keys: ['d'], label: 'd', does: 'debrief', run: ({ dispatch }) => dispatch({ type: 'debrief' }) };
const EXPORT: Row = { keys: ['e'], label: 'e', does: 'export', run: ({ callbacks }) => callbacks.exportRecord() };
const BACK: Row = { keys: ['u'], label: 'u', does: 'step back', run: ({ dispatch }) => dispatch({ type: 'step-back' }) };
const HELP: Row = { keys: ['?'], label: '?', does: 'help', run: ({ dispatch }) => dispatch({ type: 'overlay', overlay: { kind: 'help' } }) };
const QUIT: Row = { keys: ['q'], label: 'q', does: 'quit', run: ({ dispatch }) => dispatch({ type: 'overlay', overlay: { kind: 'quit' } }) };
const RETRY: Row = { keys: ['w'], label: 'w', does: 'save again', run: ({ dispatch }) => dispatch({ type: 'save.retry' }) };
const RELOAD: Row = { keys: ['r'], label: 'r', does: 'reload', run: ({ callbacks }) => callbacks.reload?.() };
const OVERVIEW: Row = { keys: ['Esc'], label: 'Esc', does: 'all tables', run: ({ dispatch }) => dispatch({ type: 'overview' }) };

const goOn = (does: string): Row => ({ keys: ['Enter'], label: 'Enter', does, run: ({ dispatch }) => dispatch({ type: 'go-on' }) });
const TIMER: Row = { keys: ['p'], label: 'p', does: 'start/pause', run: ({ dispatch }) => dispatch({ type: 'timer', action: { type: 'toggle' } }) };
const MINUTES: Row = {
  keys: ['+', '-'],
  aliases: ['='],
  label: '+/-',
  does: 'minutes',
  run: ({ dispatch }, key) => dispatch({ type: 'timer', action: { type: 'adjust', minutes: key === '-' ? -1 : 1 } }),
};
const VOTE: Row = { keys: DIGIT_KEYS, label: '1-9', does: 'vote', run: ({ dispatch }, key) => dispatch({ type: 'number', number: Number(key) }) };
const PICK: Row = { keys: DIGIT_KEYS, label: '1-9', does: "trainer's pick", run: ({ dispatch }, key) => dispatch({ type: 'number', number: Number(key) }) };
const UNVOTE: Row = { keys: ['Backspace'], label: 'Backspace', does: 'undo vote', run: ({ dispatch }) => dispatch({ type: 'uncast' }) };
const OTHERS: Row = { keys: ['o'], label: 'o', does: 'other choices', run: ({ dispatch }) => dispatch({ type: 'others' }) };
const PICK_TABLE: Row = {
  keys: ['↑', '↓'],
  label: '↑↓',
  does: 'choose table',
  run: ({ dispatch }, key) => dispatch({ type: 'cursor', by: key === '↑' ? -1 : 1 }),
};
const OPEN_TABLE: Row = { keys: ['Enter'], label: 'Enter', does: "open table's screen", run: ({ dispatch }) => dispatch({ type: 'open-cursor' }) };

const close = (does: string, keys: readonly KeyName[] = ['Esc']): Row => ({ keys, label: keys.join('/'), does, run: ({ dispatch }) => dispatch({ type: 'overlay', overlay: null }) });
const HELP_KEYS: readonly Row[] = [close('close help', ['?', 'Esc']), SCROLL];
const QUIT_KEYS: readonly Row[] = [
  { keys: ['y'], aliases: ['Y'], label: 'y', does: 'quit', run: ({ callbacks }) => callbacks.exit() },
  { keys: ['n', 'Esc'], aliases: ['N', 'q'], label: 'n/Esc', does: 'keep going', run: ({ dispatch }) => dispatch({ type: 'overlay', overlay: null }) },
];
const CONFIRM_KEYS: readonly Row[] = [
  { keys: ['y'], aliases: ['Y'], label: 'y', does: 'yes', run: ({ dispatch }) => dispatch({ type: 'confirm' }) },
  { keys: ['n', 'Esc'], aliases: ['N'], label: 'n/Esc', does: 'no', run: ({ dispatch }) => dispatch({ type: 'overlay', overlay: null }) },
];
const NOTE_KEYS: readonly Row[] = [{ keys: ['Enter', 'Esc'], label: 'Enter/Esc', does: 'done (saved as you type)', run: ({ dispatch }) => dispatch({ type: 'note.close' }) }];
const TABLES_KEYS: readonly Row[] = [
  { keys: ['↑', '↓'], label: '↑↓', does: 'choose', run: ({ dispatch }, key) => dispatch({ type: 'tables.move', by: key === '↑' ? -1 : 1 }) },
  { keys: ['Enter'], label: 'Enter', does: 'rename', run: ({ dispatch }) => dispatch({ type: 'rename.open' }) },
  close('close', ['Esc', 't']),
];
const RENAME_KEYS: readonly Row[] = [
  { keys: ['Enter'], label: 'Enter', does: 'save name', run: ({ dispatch }) => dispatch({ type: 'rename.save' }) },
  { keys: ['Esc'], label: 'Esc', does: 'cancel', run: ({ dispatch }) => dispatch({ type: 'tables.open' }) },
];

const JOIN: Row = { keys: ['j'], label: 'j', does: 'phones', run: ({ dispatch }) => dispatch({ type: 'join.toggle' }) };
const JOIN_KEYS: readonly Row[] = [
  { keys: ['↑', '↓'], label: '↑↓', does: 'choose table', run: ({ dispatch }, key) => dispatch({ type: 'join.move', by: key === '↑' ? -1 : 1 }) },
  { keys: ['x'], label: 'x', does: 'free its seat', run: ({ dispatch }) => dispatch({ type: 'join.free' }) },
  { keys: ['j', 'Esc'], aliases: ['Enter'], label: 'j/Esc', does: 'back to the room', run: ({ dispatch }) => dispatch({ type: 'join.toggle' }) },
];

/** Keys every main screen shares, after its own. */
const COMMON: readonly Row[] = [SCROLL, NOTE, TABLES, DEBRIEF, EXPORT, BLANK, HELP, QUIT];

/** The keys of every screen, for the help panel, screen by screen. */
export const WORKSHOP_HELP_KEYS: ReadonlyArray<{ screen: string; rows: readonly Row[] }> = [
  { screen: 'Read', rows: [goOn('discuss (or: the story moves on)'), SCROLL, BACK] },
  { screen: 'Discuss', rows: [TIMER, MINUTES, goOn('end the discussion and vote (asks first if time is left)'), BACK] },
  { screen: 'Vote', rows: [VOTE, UNVOTE, PICK, goOn('reveal'), BACK] },
  { screen: 'Reveal', rows: [OTHERS, goOn('next decision'), BACK] },
  { screen: 'All tables (independent mode)', rows: [PICK_TABLE, OPEN_TABLE, OVERVIEW] },
  { screen: 'Any time', rows: [NOTE, TABLES, DEBRIEF, EXPORT, BLANK, RETRY, RELOAD, HELP, QUIT] },
  { screen: 'Served to phones (--serve)', rows: [JOIN, ...JOIN_KEYS] },
];

/** Options of {@link workshopKeys}. */
export interface WorkshopKeysOptions {
  /** The latest save failed, so `w` tries again. */
  unsaved?: boolean;
  /** Read-only viewing can read the workshop again (`r`). */
  reload?: boolean;
  /** Served to phones: `j` shows the join screen. */
  serving?: boolean;
}

/**
 * The keys of what `state` shows.
 * @example
 * workshopKeys(state).map((row) => row.label); // ['Enter', 'u', 'PgDn/PgUp/↑↓', …]
 */
export function workshopKeys(state: WorkshopUiState, options: WorkshopKeysOptions = {}): readonly Row[] {
  const retry = options.unsaved && state.readOnly === null ? [RETRY] : state.readOnly !== null && options.reload ? [RELOAD] : [];
  const table = isIndependent(state) ? [OVERVIEW] : [];
  const join = options.serving ? [JOIN] : [];
  const COMMON_NOW = [...join, ...COMMON];
  const screen = screenOf(state);
  switch (screen) {
    case 'blank':
      return [UNBLANK];
    case 'help':
      return HELP_KEYS;
    case 'quit':
      return QUIT_KEYS;
    case 'confirm':
      return CONFIRM_KEYS;
    case 'note':
      return NOTE_KEYS;
    case 'tables':
      return TABLES_KEYS;
    case 'rename':
      return RENAME_KEYS;
    case 'join':
      return JOIN_KEYS;
    case 'overview':
      return [PICK_TABLE, OPEN_TABLE, ...retry, ...join, NOTE, TABLES, DEBRIEF, EXPORT, BLANK, HELP, QUIT];
    case 'debrief': {
      const canLeave = state.room.cycles.length > 0;
      return [SCROLL, ...(canLeave ? [{ ...DEBRIEF, keys: ['d', 'Esc'], label: 'd/Esc', does: 'back' }] : [BACK]), ...retry, ...join, TABLES, EXPORT, BLANK, HELP, QUIT];
    }
    case 'finished':
      return [...table, ...retry, DEBRIEF, EXPORT, BLANK, HELP, QUIT];
    case 'read': {
      const moves = focusCycle(state)?.decision.kind === 'continue';
      return [goOn(moves ? 'the story moves on' : 'discuss'), BACK, ...table, ...retry, ...COMMON_NOW];
    }
    case 'discuss':
      return [TIMER, MINUTES, goOn('vote'), BACK, ...table, ...retry, ...COMMON_NOW];
    case 'vote': {
      const cycle = focusCycle(state);
      const needs = cycle ? voteStatus(state.room.workshop, cycle).needs : null;
      const numbers = needs === null ? [VOTE] : needs.kind === 'pick' ? [PICK] : [];
      return [...numbers, UNVOTE, ...(needs?.kind === 'pick' ? [] : [goOn('reveal')]), BACK, ...table, ...retry, ...COMMON_NOW];
    }
    case 'reveal':
      return [OTHERS, goOn('next decision'), BACK, ...table, ...retry, ...COMMON_NOW];
  }
}
