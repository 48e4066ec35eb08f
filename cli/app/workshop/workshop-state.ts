/**
 * The full-screen workshop's state, as a pure reducer over the engine's
 * room (`roomReducer`, engine/workshop/decision-cycle.ts), which holds the
 * decision cycle itself. What lives here is only the screen's: which table
 * is open in independent mode, the page shown, the dialogs (help, quit,
 * confirmations, the note and table-name fields), the blanked projector,
 * the notice, and the bell to ring.
 *
 * Nothing destructive happens on one key: stepping back when it discards
 * votes, ending a discussion with time left, and quitting go through a
 * confirmation (`overlay.kind === 'confirm' | 'quit'`). A read-only copy
 * (another process holds the session) refuses every change to the
 * workshop, and says so.
 */
import {
  cycleOf,
  formatTimeLeft,
  isDiscussionOver,
  noteNumber,
  openRoom,
  rang,
  roomReducer,
  stepBackOf,
  voteStatus,
  type DecisionCycle,
  type DiscussionTimerAction,
  type Room,
  type RoomAction,
  type Scenario,
  type Workshop,
  WorkshopError,
} from '../../../engine/index.js';

/** A dialog over the screen. */
export type Overlay =
  | { kind: 'help' }
  | { kind: 'quit' }
  /** A question before something that cannot simply be taken back: `y` does `then`. */
  | { kind: 'confirm'; question: string; detail: string; then: WorkshopUiAction }
  /** The trainer's note of a decision, saved as it is typed. */
  | { kind: 'note'; table: number; number: number; text: string }
  /** The list of tables, to rename one. */
  | { kind: 'tables'; cursor: number }
  | { kind: 'rename'; table: number; text: string }
  /** Served to phones: the join address, QR code and room code, and which tables have a phone; `cursor` picks a seat to free. */
  | { kind: 'join'; cursor: number };

/** The workshop screen's state. */
export interface WorkshopUiState {
  scenario: Scenario;
  room: Room;
  /** Who holds the session when this copy only views it; null when this copy holds it. */
  readOnly: string | null;
  /** Independent mode: the table whose own screen is open, or null for the overview of all tables. */
  open: number | null;
  /** The overview's highlighted table. */
  cursor: number;
  /** Whether the debrief is shown (always, once every table has finished). */
  debrief: boolean;
  /** The first line shown of the body (paging). */
  scroll: number;
  /** At a reveal: whether the feedback of the choices nobody made is shown. */
  others: boolean;
  /** The projector blanked (a presenter's `b` or `.`). */
  blank: boolean;
  overlay: Overlay | null;
  notice: string | null;
  /** Counts the times a discussion ran out, so the shell rings the bell once for each. */
  bells: number;
  /** A note typed that is not yet in the workshop (it is put there within a second). */
  draftPending: boolean;
  /**
   * Counts the notes put into the workshop, so the shell schedules the next
   * save even when a key typed straight after one lands in the same render.
   */
  flushes: number;
}

