/**
 * Where the page lands after a move: focus on a heading and the heading at
 * the top of the screen, fully visible, whether smooth scrolling is on or
 * the reader asked for reduced motion.
 *
 * Focusing alone is not enough: `focus()` scrolls only when the element is
 * off screen, and then only as far as its edge, so after a choice the new
 * feedback could stay above the top of the screen while the choices showed.
 * Here focus moves without scrolling and the scroll is explicit; once a
 * smooth scroll ends (or if something above the heading changed size
 * meanwhile) the heading is checked and put back in view at once.
 */

/** How long to wait for a smooth scroll's `scrollend` before checking anyway. */
const SETTLE_MS = 1200;

/** True when the heading is wholly on screen. */
function fullyVisible(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

/**
 * Focuses `heading` (making it focusable by script, not by Tab) and
 * scrolls `frame` (the heading itself, or the panel it heads, so the
 * panel's top edge shows too) to the top of the viewport, less its
 * `scroll-margin-top`.
 *
 * @example
 * ```ts
 * const heading = document.getElementById('player-feedback-heading')!;
 * landOn(heading, heading.closest('section') ?? heading);
 * ```
 */
export function landOn(heading: HTMLElement, frame: HTMLElement = heading): void {
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  frame.scrollIntoView({ block: 'start', behavior: reduced ? 'instant' : 'smooth' });
  if (reduced) return;
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    window.removeEventListener('scrollend', settle);
    window.clearTimeout(timer);
    if (heading.isConnected && document.activeElement === heading && !fullyVisible(heading)) frame.scrollIntoView({ block: 'start', behavior: 'instant' });
  };
  window.addEventListener('scrollend', settle);
  const timer = window.setTimeout(settle, SETTLE_MS);
}
