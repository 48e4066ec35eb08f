import type { AdvanceStep, ClientMessage, LobbyTable, ParticipantView, RefusalCode, ServerMessage } from '../../../engine/runtime.js';
import { isPendingVoteOvertaken, type PendingVote } from './pending-vote.js';
import { resendDelay } from './resend-delay.js';
import { readRoomCode } from './room-code.js';
import type { StoredSeat } from './seat-memory.js';
import { stepWords } from './step-words.js';
import { isResendRefusal, resendProblem } from './vote-resend.js';
import { endSentence } from './wording.js';

export type { Problem } from './problem.js';
import type { Problem } from './problem.js';

/** Where the page's one socket is. */
export type ConnectionState = 'idle' | 'connecting' | 'open' | 'lost';

/**
 * Everything the participant page knows. The page is drawn from this alone,
 * so a reload that rebuilds it from storage and the server draws the same page.
 */
export interface ParticipantState {
  /** The room code accepted from the link or the form; null while the code form shows. */
  code: string | null;
  /** What the code field holds. */
  typedCode: string;
  /** Why the code was turned down (by this page, or by the server as `wrong-room`). */
  codeError: Problem | null;
  connection: ConnectionState;
  /** Closes in a row without an open: after a few, the page says to check the Wi-Fi. */
  failedAttempts: number;
  lobby: { title: string; tables: LobbyTable[] } | null;
  /** The seat this phone holds or is taking back; `name` once the server has said it. */
  seat: (StoredSeat & { name: string | null }) | null;
  /** True once the server said `seated` on the current socket: only then do votes go out. */
  seated: boolean;
  /** The table tapped in the lobby, until the server answers. */
  joining: number | null;
  view: ParticipantView | null;
  /** When the view arrived, in the page's clock: the countdown counts from here. */
  viewReceivedAt: number;
  /** A vote sent (or to send) that the server has not acknowledged. */
  pending: PendingVote | null;
  /** "Not yet" refusals in a row for the kept vote (a failed save, a rate limit): each resend waits longer. */
  resendAttempts: number;
  /** True while the kept vote waits to be sent again after a "not yet"; `resend-due` sends it. */
  resendWaiting: boolean;
  /** What the server last said is counted for this table: `received`, or the view's `myVote`. */
  counted: { decision: number; choice: string } | null;
  /** The latest refusal to show on the lobby or the step. */
  problem: Problem | null;
  /** Independent mode: true once this table asked to move on, until a view at another step comes. */
  advancing: boolean;
}

/** What happens to the page. */
export type ParticipantEvent =
  /** A code from the link or the form, with what this phone kept for that room (looked up by the caller). */
  | { type: 'code-entered'; text: string; seat: StoredSeat | null; pending: PendingVote | null }
  | { type: 'opened' }
  | { type: 'closed' }
  | { type: 'message'; message: ServerMessage; at: number }
  | { type: 'table-chosen'; table: number }
  /** A tap on a choice, with a fresh ballot id made by the caller. */
  | { type: 'choice-chosen'; choice: string; ballot: string }
  /** Independent mode: a tap on the view's `advance` button. */
  | { type: 'advance-chosen' }
  /** The wait asked for by a `resend-later` effect is over. */
  | { type: 'resend-due' };

/** What the page must do after an event: the shell carries these out, in order. */
export type ParticipantEffect =
  | { type: 'connect' }
  | { type: 'send'; message: ClientMessage }
  | { type: 'remember-seat'; seat: StoredSeat }
  | { type: 'forget-seat'; code: string }
  | { type: 'remember-vote'; vote: PendingVote }
  | { type: 'forget-vote'; code: string }
  /** Put the code in the address (or take it out), so a reload comes back to the same room. */
  | { type: 'show-code'; code: string | null }
  /** Say this in the polite live region. */
  | { type: 'announce'; text: string }
  /** Send `resend-due` after `ms` milliseconds, in place of any such wait already running. */
  | { type: 'resend-later'; ms: number };

/** The state and the effects an event leads to. */
export interface Advance {
  state: ParticipantState;
  effects: ParticipantEffect[];
}

/**
 * The page before anything has happened: the code form, no socket.
 * @example
 * const state = initialParticipantState();
 */
