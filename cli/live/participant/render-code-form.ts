import { ROOM_CODE_LENGTH } from '../../../engine/runtime.js';
import { h } from './dom.js';
import type { ParticipantState } from './participant-state.js';
import { HEADING_ID, type Screen, type ScreenActions } from './screen.js';

const FIELD_ID = 'room-code';
const SUMMARY_ID = 'error-summary';

/**
 * The room code form, GOV.UK's way: an error summary at the top that links
 * to the field, and the error again beside it. The summary link focuses the
 * field by script because a real `#room-code` jump would change the hash,
 * which is where this page reads the room code from.
 * @example
 * renderCodeForm(state, actions).content; // [summary?, h1, p, form]
 */
export function renderCodeForm(state: ParticipantState, actions: ScreenActions): Screen {
  const error = state.codeError;
  const input = h('input', {
    class: error ? 'form-input form-input--code form-input--error' : 'form-input form-input--code',
    id: FIELD_ID,
    name: 'code',
    type: 'text',
    value: state.typedCode,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    'aria-describedby': error ? `${FIELD_ID}-hint ${FIELD_ID}-error` : `${FIELD_ID}-hint`,
    'aria-invalid': error ? 'true' : undefined,
  });
  const form = h(
    'form',
    { class: 'code-form', novalidate: true },
    h(
      'div',
      { class: error ? 'form-group form-group--error' : 'form-group' },
      h('label', { class: 'form-label', for: FIELD_ID }, 'Room code'),
      h('p', { class: 'form-hint', id: `${FIELD_ID}-hint` }, `${ROOM_CODE_LENGTH} letters and numbers, for example K7M4QP`),
      error && h('p', { class: 'error-message', id: `${FIELD_ID}-error` }, h('span', { class: 'visually-hidden' }, 'Error: '), error.message),
      input,
    ),
    h('button', { class: 'button button--wide', type: 'submit' }, 'Continue'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.enterCode(input.value);
  });

  let summary: HTMLElement | null = null;
  if (error) {
    const link = h('a', { href: `#${FIELD_ID}` }, error.message);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.focus();
    });
    summary = h(
      'div',
      { class: 'error-summary', id: SUMMARY_ID, tabindex: -1, role: 'alert', 'aria-labelledby': `${SUMMARY_ID}-title` },
      h('h2', { class: 'error-summary__title', id: `${SUMMARY_ID}-title` }, 'There is a problem'),
      h('ul', { class: 'error-summary__list' }, h('li', {}, link)),
      error.hint && h('p', { class: 'error-summary__hint' }, error.hint),
    );
  }

  return {
    // A new error (even on the same screen) is a new screen: focus goes to its summary.
    key: `code:${error?.message ?? ''}:${error?.hint ?? ''}`,
    title: error ? 'Error: Join the workshop' : 'Join the workshop',
    tableName: null,
    focusId: error ? SUMMARY_ID : HEADING_ID,
    content: [
      ...(summary ? [summary] : []),
      h('h1', { id: HEADING_ID, tabindex: -1 }, 'Join the workshop'),
      h('p', { class: 'lead' }, "Enter the room code on the trainer's screen, or scan its QR code with this phone's camera."),
      form,
    ],
  };
}
