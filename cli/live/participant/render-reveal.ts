import type { ParticipantView } from '../../../engine/runtime.js';
import { h, trustedHtml } from './dom.js';
import { plural } from './wording.js';

/**
 * The reveal: the room's split as a list with bars (the count is always in
 * words too), this table's choice and the one followed marked in words, then
 * the author's feedback.
 * @example
 * renderReveal(view); // view.result must be set
 */
export function renderReveal(view: ParticipantView): HTMLElement[] {
  const result = view.result;
  if (!result) return [];
  const most = Math.max(1, ...result.tally.map((line) => line.count));
  const lines = result.tally.map((line) => {
    const fill = h('span', { class: 'tally__fill' });
    // Set through the CSSOM: the laptop's Content-Security-Policy refuses style attributes.
    fill.style.width = `${(line.count / most) * 100}%`;
    const classes = ['tally__line', line.mine && 'tally__line--mine', line.followed && 'tally__line--followed'].filter(Boolean).join(' ');
    return h(
      'li',
      { class: classes },
      h('span', { class: 'tally__label' }, h('span', { class: 'choice__number', 'aria-hidden': 'true' }, String(line.number)), h('span', { class: 'visually-hidden' }, `Choice ${line.number}: `), line.label),
      h('span', { class: 'tally__row' }, h('span', { class: 'tally__bar', 'aria-hidden': 'true' }, fill), h('span', { class: 'tally__count' }, plural(line.count, 'table'))),
      (line.mine || line.followed) &&
        h('span', { class: 'tally__tags' }, line.mine && h('span', { class: 'tag tag--mine' }, 'Your table'), line.followed && h('span', { class: 'tag tag--followed' }, 'Followed')),
    );
  });
  const content: Array<HTMLElement | null> = [
    h('h2', {}, 'The votes'),
    h('ul', { class: 'tally' }, ...lines),
    result.followedLabel ? h('p', { class: 'followed' }, 'The story follows: ', h('strong', {}, result.followedLabel)) : null,
    h('h2', {}, 'Feedback'),
    trustedHtml(result.feedbackHtml, 'prose'),
  ];
  return content.filter((node): node is HTMLElement => node !== null);
}
