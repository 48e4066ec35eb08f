import type { ParticipantView } from '../../../engine/runtime.js';
import { h } from './dom.js';
import type { ParticipantState } from './participant-state.js';
import type { ScreenActions } from './screen.js';
import { endSentence } from './wording.js';

/** Where the table's vote at the view's decision is: waiting to go, sent, counted, or none. */
export type VoteTone = 'sending' | 'received' | 'none';

/**
 * The sentence under the choices: where this table's vote is. In
 * independent mode (the view has a button to move on) the table, not the
 * trainer, ends the vote, so the receipt leaves that to the server's words.
 * @example
 * voteStatus(state, view); // { text: 'Sending…', tone: 'sending' }
 */
export function voteStatus(state: ParticipantState, view: ParticipantView): { text: string; tone: VoteTone } {
  const label = (id: string) => view.choices.find((choice) => choice.id === id)?.label ?? id;
  const pending = state.pending?.decision === view.decision ? state.pending : null;
  if (pending) {
    if (state.connection !== 'open' || !state.seated) {
      // The banner above says why and what happens next; this says which choice is waiting.
      return { text: `Not sent yet: ${endSentence(label(pending.choice))} It is kept on this phone.`, tone: 'sending' };
    }
    // The notice above says the laptop could not take it and that it goes again by itself.
    if (state.resendWaiting) return { text: `Not saved yet: ${endSentence(label(pending.choice))} It is kept on this phone.`, tone: 'sending' };
    return { text: 'Sending…', tone: 'sending' };
  }
  const counted = state.counted?.decision === view.decision ? state.counted : null;
  if (counted) {
    const change = view.advance ? '' : ' You can change it until the trainer closes the vote.';
    return { text: `Vote received: ${endSentence(label(counted.choice))}${change}`, tone: 'received' };
  }
  return { text: 'Your table has not voted yet.', tone: 'none' };
}

/**
 * The vote: each choice a full-width toggle button (a tap sends it, so
 * these are buttons, not radios, which would send on every arrow key), the
 * table's current choice pressed, and the vote's state beneath.
 * @example
 * renderVote(state, view, actions); // [fieldset, status]
 */
export function renderVote(state: ParticipantState, view: ParticipantView, actions: ScreenActions): HTMLElement[] {
  const pending = state.pending?.decision === view.decision ? state.pending : null;
  const counted = state.counted?.decision === view.decision ? state.counted : null;
  const selected = pending?.choice ?? counted?.choice ?? null;
  const status = voteStatus(state, view);
  const buttons = view.choices.map((choice) => {
    const pressed = choice.id === selected;
    const button = h(
      'button',
      { type: 'button', class: pressed ? 'choice choice--selected' : 'choice', id: `choice-${choice.number}`, 'aria-pressed': pressed ? 'true' : 'false', 'aria-describedby': 'vote-status' },
      h('span', { class: 'choice__number', 'aria-hidden': 'true' }, String(choice.number)),
      h('span', { class: 'choice__label' }, h('span', { class: 'visually-hidden' }, `Choice ${choice.number}: `), choice.label),
      h('span', { class: 'choice__mark', 'aria-hidden': 'true' }, pressed ? '✓' : ''),
    );
    button.addEventListener('click', () => actions.chooseChoice(choice.id));
    return h('li', {}, button);
  });
  return [
    h(
      'fieldset',
      { class: 'choices' },
      h('legend', { class: 'choices__legend' }, 'What should happen next?'),
      h('p', { class: 'form-hint' }, 'Agree as a table, then tap one choice. It is sent straight away.'),
      h('ul', { class: 'choices__list' }, ...buttons),
    ),
    h('p', { class: `vote-status vote-status--${status.tone}`, id: 'vote-status' }, status.text),
  ];
}
