/**
 * A small room for the participant page's unit tests: a code, a seat's
 * token, ballot ids in the shape the page makes them, a view builder, and
 * {@link play}, which runs events through the reducer the way `main.ts` does.
 */
import type { ParticipantView, ServerMessage } from '../../../../engine/workshop/live/live-protocol.js';
import { advanceParticipant, initialParticipantState, type ParticipantEffect, type ParticipantEvent, type ParticipantState } from '../../../../cli/live/participant/participant-state.js';

export const ROOM = 'K7M4QP';
export const OTHER_ROOM = 'HX3R9T';
export const TOKEN = '8e1b0c9d7f6a5e4d3c2b1a0f9e8d7c6b';
export const BALLOT = '3f9c0a7e5b1d2c4e6f8a0b1c2d3e4f5a';
export const OTHER_BALLOT = '0123456789abcdef0123456789abcdef';

export const CHOICES = [
  { id: 'call-the-decision-maker', number: 1, label: 'Phone Dan today' },
  { id: 'accept-and-monitor', number: 2, label: 'Accept the outcome' },
] as const;

/** Table 2's view at `step`, decision 1, with `overrides`. */
export function viewAt(step: ParticipantView['step'], overrides: Partial<ParticipantView> = {}): ParticipantView {
  return {
    step,
    table: 1,
    tableName: 'Table 2',
    title: 'Closed at the front door',
    decision: 1,
    clockLabel: 'Mon 23 Nov 2026, 08:40',
    stageLabel: 'Stage 1',
    sceneHtml: '<p>Kai.</p>',
    discussHtml: step === 'discuss' ? '<p>Why?</p>' : null,
    timer: step === 'discuss' ? { remainingMs: 300_000, running: true, ranOut: false } : null,
    choices: step === 'vote' || step === 'reveal' ? [...CHOICES] : [],
    myVote: null,
    result: null,
    endingHtml: null,
    waitingFor: '',
    advance: null,
    ...overrides,
  };
}

/** A server message as an event, at page time `at`. */
export function message(serverMessage: ServerMessage, at = 0): ParticipantEvent {
  return { type: 'message', message: serverMessage, at };
}

export const SEATED: ParticipantEvent = message({ type: 'seated', table: 1, name: 'Table 2', token: TOKEN });

/** Runs `events` from `start`, returning the last state, the last event's effects and every effect in order. */
export function play(events: ParticipantEvent[], start: ParticipantState = initialParticipantState()): { state: ParticipantState; effects: ParticipantEffect[]; all: ParticipantEffect[] } {
  let state = start;
  let effects: ParticipantEffect[] = [];
  const all: ParticipantEffect[] = [];
  for (const event of events) {
    ({ state, effects } = advanceParticipant(state, event));
    all.push(...effects);
  }
  return { state, effects, all };
}

/** A phone that opened the room link, connected, saw the lobby and took Table 2. */
export const JOINED: ParticipantEvent[] = [
  { type: 'code-entered', text: ROOM, seat: null, pending: null },
  { type: 'opened' },
  message({ type: 'lobby', title: 'Closed at the front door', tables: [{ index: 1, name: 'Table 2', taken: false }] }),
  { type: 'table-chosen', table: 1 },
  SEATED,
];

/** {@link JOINED}, then the vote opening. */
export function atTheVote(view: ParticipantView = viewAt('vote')): ParticipantState {
  return play([...JOINED, message({ type: 'view', view })]).state;
}

/** The vote message the page sends for `choice` with `ballot` from Table 2's seat. */
export function voteSent(choice: string, ballot: string): ParticipantEffect {
  return { type: 'send', message: { type: 'vote', code: ROOM, table: 1, token: TOKEN, decision: 1, choice, ballot } };
}
