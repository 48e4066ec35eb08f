/**
 * Where the workshop server meets the room the trainer drives. The
 * trainer's screen (or, in tests and benchmarks, a headless room) attaches
 * a {@link RoomPort}: the room as it is now, and a way to apply the phones'
 * moves to it that returns only once the change is saved. The screen tells
 * the hub of every change it draws, and the hub tells the server, which
 * tells the phones.
 */
import { roomReducer, WorkshopError, refusalCodeOf, type RefusalCode, type Room, type RoomAction, type Scenario, type Workshop } from '../../engine/index.js';

/** What applying the phones' moves came to. */
export type ApplyResult = { ok: true } | { ok: false; code: RefusalCode; message: string; hint: string };

/** The room the trainer drives, as the hub sees it. */
export interface RoomPort {
  /** The room after every change so far. */
  room: () => Room;
  /**
   * Applies the actions as one change, saved before this returns: `ok` only
   * when the room holding them is on disk (or nothing changed and the last
   * save succeeded).
   */
  apply: (actions: readonly RoomAction[]) => ApplyResult;
}

/** Hears of every change of the room. */
export type RoomListener = (room: Room) => void;

/** The hub between the room and the server. */
export interface LiveHub {
  readonly scenario: Scenario;
  attach: (port: RoomPort) => void;
  room: () => Room;
  apply: (actions: readonly RoomAction[]) => ApplyResult;
  /** The screen (or headless room) calls this after every change of the room. */
  changed: (room: Room) => void;
  subscribe: (listener: RoomListener) => () => void;
}

/**
 * A hub, to which a room attaches.
 * @example
 * const hub = createLiveHub(scenario, room);
 * hub.attach(headlessRoom(hub, room, save));
 */
export function createLiveHub(scenario: Scenario, before: Room): LiveHub {
  let port: RoomPort | null = null;
  const listeners = new Set<RoomListener>();
  return {
    scenario,
    attach: (next) => {
      port = next;
    },
    // A phone that connects in the moment before the screen is up sees the room as it starts, and waits to vote.
    room: () => port?.room() ?? before,
    apply: (actions) => port?.apply(actions) ?? notSaved('the trainer’s screen is still starting'),
    changed: (room) => {
      for (const listener of listeners) listener(room);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The room after the actions, or the refusal to tell the phone. Only a
 * `WorkshopError` is a refusal; anything else is a fault and is thrown.
 * @example
 * const next = applyRoomActions(scenario, room, [{ type: 'ballot', … }]);
 */
export function applyRoomActions(scenario: Scenario, room: Room, actions: readonly RoomAction[]): { room: Room } | Extract<ApplyResult, { ok: false }> {
  let next = room;
  try {
    for (const action of actions) next = roomReducer(scenario, next, action);
  } catch (error) {
    if (!(error instanceof WorkshopError)) throw error;
    return { ok: false, code: refusalCodeOf(error), message: error.message, hint: error.hint ?? '' };
  }
  return { room: next };
}

/** The refusal for a change the laptop could not save. */
export function notSaved(problem: string): Extract<ApplyResult, { ok: false }> {
  return { ok: false, code: 'not-saved', message: 'The trainer’s laptop could not save that.', hint: `Try again in a moment; tell the trainer if it goes on (${problem}).` };
}

/**
 * A room with no screen, for tests, benchmarks and the load test: it saves
 * with `save` (null when on disk) and tells the hub of each change.
 * @example
 * hub.attach(headlessRoom(hub, openRoom(scenario, workshop), () => null));
 */
export function headlessRoom(hub: LiveHub, start: Room, save: (workshop: Workshop) => string | null): RoomPort & { unsaved: () => string | null } {
  let room = start;
  let unsaved: string | null = null;
  return {
    room: () => room,
    unsaved: () => unsaved,
    apply: (actions) => {
      const next = applyRoomActions(hub.scenario, room, actions);
      if (!('room' in next)) return next;
      // Nothing new (a vote sent again) after a failed save: the phone asking again is the moment to try the disk again.
      if (next.room === room) {
        if (unsaved !== null) unsaved = save(room.workshop);
        return unsaved === null ? { ok: true } : notSaved(unsaved);
      }
      if (next.room.workshop !== room.workshop) unsaved = save(next.room.workshop);
      room = next.room;
      hub.changed(room);
      return unsaved === null ? { ok: true } : notSaved(unsaved);
    },
  };
}
