/**
 * The workshop's keys: a thin hook that dispatches each key press through
 * the key table of the phase shown (`workshop-key-table.ts`).
 */
import type { Key } from 'ink';
import type { Dispatch } from 'react';
import { dispatchKey } from '../key-table.js';
import { useKeysOnLatestState } from '../use-keys-on-latest-state.js';
import { workshopKeys, type WorkshopKeyCallbacks } from './workshop-key-table.js';
import type { WorkshopUiAction, WorkshopUiState } from './workshop-state.js';

/** Maps one key press; exported so the mapping can be tested alone. */
export function handleWorkshopKey(state: WorkshopUiState, input: string, key: Key, dispatch: Dispatch<WorkshopUiAction>, callbacks: WorkshopKeyCallbacks): void {
  dispatchKey(workshopKeys(state), { dispatch, callbacks }, input, key);
}

/** Connects {@link handleWorkshopKey} to Ink's input, each key seeing the latest state. */
export function useWorkshopKeys(latest: () => WorkshopUiState, dispatch: Dispatch<WorkshopUiAction>, callbacks: WorkshopKeyCallbacks): void {
  useKeysOnLatestState(latest, dispatch, (current, input, key, dispatchNow) => handleWorkshopKey(current, input, key, dispatchNow, callbacks));
}