export function initialParticipantState(): ParticipantState {
  return {
    code: null,
    typedCode: '',
    codeError: null,
    connection: 'idle',
    failedAttempts: 0,
    lobby: null,
    seat: null,
    seated: false,
    joining: null,
    view: null,
    viewReceivedAt: 0,
    pending: null,
    resendAttempts: 0,
    resendWaiting: false,
    counted: null,
    problem: null,
    advancing: false,
  };
}

/** No resend under way: for whenever the kept vote is answered, replaced or dropped. */
const NO_RESEND = { resendAttempts: 0, resendWaiting: false } as const;

function voteMessage(seat: StoredSeat, vote: PendingVote): ClientMessage {
  return { type: 'vote', code: seat.code, table: seat.table, token: seat.token, decision: vote.decision, choice: vote.choice, ballot: vote.ballot };
}

function choiceLabel(view: ParticipantView | null, choice: string): string {
  return view?.choices.find((candidate) => candidate.id === choice)?.label ?? choice;
}

function enterCode(state: ParticipantState, event: Extract<ParticipantEvent, { type: 'code-entered' }>): Advance {
  const reading = readRoomCode(event.text);
  if (!reading.ok) {
    return { state: { ...state, code: null, typedCode: reading.typed, codeError: { message: reading.message, hint: '' } }, effects: [{ type: 'show-code', code: null }] };
  }
  const seat = event.seat ? { ...event.seat, name: null } : null;
  const next: ParticipantState = {
    ...state,
    code: reading.code,
    typedCode: reading.code,
    codeError: null,
    seat,
    seated: false,
    joining: null,
    view: null,
    pending: event.pending,
    ...NO_RESEND,
    counted: null,
    problem: null,
  };
  const effects: ParticipantEffect[] = [{ type: 'show-code', code: reading.code }];
  if (state.connection === 'idle') {
    next.connection = 'connecting';
    effects.push({ type: 'connect' });
  } else if (state.connection === 'open' && seat) {
    effects.push({ type: 'send', message: { type: 'hello', code: seat.code, table: seat.table, token: seat.token } });
  }
  return { state: next, effects };
}

function opened(state: ParticipantState): Advance {
  const next: ParticipantState = { ...state, connection: 'open', failedAttempts: 0, seated: false, joining: null };
  // The lobby comes by itself on connecting; a phone that holds a seat asks for it back at once.
  const effects: ParticipantEffect[] = [];
  if (state.seat) effects.push({ type: 'send', message: { type: 'hello', code: state.seat.code, table: state.seat.table, token: state.seat.token } });
  if (state.connection === 'lost') effects.push({ type: 'announce', text: 'Connected again.' });
  return { state: next, effects };
}

function closed(state: ParticipantState): Advance {
  const wasOpen = state.connection === 'open' || state.connection === 'lost';
  const next: ParticipantState = { ...state, connection: wasOpen ? 'lost' : 'connecting', failedAttempts: state.failedAttempts + 1, seated: false, joining: null };
  const effects: ParticipantEffect[] = state.connection === 'open' ? [{ type: 'announce', text: 'Connection lost. Reconnecting.' }] : [];
  return { state: next, effects };
}

function seatedAt(state: ParticipantState, message: Extract<ServerMessage, { type: 'seated' }>): Advance {
  if (state.code === null) return { state, effects: [] };
  const seat = { code: state.code, table: message.table, token: message.token };
  const effects: ParticipantEffect[] = [{ type: 'remember-seat', seat }];
  // A vote kept through a drop goes again with its ballot id; the server counts it once.
  // Sent now, it needs no scheduled resend as well (the attempts stay, so a further "not yet" still backs off).
  if (state.pending) effects.push({ type: 'send', message: voteMessage(seat, state.pending) });
  if (state.joining !== null) effects.push({ type: 'announce', text: `You are ${message.name}.` });
  return { state: { ...state, seat: { ...seat, name: message.name }, seated: true, joining: null, problem: null, resendWaiting: false }, effects };
}