/** What changes the state. */
export type WorkshopUiAction =
  | { type: 'room'; action: RoomAction }
  | { type: 'tick'; elapsedMs: number }
  /** Enter on the focused cycle: the step's way on (asks first when a discussion still has time). */
  | { type: 'go-on' }
  /** A number key on the focused cycle: a table's vote, or the trainer's pick. */
  | { type: 'number'; number: number }
  /** The focused cycle steps back (asks first when that discards votes or a decision). */
  | { type: 'step-back' }
  /** The focused discussion's timer: pause, resume, ±1 minute. */
  | { type: 'timer'; action: DiscussionTimerAction }
  /** Takes back the focused vote's last entry. */
  | { type: 'uncast' }
  | { type: 'open'; table: number }
  /** Opens the table highlighted on the overview. */
  | { type: 'open-cursor' }
  | { type: 'overview' }
  /** Moves the overview's highlight. */
  | { type: 'cursor'; by: number }
  /** Pages or scrolls the body by `by` lines, up to `max`. */
  | { type: 'scroll'; by: number; max: number }
  | { type: 'others' }
  | { type: 'blank' }
  | { type: 'debrief' }
  | { type: 'overlay'; overlay: Overlay | null }
  | { type: 'confirm' }
  | { type: 'note.open' }
  | { type: 'note.type'; text: string }
  | { type: 'note.erase' }
  /** Puts the note typed so far into the workshop (so it is saved). */
  | { type: 'note.flush' }
  | { type: 'note.close' }
  | { type: 'tables.open' }
  | { type: 'tables.move'; by: number }
  | { type: 'rename.open' }
  | { type: 'rename.type'; text: string }
  | { type: 'rename.erase' }
  | { type: 'rename.save' }
  /** Tries the save again after it failed (the workshop is offered to the save as changed). */
  | { type: 'save.retry' }
  /** Read-only viewing: the workshop as the copy that holds it has saved it now. */
  | { type: 'reload'; workshop: Workshop }
  /** The room after a table's phone moved (joined, voted, moved its own decision on), already applied by the workshop server. */
  | { type: 'phone'; room: Room }
  /** Opens the join screen, or closes it. */
  | { type: 'join.toggle' }
  | { type: 'join.move'; by: number }
  /** Asks whether to free the highlighted table's seat, so another phone can take it. */
  | { type: 'join.free' }
  | { type: 'notice'; notice: string | null };

/** The longest note kept, in characters: a page of notes, not a document. */
export const MAX_NOTE = 4000;

/**
 * The state at the start or on resume: every open decision at its read
 * step; the debrief when every table has finished.
 * @example
 * initialWorkshopState(scenario, workshop, null, { autostart: false });
 */
export function initialWorkshopState(scenario: Scenario, workshop: Workshop, notice: string | null = null, options: { autostart?: boolean; readOnly?: string | null } = {}): WorkshopUiState {
  const room = openRoom(scenario, workshop, { autostart: options.autostart === true });
  return {
    scenario,
    room,
    readOnly: options.readOnly ?? null,
    open: null,
    cursor: 0,
    debrief: room.cycles.length === 0,
    scroll: 0,
    others: false,
    blank: false,
    overlay: null,
    notice,
    bells: 0,
    draftPending: false,
    flushes: 0,
  };
}

/** Whether the workshop plays its tables independently (each with its own cycle). */
export function isIndependent(state: Pick<WorkshopUiState, 'room'>): boolean {
  return state.room.workshop.mode === 'independent';
}

/** The table whose cycle the screen shows: the open table, or the room's; null on the overview. */
export function focusTable(state: Pick<WorkshopUiState, 'room' | 'open'>): number | null {
  if (isIndependent(state)) return state.open;
  return state.room.cycles[0]?.tables[0] ?? null;
}

/** The cycle on the screen, if one is. */
export function focusCycle(state: Pick<WorkshopUiState, 'room' | 'open'>): DecisionCycle | undefined {
  const table = focusTable(state);
  return table === null ? undefined : cycleOf(state.room, table);
}

/** What the screen shows. */
export type WorkshopScreen = 'blank' | Overlay['kind'] | 'debrief' | 'overview' | 'finished' | DecisionCycle['step'];

/**
 * The screen shown now.
 * @example
 * screenOf(initialWorkshopState(scenario, workshop)); // 'read'
 */
export function screenOf(state: WorkshopUiState): WorkshopScreen {
  if (state.blank) return 'blank';
  if (state.overlay) return state.overlay.kind;
  if (state.debrief || state.room.cycles.length === 0) return 'debrief';
  if (isIndependent(state) && state.open === null) return 'overview';
  return focusCycle(state)?.step ?? 'finished';
}

/** The name of a table. */
export function tableName(state: Pick<WorkshopUiState, 'room'>, table: number): string {
  return state.room.workshop.tables[table] ?? `Table ${table + 1}`;
}

const READ_ONLY = (heldBy: string) => `Read-only: this workshop is held by ${heldBy}, so nothing can be changed here. Quit, and resume it once the other copy has closed.`;

function problem(error: unknown): string {
  if (error instanceof WorkshopError) return `${error.message} ${error.hint}`.trim();
  throw error;
}

