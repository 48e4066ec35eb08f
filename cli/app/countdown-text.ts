/**
 * The countdown to the next deadline in words, for every terminal screen
 * that shows one: the full-screen status bar, the workshop's projector
 * layout and the plain mode. A module of its own, without Ink, so the plain
 * mode (and whatever else prints lines) never loads Ink, React and yoga.
 */
import type { SessionView } from '../../engine/index.js';

/**
 * The countdown to the next deadline in words, in one unit at a time as the
 * site gives it (the engine's `leftLabel`): "Resolve at the latest: 2 working
 * days left (due …)".
 *
 * @example
 * countdownText(view); // 'Aim to resolve (aim): 1 working day left (due Tue 6 Oct 2026, 15:30)'
 */
export function countdownText(view: SessionView): string {
  const next = view.nextDeadline;
  if (!next) return 'No deadline pending';
  const label = next.kind === 'aim' ? `${next.label} (aim)` : next.label;
  if (next.overdue) return `${label}: OVERDUE since ${next.dueLabel}`;
  return `${label}: ${next.leftLabel} (due ${next.dueLabel})`;
}