function viewed(state: ParticipantState, view: ParticipantView, at: number): Advance {
  const effects: ParticipantEffect[] = [];
  let pending = state.pending;
  let resend = { resendAttempts: state.resendAttempts, resendWaiting: state.resendWaiting };
  if (pending && isPendingVoteOvertaken(pending, view)) {
    pending = null;
    resend = NO_RESEND;
    effects.push({ type: 'forget-vote', code: state.code ?? '' });
  }
  const before = state.view;
  const moved = !before || before.step !== view.step || before.decision !== view.decision;
  if (moved) {
    const { announcement } = stepWords(view.step);
    if (announcement) effects.push({ type: 'announce', text: announcement });
  } else if (view.timer?.ranOut && !before.timer?.ranOut) {
    effects.push({ type: 'announce', text: 'Time is up.' });
  }
  const counted = view.myVote === null ? null : { decision: view.decision, choice: view.myVote };
  return { state: { ...state, view, viewReceivedAt: at, pending, ...resend, counted, problem: moved ? null : state.problem, advancing: moved ? false : state.advancing }, effects };
}

function received(state: ParticipantState, message: Extract<ServerMessage, { type: 'received' }>): Advance {
  const effects: ParticipantEffect[] = [];
  let { pending, problem, resendAttempts, resendWaiting } = state;
  if (pending?.ballot === message.ballot) {
    pending = null;
    problem = null;
    ({ resendAttempts, resendWaiting } = NO_RESEND);
    effects.push({ type: 'forget-vote', code: state.code ?? '' });
  }
  effects.push({ type: 'announce', text: `Vote received: ${endSentence(choiceLabel(state.view, message.choice))}` });
  return { state: { ...state, pending, problem, resendAttempts, resendWaiting, counted: { decision: message.decision, choice: message.choice } }, effects };
}

/**
 * Whether a refusal says "not yet" to the kept vote. The rate limit turns a
 * message away before reading it, so its refusal names no ballot: with a
 * vote kept, sending it again is safe either way (a ballot counts once).
 */
function keepsPendingVote(pending: PendingVote, message: Extract<ServerMessage, { type: 'refused' }>): boolean {
  if (!isResendRefusal(message.code)) return false;
  return message.ballot === pending.ballot || (message.ballot === undefined && message.code === 'too-many-messages');
}

/** Keeps the vote (in state and on the phone) and asks for a resend after a wait that grows with each "not yet". */
function resendLater(state: ParticipantState, code: RefusalCode): Advance {
  const problem = resendProblem(code);
  return {
    state: { ...state, joining: null, advancing: false, problem, resendAttempts: state.resendAttempts + 1, resendWaiting: true },
    effects: [
      { type: 'resend-later', ms: resendDelay(state.resendAttempts) },
      { type: 'announce', text: `${problem.message} ${problem.hint}` },
    ],
  };
}

/** Sends the kept vote again, by itself and with its ballot id, when a resend was waiting and the seat is live. */
function resendDue(state: ParticipantState): Advance {
  if (!state.resendWaiting) return { state, effects: [] };
  const next: ParticipantState = { ...state, resendWaiting: false };
  // Not connected or not seated: `seated` sends the kept vote when the seat is back.
  if (!state.pending || !state.seat || !state.seated || state.connection !== 'open') return { state: next, effects: [] };
  return { state: next, effects: [{ type: 'send', message: voteMessage(state.seat, state.pending) }] };
}

function refused(state: ParticipantState, message: Extract<ServerMessage, { type: 'refused' }>): Advance {
  const problem: Problem = { message: message.message, hint: message.hint };
  const effects: ParticipantEffect[] = [];
  if (message.code === 'wrong-room') {
    // The code is only checked when the phone joins: send the person back to it, forgetting what was kept for it.
    if (state.code !== null) effects.push({ type: 'forget-seat', code: state.code }, { type: 'forget-vote', code: state.code }, { type: 'show-code', code: null });
    return {
      state: { ...state, code: null, typedCode: state.code ?? state.typedCode, codeError: problem, seat: null, seated: false, joining: null, view: null, pending: null, ...NO_RESEND, counted: null, problem: null },
      effects,
    };
  }
  if (state.pending && keepsPendingVote(state.pending, message)) return resendLater(state, message.code);
  // Whatever was refused, the table may try again: an advance refused is not in flight any more.
  const next: ParticipantState = { ...state, joining: null, advancing: false, problem };
  if (message.ballot !== undefined && state.pending?.ballot === message.ballot) {
    Object.assign(next, { pending: null, ...NO_RESEND });
    effects.push({ type: 'forget-vote', code: state.pending.code });
  }
  // A seat the server will not give back (or no longer knows) is forgotten, and the lobby shows again.
  const seatLost = message.code === 'bad-token' || (!state.seated && (message.code === 'seat-taken' || message.code === 'no-such-table'));
  if (seatLost && state.seat) {
    effects.push({ type: 'forget-seat', code: state.seat.code });
    Object.assign(next, { seat: null, seated: false, view: null, counted: null });
  }
  effects.push({ type: 'announce', text: `${message.message} ${message.hint}`.trim() });
  return { state: next, effects };
}

