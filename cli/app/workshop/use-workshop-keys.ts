/**
 * The workshop's keys: a thin hook that dispatches each key press through
 * the key table of the screen shown (`workshop-key-table.ts`); in the note
 * and name fields, the other keys type.
 */
import type { Key } from 'ink';
import type { Dispatch } from 'react';
import { dispatchKey } from '../key-table.js';
import { useKeysOnLatestState } from '../use-keys-on-latest-state.js';
import { workshopKeys, type WorkshopKeyCallbacks, type WorkshopKeysOptions } from './workshop-key-table.js';
import type { WorkshopUiAction, WorkshopUiState } from './workshop-state.js';

/** Whether a text field has the keyboard. */
function typing(state: WorkshopUiState): 'note' | 'rename' | null {
  return state.overlay?.kind === 'note' || state.overlay?.kind === 'rename' ? state.overlay.kind : null;
}

// Printable text only: no control characters (Ink hands Tab, arrows and the like over as flags or escapes).
const PRINTABLE = /^[^\u0000-\u001F\u007F-\u009F]+$/u;

/** Maps one key press; exported so the mapping can be tested alone. */
export function handleWorkshopKey(state: WorkshopUiState, input: string, key: Key, dispatch: Dispatch<WorkshopUiAction>, callbacks: WorkshopKeyCallbacks, options: WorkshopKeysOptions = {}): void {
  const field = typing(state);
  // Text and Enter that arrive together (a paste, keys sent at once): the text is typed, then Enter pressed.
  if (field && !key.return && input.length > 1 && input.includes('\r')) {
    const at = input.indexOf('\r');
    if (at > 0) handleWorkshopKey(state, input.slice(0, at), key, dispatch, callbacks, options);
    dispatchKey(workshopKeys(state, options), { dispatch, callbacks }, '\r', { ...key, return: true });
    return;
  }
  if (field && !key.return && !key.escape) {
    if (key.backspace || key.delete) dispatch({ type: field === 'note' ? 'note.erase' : 'rename.erase' });
    else if (!key.ctrl && !key.meta && PRINTABLE.test(input)) dispatch({ type: field === 'note' ? 'note.type' : 'rename.type', text: input });
    return;
  }
  dispatchKey(workshopKeys(state, options), { dispatch, callbacks }, input, key);
}

/** Connects {@link handleWorkshopKey} to Ink's input, each key seeing the latest state. */
export function useWorkshopKeys(latest: () => WorkshopUiState, dispatch: Dispatch<WorkshopUiAction>, callbacks: WorkshopKeyCallbacks, options: () => WorkshopKeysOptions): void {
  useKeysOnLatestState(latest, dispatch, (current, input, key, dispatchNow) => handleWorkshopKey(current, input, key, dispatchNow, callbacks, options()), (current) => typing(current) !== null);
}
