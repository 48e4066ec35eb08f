/**
 * The workshop's key tables, one per phase: space pauses the timer, + adds a
 * minute, s ends the discussion; numbers enter each table's choice;
 * Backspace takes back the last entry. `useWorkshopKeys` dispatches through
 * them, the footer and the help panel list them.
 */
import type { Dispatch } from 'react';
import { closeHelpRow, DIGIT_KEYS, HELP_ROW, QUIT_ROW, type KeyRow } from '../key-table.js';
import type { WorkshopUiAction, WorkshopUiState } from './workshop-state.js';

/** What the keys ask of the shell. */
export interface WorkshopKeyCallbacks {
  exportDebrief: () => void;
  exit: () => void;
}

/** What a key acts on. */
export interface WorkshopKeyContext {
  dispatch: Dispatch<WorkshopUiAction>;
  callbacks: WorkshopKeyCallbacks;
}

type Row = KeyRow<WorkshopKeyContext>;

const PAUSE: Row = { keys: [' '], label: 'space', does: 'pause/resume', run: ({ dispatch }) => dispatch({ type: 'timer', action: { type: 'toggle' } }) };
const ADD_MINUTE: Row = { keys: ['+'], aliases: ['='], label: '+', does: 'add a minute', run: ({ dispatch }) => dispatch({ type: 'timer', action: { type: 'add-minute' } }) };
const END_DISCUSSION: Row = { keys: ['s', 'Enter'], label: 's/Enter', does: 'end discussion', run: ({ dispatch }) => dispatch({ type: 'discuss.done' }) };
const PREVIOUS: Row = { keys: ['b'], label: 'b', does: 'previous decision', run: ({ dispatch }) => dispatch({ type: 'back' }) };
const VOTE: Row = { keys: DIGIT_KEYS, label: '1-9', does: "this table's choice", run: ({ dispatch }, key) => dispatch({ type: 'vote', number: Number(key) }) };
const UNDO: Row = { keys: ['Backspace'], label: 'Backspace', does: 'undo entry', run: ({ dispatch }) => dispatch({ type: 'vote.undo' }) };
const GO_ON: Row = { keys: ['Enter'], label: 'Enter', does: 'go on', run: ({ dispatch }) => dispatch({ type: 'confirm' }) };
const PICK: Row = { keys: DIGIT_KEYS, label: '1-9', does: "trainer's pick", run: ({ dispatch }, key) => dispatch({ type: 'pick', number: Number(key) }) };
const EXPORT: Row = { keys: ['e'], label: 'e', does: 'export Markdown + JSON', run: ({ callbacks }) => callbacks.exportDebrief() };

const HELP_KEYS: readonly Row[] = [closeHelpRow(['Enter'])];
const QUIT_KEYS: readonly Row[] = [
  {
    keys: ['y', 'n'],
    aliases: ['Y', 'N', 'Esc', 'q'],
    label: 'y/n',
    does: 'quit or stay',
    run: ({ dispatch, callbacks }, key) => (key === 'y' || key === 'Y' ? callbacks.exit() : dispatch({ type: 'overlay', overlay: null })),
  },
];
const PHASE_KEYS: Record<WorkshopUiState['phase'], readonly Row[]> = {
  discuss: [PAUSE, ADD_MINUTE, END_DISCUSSION, PREVIOUS, HELP_ROW, QUIT_ROW],
  entry: [VOTE, UNDO, HELP_ROW, QUIT_ROW],
  split: [GO_ON, PICK, UNDO, HELP_ROW, QUIT_ROW],
  debrief: [EXPORT, PREVIOUS, HELP_ROW, QUIT_ROW],
};

/** The keys that run the room, for the help panel. */
export const WORKSHOP_HELP_KEYS: readonly Row[] = [PAUSE, ADD_MINUTE, END_DISCUSSION, PREVIOUS, VOTE, UNDO, GO_ON, PICK, EXPORT];

/**
 * The keys of what `state` shows: an overlay, or the phase.
 *
 * @example
 * workshopKeys({ ...state, phase: 'entry' }).map((row) => row.label); // ['1-9', 'Backspace', '?', 'q']
 */
export function workshopKeys(state: Pick<WorkshopUiState, 'overlay' | 'phase'>): readonly Row[] {
  if (state.overlay === 'help') return HELP_KEYS;
  if (state.overlay === 'quit') return QUIT_KEYS;
  return PHASE_KEYS[state.phase];
}
