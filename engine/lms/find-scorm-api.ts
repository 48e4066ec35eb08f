/**
 * Finding the platform's SCORM 1.2 API by the algorithm of the SCORM 1.2
 * Run-Time Environment specification (its sample `findAPI` and `getAPI`):
 * look for `API` on this window and up its parents, at most 7 steps up;
 * failing that, on the window that opened this one and up its parents. A
 * platform puts the package in a frame (a parent has it) or in a pop-up
 * (the opener has it).
 *
 * Written against the few window properties it reads, so tests can pass
 * plain objects, and with two departures from the specification's script,
 * both to keep looking where it would stop or go wrong: a window whose
 * `API` cannot be read (another origin's frame throws) is passed over, not
 * fatal; and an `API` that does not have SCORM 1.2's functions (another
 * library's global of that name) is not taken for it.
 */
import { isScorm12Api, type Scorm12Api } from './scorm-12-api.js';

/** What the search reads of a window: a real `Window` is one. */
export interface ApiWindow {
  API?: unknown;
  /** The parent frame; the window itself at the top. */
  readonly parent: ApiWindow;
  /** The window that opened this one, if any. */
  readonly opener?: ApiWindow | null;
}

/** How many parents up the specification looks before giving up. */
export const MAX_PARENT_STEPS = 7;

function apiOf(win: ApiWindow): Scorm12Api | undefined {
  try {
    const api = win.API;
    return isScorm12Api(api) ? api : undefined;
  } catch {
    // Reading a cross-origin frame's property throws a SecurityError: no API we can use there.
    return undefined;
  }
}

function parentOf(win: ApiWindow): ApiWindow | undefined {
  try {
    const parent = win.parent;
    return parent != null && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

/** The spec's findAPI: this window, then up to {@link MAX_PARENT_STEPS} parents. */
function findUp(start: ApiWindow): Scorm12Api | undefined {
  let win: ApiWindow | undefined = start;
  for (let steps = 0; win !== undefined; steps += 1) {
    const api = apiOf(win);
    if (api !== undefined) return api;
    if (steps === MAX_PARENT_STEPS) return undefined;
    win = parentOf(win);
  }
  return undefined;
}

/**
 * The SCORM 1.2 API for the content in `win`, or null when there is no
 * platform (the package was opened on its own: it then plays with local saves).
 *
 * @example
 * const api = findScormApi(window);
 * if (api === null) playWithLocalSaves();
 */
export function findScormApi(win: ApiWindow): Scorm12Api | null {
  const found = findUp(win);
  if (found !== undefined) return found;
  let opener: ApiWindow | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = undefined;
  }
  return (opener != null ? findUp(opener) : undefined) ?? null;
}
