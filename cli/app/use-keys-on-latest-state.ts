/**
 * Key handling that always sees the latest state, for the Ink screens whose
 * state lives in a reducer.
 */
import { useInput, type Key } from 'ink';
import { useRef, type Dispatch } from 'react';

/** Maps one key press to actions, given the state it applies to. */
export type KeyHandler<S, A> = (state: S, input: string, key: Key, dispatch: Dispatch<A>) => void;

/**
 * Connects a key handler to Ink's input so that every key sees the state the
 * previous key produced. A key can arrive before React renders again: Ink
 * splits a burst of keys (a fast typist, a paste, tmux send-keys) into
 * several input events handled in one go. So each action is applied to the
 * latest state here, with the same pure reducer, as well as dispatched.
 * Ink also hands several printable characters that arrive together ("jjj"
 * from a held key, or a paste) to the handler as one string; unless
 * `takesText(state)` says a text field wants them whole, they are handled
 * one character at a time.
 *
 * @example
 * useKeysOnLatestState(state, dispatch, soloReducer, (s, input, key, d) => handleSoloKey(s, input, key, d, callbacks, page));
 */
export function useKeysOnLatestState<S, A>(
  state: S,
  dispatch: Dispatch<A>,
  reducer: (state: S, action: A) => S,
  handle: KeyHandler<S, A>,
  takesText: (state: S) => boolean = () => false,
): void {
  const latest = useRef({ state, dispatch, handle });
  // A render carries the state React settled on, which includes every action applied here.
  latest.current = { state, dispatch, handle };
  useInput((input, key) => {
    const current = latest.current;
    const dispatchNow: Dispatch<A> = (action) => {
      current.state = reducer(current.state, action);
      current.dispatch(action);
    };
    const printable = !key.ctrl && !key.meta && !key.escape && input.length > 1 && !input.includes('\u001B');
    if (printable && !takesText(current.state)) {
      for (const character of input) current.handle(current.state, character, key, dispatchNow);
      return;
    }
    current.handle(current.state, input, key, dispatchNow);
  });
}
