import type { ParticipantView } from '../../../engine/runtime.js';
import { describeTimer } from './countdown.js';
import { h } from './dom.js';

/** The countdown's element id: the page's one-second tick updates only this. */
export const TIMER_ID = 'countdown';

/**
 * Fills the countdown with the time left now. Called on every view and
 * every second; it writes only when the words change, so a screen reader
 * is not told about it (the element is not a live region, on purpose).
 * @example
 * updateTimer(document.getElementById(TIMER_ID)!, view.timer!, receivedAt, Date.now());
 */
export function updateTimer(element: HTMLElement, timer: NonNullable<ParticipantView['timer']>, receivedAt: number, now: number): void {
  const { time, note } = describeTimer(timer, receivedAt, now);
  const timeElement = element.querySelector('.countdown__time');
  const noteElement = element.querySelector('.countdown__note');
  if (timeElement && timeElement.textContent !== time) timeElement.textContent = time;
  if (noteElement && noteElement.textContent !== note) noteElement.textContent = note;
  element.classList.toggle('countdown--stopped', !timer.running || timer.ranOut);
}

/**
 * The discussion countdown, drawn for now.
 * @example
 * renderTimer(view.timer!, receivedAt, Date.now());
 */
export function renderTimer(timer: NonNullable<ParticipantView['timer']>, receivedAt: number, now: number): HTMLElement {
  const element = h(
    'div',
    { class: 'countdown', id: TIMER_ID },
    h('span', { class: 'countdown__label' }, 'Discussion time'),
    h('span', { class: 'countdown__time' }),
    h('span', { class: 'countdown__note' }),
  );
  updateTimer(element, timer, receivedAt, now);
  return element;
}
