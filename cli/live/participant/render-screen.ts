import type { ParticipantState } from './participant-state.js';
import { renderCodeForm } from './render-code-form.js';
import { renderLobby } from './render-lobby.js';
import { renderView } from './render-view.js';
import { renderWaiting } from './render-waiting.js';
import type { Screen, ScreenActions } from './screen.js';

/**
 * The screen for the state: the code form until a code is accepted, then
 * the lobby until the phone has a seat, then the room's step.
 * @example
 * const screen = renderScreen(state, actions, Date.now());
 * main.replaceChildren(...screen.content);
 */
export function renderScreen(state: ParticipantState, actions: ScreenActions, now: number): Screen {
  if (state.code === null) return renderCodeForm(state, actions);
  if (!state.seat) return state.lobby ? renderLobby(state, actions) : renderWaiting(state);
  if (state.view) return renderView(state, state.view, actions, now);
  return renderWaiting(state);
}
