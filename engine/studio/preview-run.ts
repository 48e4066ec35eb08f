/**
 * The studio's preview: what it plays as the draft changes. A new version
 * of the draft (each check without errors makes one) is taken at once, and
 * silently, until the first move is made in the preview; after that the
 * play-through is never swapped mid-way, and the preview says the draft
 * changed until it is restarted. Restarting plays the latest version, from
 * the scene chosen.
 *
 * @example
 * let run = previewVersion(undefined, draft, ''); // plays draft from its start
 * run = previewVersion(run, editedDraft, ''); // no move yet: plays editedDraft
 * run = previewMoved(run);
 * run = previewVersion(run, editedAgain, ''); // the same run
 * isPreviewStale(run, editedAgain); // true: "The draft changed: restart the preview"
 * run = restartPreview(run, editedAgain, 'line-manager'); // plays editedAgain from line-manager
 */
import type { Scenario } from '../scenario/scenario-model.js';

/** One play-through of the preview. */
export interface PreviewRun {
  /** The version of the draft it plays. */
  source: Scenario;
  /** That version as played: from the scene chosen. */
  scenario: Scenario;
  /** Grows with every new play-through, so the player starts afresh. */
  run: number;
  /** A move has been made in it (so it is not swapped for a new version). */
  moved: boolean;
}

/**
 * The draft to play, starting at `from` when the draft has that scene (an
 * empty `from`, or one the draft no longer has, is its own start).
 *
 * @example
 * playFrom(draft, 'line-manager').start; // 'line-manager'
 * playFrom(draft, 'gone').start; // draft.start
 */
export function playFrom(scenario: Scenario, from: string): Scenario {
  return from !== '' && Object.hasOwn(scenario.scenes, from) ? { ...scenario, start: from } : scenario;
}

/**
 * A new play-through of `latest` from `from`, whatever was playing.
 *
 * @example
 * restartPreview(run, draft, ''); // { source: draft, scenario: draft, run: run.run + 1, moved: false }
 */
export function restartPreview(current: PreviewRun | undefined, latest: Scenario, from: string): PreviewRun {
  return { source: latest, scenario: playFrom(latest, from), run: (current?.run ?? 0) + 1, moved: false };
}

/**
 * What the preview plays once a new version of the draft arrives: a new
 * play-through of it while no move has been made (a new one each time, so
 * the player never keeps a session of the old version), else what was
 * playing, unchanged.
 *
 * @example
 * previewVersion(undefined, draft, '').source; // draft
 * previewVersion(movedRun, newer, '') === movedRun; // true
 */
export function previewVersion(current: PreviewRun | undefined, latest: Scenario, from: string): PreviewRun {
  if (current?.moved) return current;
  if (current?.source === latest) return current;
  return restartPreview(current, latest, from);
}

/**
 * The play-through once a move has been made in it.
 *
 * @example
 * previewMoved(run).moved; // true
 */
export function previewMoved(current: PreviewRun): PreviewRun {
  return current.moved ? current : { ...current, moved: true };
}

/**
 * Whether the preview should say the draft changed: a move has been made,
 * and the draft has a newer version than the one playing.
 *
 * @example
 * isPreviewStale(previewMoved(run), newer); // true
 * isPreviewStale(run, newer); // false: it takes newer silently
 */
export function isPreviewStale(current: PreviewRun, latest: Scenario): boolean {
  return current.moved && current.source !== latest;
}
