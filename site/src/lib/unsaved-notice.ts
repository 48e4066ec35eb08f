/**
 * The words of the persistent notice the player shows while something
 * cannot be saved: which part is not being kept (progress, or only the
 * reflective log), why, and what the learner can do; and how much of what
 * is typed is being kept, for the hint beside each writing box.
 */
import type { StorageRefusal } from '../../../engine/runtime.js';

/** Why something is not being saved: the browser refused, or it is held back so as not to write over unreadable data. */
export type SaveProblem = StorageRefusal | 'held';

/** What is currently not being saved; null for each part that saves. */
export interface UnsavedParts {
  /** The play-through (choices and writing). */
  session: SaveProblem | null;
  /** The reflective log entries written in it. */
  log: SaveProblem | null;
}

const SESSION: Record<SaveProblem, string> = {
  full: "This browser's storage is full, so your progress and what you write here are not being saved. They will be lost if you close or reload this page: download a copy to keep them. Saving starts again by itself once there is room (for example, after clearing other websites' stored data).",
  unavailable:
    'This browser is not letting Common Ground save (storage may be switched off, or blocked as in some private windows), so your progress and what you write here are not being saved. They will be lost if you close or reload this page: download a copy to keep them.',
  held: 'Your progress is not being saved, so that the saved progress that could not be resumed is not written over. It will be lost if you close or reload this page: download a copy to keep it.',
};

const LOG: Record<SaveProblem, string> = {
  full: "This browser's storage is full, so what you write is kept with your progress in this scenario but is not being added to your reflective log. Download a copy to keep it.",
  unavailable: 'This browser is not letting Common Ground add what you write to your reflective log. It is kept with your progress in this scenario: download a copy to keep it.',
  held: 'Your reflective log could not be read, so what you write is not being added to it; it is kept with your progress in this scenario. Download a copy to keep it, and open the reflective log to download what it holds.',
};

/**
 * The notice for what is not being saved, or null when everything saves.
 *
 * @example
 * unsavedMessage({ session: 'full', log: 'full' }); // "This browser's storage is full, so your progress …"
 * unsavedMessage({ session: null, log: null });     // null
 */
export function unsavedMessage(parts: UnsavedParts): string | null {
  if (parts.session) return SESSION[parts.session];
  if (parts.log) return LOG[parts.log];
  return null;
}

/** How much of what is typed is being kept: all of it, only with the progress (not in the reflective log), none, or nothing by design (the studio's preview). */
export type WritingKept = 'all' | 'progress-only' | 'none' | 'preview';

/**
 * How much of what is typed is being kept, so the hint beside a writing box
 * never says "saved" of something that is not.
 *
 * @example
 * writingKept({ session: null, log: 'full' }); // 'progress-only'
 */
export function writingKept(parts: UnsavedParts): WritingKept {
  if (parts.session) return 'none';
  return parts.log ? 'progress-only' : 'all';
}
