/**
 * Save, then show: a screen's state in a pure reducer whose document (the
 * session or workshop it holds) is written to disk before the change is
 * rendered. An effect after rendering would draw a move first and save it
 * after, so a `kill -9` in between loses a move the screen has shown.
 */
import { useCallback, useRef, useState, type Dispatch } from 'react';

/** How a screen's document is saved. */
export interface SavedReducerOptions<S> {
  /** Whether `next` holds something to save that `previous` did not (`previous` is null for the first state). */
  needsSave: (previous: S | null, next: S) => boolean;
  /** Saves it, synchronously; returns why it was not saved, or null. */
  save: (state: S) => string | null;
}

/** The state, its dispatch, and whether the latest change is on disk. */
export interface SavedReducer<S, A> {
  state: S;
  /** Applies an action: the reducer, then the save, then (later) the render. */
  dispatch: Dispatch<A>;
  /** The state after every action dispatched so far, before React has rendered it. */
  latest: () => S;
  /** Why the latest change is not on disk, or null when it is. */
  unsaved: string | null;
  /** The same after every action dispatched so far, before React has rendered it (to answer a phone straight after a dispatch). */
  unsavedNow: () => string | null;
}

/**
 * Like `useReducer`, but each change that `needsSave` is saved before it is
 * rendered (the first state too, before its first frame).
 *
 * @example
 * const { state, dispatch, latest, unsaved } = useSavedReducer(workshopReducer, initial, { needsSave: (a, b) => a?.workshop !== b.workshop, save: (s) => services.save(s.workshop) });
 */
export function useSavedReducer<S, A>(reducer: (state: S, action: A) => S, initial: S, options: SavedReducerOptions<S>): SavedReducer<S, A> {
  const edges = useRef(options);
  edges.current = options;
  // Computed once, before the first frame: the first screen is saved before it is drawn.
  const [current, setCurrent] = useState(() => ({ state: initial, unsaved: options.needsSave(null, initial) ? options.save(initial) : null }));
  const latest = useRef(current);
  const dispatch = useCallback<Dispatch<A>>(
    (action) => {
      const previous = latest.current;
      const state = reducer(previous.state, action);
      if (state === previous.state) return;
      const unsaved = edges.current.needsSave(previous.state, state) ? edges.current.save(state) : previous.unsaved;
      latest.current = { state, unsaved };
      setCurrent(latest.current);
    },
    [reducer],
  );
  const getLatest = useCallback(() => latest.current.state, []);
  const unsavedNow = useCallback(() => latest.current.unsaved, []);
  return { state: current.state, dispatch, latest: getLatest, unsaved: current.unsaved, unsavedNow };
}
