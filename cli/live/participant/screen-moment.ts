/**
 * What a person was in the middle of on a screen: the control they had
 * focused, what they were typing (and where the caret was), and which
 * folded sections they had opened. The page redraws the whole screen on
 * every message (a timer update, another table joining), so without this a
 * lobby arriving mid-typing would wipe the code and every view would fold
 * the scene away again.
 */
export interface ScreenMoment {
  focusId: string;
  typing: Array<{ id: string; value: string; start: number | null; end: number | null }>;
  openDetails: string[];
}

/**
 * Notes the moment on `root` before a redraw of the same screen.
 * @example
 * const moment = captureMoment(screenRoot);
 * screenRoot.replaceChildren(...next);
 * restoreMoment(moment);
 */
export function captureMoment(root: HTMLElement): ScreenMoment {
  const active = document.activeElement;
  return {
    focusId: active instanceof HTMLElement && root.contains(active) ? active.id : '',
    typing: [...root.querySelectorAll<HTMLInputElement>('input[id]')].map((input) => ({ id: input.id, value: input.value, start: input.selectionStart, end: input.selectionEnd })),
    openDetails: [...root.querySelectorAll<HTMLDetailsElement>('details[id][open]')].map((details) => details.id),
  };
}

/**
 * Puts the moment back after the redraw, on the new elements with the same ids.
 * @example
 * restoreMoment(moment);
 */
export function restoreMoment(moment: ScreenMoment): void {
  for (const id of moment.openDetails) {
    const details = document.getElementById(id);
    if (details instanceof HTMLDetailsElement) details.open = true;
  }
  for (const typed of moment.typing) {
    const input = document.getElementById(typed.id);
    if (input instanceof HTMLInputElement) input.value = typed.value;
  }
  if (!moment.focusId) return;
  const focused = document.getElementById(moment.focusId);
  focused?.focus({ preventScroll: true });
  const typed = moment.typing.find((entry) => entry.id === moment.focusId);
  if (typed && focused instanceof HTMLInputElement) focused.setSelectionRange(typed.start, typed.end);
}