/** Applies a room action, turning a refusal into a notice, and keeps the screen consistent with the room. */
function withRoom(state: WorkshopUiState, action: RoomAction): WorkshopUiState {
  let room: Room;
  try {
    room = roomReducer(state.scenario, state.room, action);
  } catch (error) {
    return { ...state, notice: problem(error) };
  }
  return roomChanged(state, room, action.type);
}

/** The screen with a new room: a table that finished leaves its screen, a new step starts at its top, and the trainer's own moves clear the notice. */
function roomChanged(state: WorkshopUiState, room: Room, by: RoomAction['type'] | 'phone'): WorkshopUiState {
  if (room === state.room) return state;
  if (state.readOnly !== null && room.workshop !== state.room.workshop) return { ...state, notice: READ_ONLY(state.readOnly) };
  const before = focusCycle(state);
  const next: WorkshopUiState = { ...state, room, bells: rang(state.room, room) ? state.bells + 1 : state.bells };
  // Independent mode: a table that has finished goes back to the overview.
  if (isIndependent(next) && next.open !== null && !cycleOf(room, next.open)) next.open = null;
  if (room.cycles.length === 0) next.debrief = true;
  const after = focusCycle(next);
  // A new step starts at its top.
  if (by !== 'tick' && (before?.step !== after?.step || before?.decision !== after?.decision)) {
    next.scroll = 0;
    next.others = false;
  }
  // A phone's vote must not wipe what the screen is telling the trainer.
  if (by !== 'tick' && by !== 'timer' && by !== 'phone') next.notice = null;
  return next;
}

/** Enter on the focused cycle. */
function goOn(state: WorkshopUiState): WorkshopUiState {
  const table = focusTable(state);
  const cycle = focusCycle(state);
  if (table === null || !cycle) return state;
  switch (cycle.step) {
    case 'read':
      return withRoom(state, { type: 'discuss', table });
    case 'discuss': {
      if (state.readOnly !== null) return { ...state, notice: READ_ONLY(state.readOnly) };
      if (isDiscussionOver(cycle.timer)) return withRoom(state, { type: 'vote', table });
      return {
        ...state,
        overlay: {
          kind: 'confirm',
          question: `End the discussion now, with ${formatTimeLeft(cycle.timer.remainingMs)} left?`,
          detail: 'The tables then vote. (p pauses the timer instead.)',
          then: { type: 'room', action: { type: 'vote', table } },
        },
      };
    }
    case 'vote':
      return withRoom(state, { type: 'decide', table });
    case 'reveal':
      return withRoom(state, { type: 'next', table });
  }
}

/** A number key on the focused cycle. */
function numberKey(state: WorkshopUiState, number: number): WorkshopUiState {
  const table = focusTable(state);
  const cycle = focusCycle(state);
  if (table === null || !cycle || cycle.step !== 'vote') return state;
  if (cycle.votes.length < cycle.tables.length) return withRoom(state, { type: 'cast', table, number });
  const needs = voteStatus(state.room.workshop, cycle).needs;
  if (needs?.kind !== 'pick') return { ...state, notice: 'Every table has voted: press Enter for the reveal, or Backspace to change a vote.' };
  if (!needs.among.includes(number)) return { ...state, notice: `${needs.why === 'tie' ? 'The vote is tied' : 'The trainer chooses'}: press ${needs.among.join(' or ')}.` };
  return withRoom(state, { type: 'decide', table, trainerPick: number });
}

