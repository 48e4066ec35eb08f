import { h } from './dom.js';
import type { ParticipantState } from './participant-state.js';
import { HEADING_ID, type Screen } from './screen.js';

/**
 * The screens between the code and the first view: connecting to the
 * laptop, taking back a seat after a reload, or seated before the trainer
 * has sent a step.
 * @example
 * renderWaiting(state); // { key: 'connecting', … } while no lobby has come
 */
export function renderWaiting(state: ParticipantState): Screen {
  const seat = state.seat;
  if (!seat) {
    return {
      key: 'connecting',
      title: 'Connecting',
      tableName: null,
      focusId: HEADING_ID,
      content: [h('h1', { id: HEADING_ID, tabindex: -1 }, 'Joining the workshop'), h('p', {}, "Finding the tables on the trainer's laptop…")],
    };
  }
  const name = seat.name ?? state.lobby?.tables.find((table) => table.index === seat.table)?.name ?? `Table ${seat.table + 1}`;
  return {
    key: state.seated ? 'seated' : 'rejoining',
    title: name,
    tableName: name,
    focusId: HEADING_ID,
    content: state.seated
      ? [h('h1', { id: HEADING_ID, tabindex: -1 }, `You are ${name}`), h('p', { class: 'inset' }, 'Waiting for the trainer to start.')]
      : [h('h1', { id: HEADING_ID, tabindex: -1 }, `Rejoining as ${name}`), h('p', {}, 'Taking back your seat…')],
  };
}
