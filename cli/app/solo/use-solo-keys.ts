/**
 * The solo player's keys: a thin mapping from key presses to reducer
 * actions and shell callbacks. While text is being typed, every key goes to
 * the text field except Enter and Esc.
 */
import type { Key } from 'ink';
import type { Dispatch } from 'react';
import { useKeysOnLatestState } from '../use-keys-on-latest-state.js';
import { soloReducer, type SoloAction, type SoloState } from './solo-state.js';

/** What the keys can ask of the shell. */
export interface SoloKeyCallbacks {
  /** Open the highlighted start-menu entry of `state`; returns the action that shows it. */
  openMenuEntry: (state: SoloState) => SoloAction | null;
  /** Write the debrief of `state` to a Markdown file; returns the action that says where. */
  exportDebrief: (state: SoloState) => SoloAction | null;
  /** Leave the app. */
  exit: () => void;
  /** Wall-clock now, ISO, recorded on moves. */
  now: () => string;
}

/** Maps one key press to actions; exported for tests of the mapping itself. */
export function handleSoloKey(state: SoloState, input: string, key: Key, dispatch: Dispatch<SoloAction>, callbacks: SoloKeyCallbacks, page: { size: number; max: number }): void {
  if (state.editing) {
    if (key.escape) dispatch({ type: 'edit.cancel' });
    else if (key.return) dispatch({ type: 'edit.save', recordedAt: callbacks.now() });
    else if (key.backspace || key.delete) dispatch({ type: 'edit.backspace' });
    else if (input && !key.ctrl && !key.meta) dispatch({ type: 'edit.input', text: input });
    return;
  }
  if (state.overlay === 'quit') {
    if (input === 'y' || input === 'Y') callbacks.exit();
    else if (input === 'n' || input === 'N' || key.escape || input === 'q') dispatch({ type: 'overlay', overlay: null });
    return;
  }
  if (state.overlay === 'help') {
    if (input === '?' || key.escape || key.return || input === 'q') dispatch({ type: 'overlay', overlay: null });
    return;
  }
  if (input === '?') return dispatch({ type: 'overlay', overlay: 'help' });
  if (input === 'q') return dispatch({ type: 'overlay', overlay: 'quit' });
  const scrollKeys = () => {
    if (key.pageDown || input === ' ' ) dispatch({ type: 'scroll', by: page.size, max: page.max });
    else if (key.pageUp) dispatch({ type: 'scroll', by: -page.size, max: page.max });
    else if (input === 'j') dispatch({ type: 'scroll', by: 1, max: page.max });
    else if (input === 'k') dispatch({ type: 'scroll', by: -1, max: page.max });
    else return false;
    return true;
  };
  switch (state.screen) {
    case 'menu':
      if (key.upArrow) dispatch({ type: 'menu.move', by: -1 });
      else if (key.downArrow) dispatch({ type: 'menu.move', by: 1 });
      else if (key.return) {
        const opened = callbacks.openMenuEntry(state);
        if (opened) dispatch(opened);
      }
      return;
    case 'scene':
      if (scrollKeys()) return;
      if (key.upArrow) dispatch({ type: 'cursor.move', by: -1 });
      else if (key.downArrow) dispatch({ type: 'cursor.move', by: 1 });
      else if (key.return) dispatch({ type: 'activate', recordedAt: callbacks.now() });
      else if (/^[1-9]$/.test(input)) dispatch({ type: 'choose.number', number: Number(input), recordedAt: callbacks.now() });
      else if (input === 'b') dispatch({ type: 'back' });
      else if (input === 'm') dispatch({ type: 'menu' });
      return;
    case 'feedback':
      if (scrollKeys()) return;
      if (key.return) dispatch({ type: 'feedback.done' });
      else if (input === 'b') dispatch({ type: 'back' });
      return;
    case 'debrief':
      if (scrollKeys()) return;
      if (input === 'e') {
        const exported = callbacks.exportDebrief(state);
        if (exported) dispatch(exported);
      }
      else if (input === 'b') dispatch({ type: 'back' });
      else if (input === 'r') dispatch({ type: 'restart' });
      else if (input === 'm') dispatch({ type: 'menu' });
      return;
  }
}

/** Connects {@link handleSoloKey} to Ink's input, each key seeing the latest state. */
export function useSoloKeys(state: SoloState, dispatch: Dispatch<SoloAction>, callbacks: SoloKeyCallbacks, page: { size: number; max: number }): void {
  useKeysOnLatestState(
    state,
    dispatch,
    soloReducer,
    (current, input, key, dispatchNow) => handleSoloKey(current, input, key, dispatchNow, callbacks, page),
    (current) => current.editing !== null,
  );
}
