import { h } from './dom.js';
import type { Problem } from './problem.js';

/**
 * A refusal from the server shown where the person is: the message, then
 * what to do. Red edge and bold title, so it does not rely on colour.
 * @example
 * renderProblem({ message: 'That table is taken.', hint: 'Choose another table.' });
 */
export function renderProblem(problem: Problem): HTMLElement {
  return h(
    'div',
    { class: 'notice notice--alert', id: 'problem' },
    h('h2', { class: 'notice__title' }, problem.message),
    problem.hint && h('p', {}, problem.hint),
  );
}
