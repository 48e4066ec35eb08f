import { h } from './dom.js';
import type { ParticipantState } from './participant-state.js';
import { renderProblem } from './render-problem.js';
import { HEADING_ID, type Screen, type ScreenActions } from './screen.js';

/**
 * The lobby: every table as a full-width button, the taken ones shown as
 * taken and disabled. Nothing is tappable while the socket is down, since a
 * join then would go nowhere (the banner says why).
 * @example
 * renderLobby(state, actions); // state.lobby must be set
 */
export function renderLobby(state: ParticipantState, actions: ScreenActions): Screen {
  const lobby = state.lobby ?? { title: '', tables: [] };
  const open = state.connection === 'open';
  const free = lobby.tables.filter((table) => !table.taken).length;
  const buttons = lobby.tables.map((table) => {
    const joining = state.joining === table.index;
    const button = h(
      'button',
      {
        type: 'button',
        class: table.taken ? 'table-button table-button--taken' : 'table-button',
        id: `table-${table.index}`,
        disabled: table.taken || !open || (state.joining !== null && !joining),
        'aria-busy': joining ? 'true' : undefined,
      },
      h('span', { class: 'table-button__name' }, table.name),
      table.taken && h('span', { class: 'tag' }, 'Taken'),
      joining && h('span', { class: 'tag' }, 'Joining…'),
    );
    button.addEventListener('click', () => actions.chooseTable(table.index));
    return h('li', {}, button);
  });
  return {
    key: 'lobby',
    title: 'Choose your table',
    tableName: null,
    focusId: HEADING_ID,
    content: [
      lobby.title && h('p', { class: 'caption' }, lobby.title),
      h('h1', { id: HEADING_ID, tabindex: -1 }, 'Choose your table'),
      state.problem && renderProblem(state.problem),
      h('p', {}, free === 0 ? 'Every table already has a phone. Ask the trainer which table to join.' : 'Tap the table you are sitting at. One phone votes for the whole table.'),
      h('ul', { class: 'table-list' }, ...buttons),
    ].filter((node): node is HTMLElement => node instanceof HTMLElement),
  };
}
