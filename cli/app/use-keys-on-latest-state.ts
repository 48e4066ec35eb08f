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
 * several input events handled in one go. So each key is handled against
 * `latest()`, the state after every action dispatched so far (see
 * `useSavedReducer`), not the state of the last render.
 * Ink also hands several printable characters that arrive together ("jjj"
 * from a held key, or a paste) to the handler as one string; unless
 * `takesText(state)` says a text field wants them whole, they are handled
 * one character at a time.
 *
 * @example
 * useKeysOnLatestState(latest, dispatch, (s, input, key, d) => handleSoloKey(s, input, key, d, callbacks, page));
 */
export function useKeysOnLatestState<S, A>(latest: () => S, dispatch: Dispatch<A>, handle: KeyHandler<S, A>, takesText: (state: S) => boolean = () => false): void {
  const current = useRef({ latest, dispatch, handle });
  current.current = { latest, dispatch, handle };
  useInput((input, key) => {
    const edges = current.current;
    const printable = !key.ctrl && !key.meta && !key.escape && input.length > 1 && !input.includes('\u001B');
    if (printable && !takesText(edges.latest())) {
      // An Enter inside the burst ("\r\r" from keys sent together) is still Enter.
      for (const character of input) edges.handle(edges.latest(), character, character === '\r' ? { ...key, return: true } : key, edges.dispatch);
      return;
    }
    edges.handle(edges.latest(), input, key, edges.dispatch);
  });
}
