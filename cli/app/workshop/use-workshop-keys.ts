/**
 * The workshop's keys: a thin mapping from key presses to reducer actions.
 * Space pauses the timer, + adds a minute, s skips; numbers enter each
 * table's choice; Backspace takes back the last entry.
 */
import type { Key } from 'ink';
import type { Dispatch } from 'react';
import { useKeysOnLatestState } from '../use-keys-on-latest-state.js';
import { workshopReducer, type WorkshopUiAction, type WorkshopUiState } from './workshop-state.js';

/** What the keys ask of the shell. */
export interface WorkshopKeyCallbacks {
  exportDebrief: () => void;
  exit: () => void;
}

/** Maps one key press; exported so the mapping can be tested alone. */
export function handleWorkshopKey(state: WorkshopUiState, input: string, key: Key, dispatch: Dispatch<WorkshopUiAction>, callbacks: WorkshopKeyCallbacks): void {
  if (state.overlay === 'quit') {
    if (input === 'y' || input === 'Y') callbacks.exit();
    else if (input === 'n' || input === 'N' || key.escape || input === 'q') dispatch({ type: 'overlay', overlay: null });
    return;
  }
  if (state.overlay === 'help') {
    if (input === '?' || key.escape || key.return) dispatch({ type: 'overlay', overlay: null });
    return;
  }
  if (input === '?') return dispatch({ type: 'overlay', overlay: 'help' });
  if (input === 'q') return dispatch({ type: 'overlay', overlay: 'quit' });
  const digit = /^[1-9]$/.test(input) ? Number(input) : null;
  switch (state.phase) {
    case 'discuss':
      if (input === ' ') dispatch({ type: 'timer', action: { type: 'toggle' } });
      else if (input === '+' || input === '=') dispatch({ type: 'timer', action: { type: 'add-minute' } });
      else if (input === 's' || key.return) dispatch({ type: 'discuss.done' });
      else if (input === 'b') dispatch({ type: 'back' });
      return;
    case 'entry':
      if (digit !== null) dispatch({ type: 'vote', number: digit });
      else if (key.backspace || key.delete) dispatch({ type: 'vote.undo' });
      return;
    case 'split':
      if (key.return) dispatch({ type: 'confirm' });
      else if (digit !== null) dispatch({ type: 'pick', number: digit });
      else if (key.backspace || key.delete) dispatch({ type: 'vote.undo' });
      return;
    case 'debrief':
      if (input === 'e') callbacks.exportDebrief();
      else if (input === 'b') dispatch({ type: 'back' });
      return;
  }
}

/** Connects {@link handleWorkshopKey} to Ink's input, each key seeing the latest state. */
export function useWorkshopKeys(state: WorkshopUiState, dispatch: Dispatch<WorkshopUiAction>, callbacks: WorkshopKeyCallbacks): void {
  useKeysOnLatestState(state, dispatch, workshopReducer, (current, input, key, dispatchNow) => handleWorkshopKey(current, input, key, dispatchNow, callbacks));
}