/** Steps the focused cycle back, asking first when that discards votes or a decision. */
function stepBack(state: WorkshopUiState): WorkshopUiState {
  const table = focusTable(state) ?? (isIndependent(state) ? null : 0);
  if (table === null) return { ...state, notice: 'Open a table first (Enter), then step back there.' };
  const back = stepBackOf(state.room, table);
  const action: WorkshopUiAction = { type: 'room', action: { type: 'back', table } };
  switch (back.kind) {
    case 'none':
      return { ...state, notice: back.why };
    case 'to-read':
      return withRoom(state, action.action);
    case 'to-discuss':
      if (back.discardsVotes === 0) return withRoom(state, action.action);
      return { ...state, overlay: { kind: 'confirm', question: `Back to the discussion, discarding the ${back.discardsVotes} vote${back.discardsVotes === 1 ? '' : 's'} entered?`, detail: 'The tables vote again afterwards.', then: action } };
    case 'undo-decision': {
      if (state.readOnly !== null) return { ...state, notice: READ_ONLY(state.readOnly) };
      // In independent mode a table counts its own decisions.
      const number = isIndependent(state) ? state.room.workshop.rounds.slice(0, back.decision).filter((round) => round.tables.includes(table)).length : back.decision;
      const who = isIndependent(state) ? `${tableName(state, table)}'s decision` : 'decision';
      return {
        ...state,
        overlay: { kind: 'confirm', question: `Take back ${who} ${number}?`, detail: 'Its votes are discarded and the tables vote again. Notes are kept.', then: action },
      };
    }
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The table a note written now belongs to: the focused one, or on the overview the highlighted one. */
function noteTable(state: WorkshopUiState): number | null {
  if (focusCycle(state)) return focusTable(state);
  if (isIndependent(state) && state.open === null && cycleOf(state.room, state.cursor)) return state.cursor;
  return null;
}

/**
 * The reducer.
 * @example
 * workshopReducer(state, { type: 'go-on' });
 */
export function workshopReducer(state: WorkshopUiState, action: WorkshopUiAction): WorkshopUiState {
  switch (action.type) {
    case 'room':
      return withRoom(state, action.action);
    case 'tick':
      return withRoom(state, { type: 'tick', elapsedMs: action.elapsedMs });
    case 'go-on':
      return goOn(state);
    case 'number':
      return numberKey(state, action.number);
    case 'step-back':
      return stepBack(state);
    case 'timer':
    case 'uncast': {
      const table = focusTable(state);
      if (table === null || !focusCycle(state)) return state;
      return withRoom(state, action.type === 'timer' ? { type: 'timer', table, action: action.action } : { type: 'uncast', table });
    }
    case 'open-cursor':
      return workshopReducer(state, { type: 'open', table: state.cursor });
    case 'open':
      return cycleOf(state.room, action.table) ? { ...state, open: action.table, cursor: action.table, scroll: 0, others: false, notice: null } : { ...state, notice: `${tableName(state, action.table)} has finished. Press d for the debrief.` };
    case 'overview':
      return isIndependent(state) ? { ...state, open: null, scroll: 0, notice: null } : state;
    case 'cursor':
      return { ...state, cursor: clamp(state.cursor + action.by, 0, state.room.workshop.tables.length - 1) };
    case 'scroll':
      return { ...state, scroll: clamp(state.scroll + action.by, 0, Math.max(0, action.max)) };
    case 'others':
      return { ...state, others: !state.others };
    case 'blank':
      return { ...state, blank: !state.blank };
    case 'debrief':
      if (state.room.cycles.length === 0) return state;
      return { ...state, debrief: !state.debrief, scroll: 0 };
    case 'overlay':
      return { ...state, overlay: action.overlay };
    case 'confirm': {
      if (state.overlay?.kind !== 'confirm') return state;
      return workshopReducer({ ...state, overlay: null }, state.overlay.then);
    }
    case 'note.open': {
      if (state.readOnly !== null) return { ...state, notice: READ_ONLY(state.readOnly) };
      const table = noteTable(state);
      if (table === null) return { ...state, notice: 'Notes belong to a decision: open one first.' };
      const number = noteNumber(state.room, table);
      return { ...state, overlay: { kind: 'note', table, number, text: state.room.workshop.notes[String(number)] ?? '' } };
    }
    case 'note.type': {
      if (state.overlay?.kind !== 'note') return state;
      const text = [...(state.overlay.text + action.text.replace(/\r\n?|\n/g, ' '))].slice(0, MAX_NOTE).join('');
      return text === state.overlay.text ? state : { ...state, overlay: { ...state.overlay, text }, draftPending: true };
    }
    case 'note.erase': {
      if (state.overlay?.kind !== 'note' || state.overlay.text === '') return state;
      return { ...state, overlay: { ...state.overlay, text: [...state.overlay.text].slice(0, -1).join('') }, draftPending: true };
    }
    case 'note.flush': {
      if (state.overlay?.kind !== 'note' || !state.draftPending) return state;
      const flushed = withRoom(state, { type: 'note', table: state.overlay.table, text: state.overlay.text });
      return { ...flushed, draftPending: false, flushes: state.flushes + 1 };
    }
    case 'note.close': {
      if (state.overlay?.kind !== 'note') return state;
      const flushed = workshopReducer(state, { type: 'note.flush' });
      return { ...flushed, overlay: null, notice: state.overlay.text.trim() === '' ? null : `Note kept with decision ${state.overlay.number}.` };
    }
    case 'tables.open':
      return { ...state, overlay: { kind: 'tables', cursor: focusTable(state) ?? state.cursor } };
    case 'tables.move': {
      if (state.overlay?.kind !== 'tables') return state;
      return { ...state, overlay: { kind: 'tables', cursor: clamp(state.overlay.cursor + action.by, 0, state.room.workshop.tables.length - 1) } };
    }
    case 'rename.open': {
      if (state.overlay?.kind !== 'tables') return state;
      if (state.readOnly !== null) return { ...state, notice: READ_ONLY(state.readOnly) };
      return { ...state, overlay: { kind: 'rename', table: state.overlay.cursor, text: '' } };
    }
    case 'rename.type': {
      if (state.overlay?.kind !== 'rename') return state;
      return { ...state, overlay: { ...state.overlay, text: [...(state.overlay.text + action.text.replace(/[\r\n]/g, ''))].slice(0, 64).join('') } };
    }
    case 'rename.erase': {
      if (state.overlay?.kind !== 'rename') return state;
      return { ...state, overlay: { ...state.overlay, text: [...state.overlay.text].slice(0, -1).join('') } };
    }
    case 'rename.save': {
      if (state.overlay?.kind !== 'rename') return state;
      const { table, text } = state.overlay;
      const renamed = withRoom(state, { type: 'rename', table, name: text });
      // Refused (a blank or duplicate name): the field stays open with the reason.
      if (renamed.room === state.room) return renamed;
      return { ...renamed, overlay: { kind: 'tables', cursor: table }, notice: `Renamed: ${tableName(renamed, table)}.` };
    }
    case 'save.retry':
      if (state.readOnly !== null) return state;
      return { ...state, room: { ...state.room, workshop: { ...state.room.workshop } }, notice: null };
    case 'reload': {
      const room = openRoom(state.scenario, action.workshop, { autostart: state.room.autostart });
      const open = state.open !== null && cycleOf(room, state.open) ? state.open : null;
      return { ...state, room, open, overlay: null, debrief: room.cycles.length === 0 || state.debrief, scroll: 0, notice: `Reloaded: ${action.workshop.rounds.length} decision${action.workshop.rounds.length === 1 ? '' : 's'} taken.` };
    }
    case 'notice':
      return { ...state, notice: action.notice };
    case 'phone':
      return roomChanged(state, action.room, 'phone');
    case 'join.toggle':
      return state.overlay?.kind === 'join' ? { ...state, overlay: null } : { ...state, overlay: { kind: 'join', cursor: 0 } };
    case 'join.move':
      if (state.overlay?.kind !== 'join') return state;
      return { ...state, overlay: { kind: 'join', cursor: clamp(state.overlay.cursor + action.by, 0, state.room.workshop.tables.length - 1) } };
    case 'join.free': {
      if (state.overlay?.kind !== 'join') return state;
      const table = state.overlay.cursor;
      if (state.room.workshop.live?.seats[String(table)] === undefined) return { ...state, notice: `${tableName(state, table)} has no phone to free.` };
      return {
        ...state,
        overlay: { kind: 'confirm', question: `Free ${tableName(state, table)}'s seat?`, detail: 'Its phone is let go, and any phone can then take the table. Votes already counted are kept.', then: { type: 'room', action: { type: 'free-seat', table } } },
      };
    }
  }
}
