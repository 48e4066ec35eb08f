/**
 * The solo player's keys: a thin hook that dispatches each key press through
 * the key table of the screen shown (`solo-key-table.ts`). While text is
 * being typed, every key but Enter and Esc goes to the text field.
 */
import type { Key } from 'ink';
import type { Dispatch } from 'react';
import { dispatchKey } from '../key-table.js';
import { useKeysOnLatestState } from '../use-keys-on-latest-state.js';
import { soloKeys, type SoloKeyCallbacks } from './solo-key-table.js';
import type { SoloAction, SoloState } from './solo-state.js';

/** Maps one key press to actions; exported for tests of the mapping itself. */
export function handleSoloKey(state: SoloState, input: string, key: Key, dispatch: Dispatch<SoloAction>, callbacks: SoloKeyCallbacks, page: { size: number; max: number }): void {
  if (dispatchKey(soloKeys(state), { state, dispatch, callbacks, page }, input, key) || !state.editing) return;
  if (key.backspace || key.delete) dispatch({ type: 'edit.backspace' });
  else if (input && !key.ctrl && !key.meta) dispatch({ type: 'edit.input', text: input });
}

/** Connects {@link handleSoloKey} to Ink's input, each key seeing the latest state. */
export function useSoloKeys(latest: () => SoloState, dispatch: Dispatch<SoloAction>, callbacks: SoloKeyCallbacks, page: { size: number; max: number }): void {
  useKeysOnLatestState(
    latest,
    dispatch,
    (current, input, key, dispatchNow) => handleSoloKey(current, input, key, dispatchNow, callbacks, page),
    (current) => current.editing !== null,
  );
}