function chooseTable(state: ParticipantState, table: number): Advance {
  if (state.code === null || state.connection !== 'open' || state.seat || state.joining !== null) return { state, effects: [] };
  return { state: { ...state, joining: table, problem: null }, effects: [{ type: 'send', message: { type: 'join', code: state.code, table } }] };
}

function chooseChoice(state: ParticipantState, choice: string, ballot: string): Advance {
  const { view, seat, code, pending, counted } = state;
  if (!view || view.step !== 'vote' || !seat || code === null) return { state, effects: [] };
  const alreadySending = pending?.decision === view.decision && pending.choice === choice;
  const alreadyCounted = !pending && counted?.decision === view.decision && counted.choice === choice;
  if (alreadySending || alreadyCounted) return { state, effects: [] };
  const vote: PendingVote = { code, decision: view.decision, choice, ballot };
  // Save, then send: the vote survives a reload between the tap and the server's answer.
  const effects: ParticipantEffect[] = [{ type: 'remember-vote', vote }];
  if (state.seated && state.connection === 'open') effects.push({ type: 'send', message: voteMessage(seat, vote) });
  // A new ballot starts afresh: a resend still waiting would only send it twice.
  return { state: { ...state, pending: vote, ...NO_RESEND, problem: null }, effects };
}

const ADVANCE_STEPS: ReadonlySet<string> = new Set<AdvanceStep>(['read', 'discuss', 'vote', 'reveal']);

function chooseAdvance(state: ParticipantState): Advance {
  const { view, seat } = state;
  if (!view?.advance || !seat || !state.seated || state.connection !== 'open' || state.advancing || !ADVANCE_STEPS.has(view.step)) return { state, effects: [] };
  const message: ClientMessage = { type: 'advance', code: seat.code, table: seat.table, token: seat.token, decision: view.decision, from: view.step as AdvanceStep };
  return { state: { ...state, advancing: true, problem: null }, effects: [{ type: 'send', message }] };
}

/**
 * The participant page's rules: the state and effects after one event. Pure,
 * so the page's behaviour (what is sent, kept and forgotten) is the same in
 * a test as on a phone; `main.ts` carries out the effects.
 * @example
 * const { state, effects } = advanceParticipant(initialParticipantState(), { type: 'code-entered', text: 'k7m4qp', seat: null, pending: null });
 * // state.code === 'K7M4QP'; effects include { type: 'connect' }
 */
export function advanceParticipant(state: ParticipantState, event: ParticipantEvent): Advance {
  switch (event.type) {
    case 'code-entered':
      return enterCode(state, event);
    case 'opened':
      return opened(state);
    case 'closed':
      return closed(state);
    case 'table-chosen':
      return chooseTable(state, event.table);
    case 'choice-chosen':
      return chooseChoice(state, event.choice, event.ballot);
    case 'advance-chosen':
      return chooseAdvance(state);
    case 'resend-due':
      return resendDue(state);
    case 'message': {
      const { message } = event;
      switch (message.type) {
        case 'lobby':
          return { state: { ...state, lobby: { title: message.title, tables: message.tables } }, effects: [] };
        case 'seated':
          return seatedAt(state, message);
        case 'view':
          return viewed(state, message.view, event.at);
        case 'received':
          return received(state, message);
        case 'refused':
          return refused(state, message);
      }
    }
  }
}
