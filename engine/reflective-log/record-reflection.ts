/**
 * Saving what the learner types into a scenario's prompt without ever
 * replacing what an earlier play-through said. The player saves on every
 * change, so most saves are edits of the current version; a save is a new
 * version when the text being changed is not the one this play-through
 * holds: after a restart (a replay), or after stepping back past it.
 */
import { isRecord } from '../kernel/is-record.js';
import type { ReflectiveLog, ReflectiveLogEntry } from './reflective-log.js';
import { latestVersionIndex, upsertLogEntry } from './upsert-log-entry.js';

/** What the saved play-through of a scenario says about one prompt. */
export interface PlayThrough {
  /**
   * A mark that changes whenever the saved play-through is saved again
   * (its save time), or null when none is saved.
   */
  mark: string | null;
  /** The text the saved play-through holds for the prompt, or null when it holds none. */
  text: string | null;
}

/** The last write step's text for `promptId` in serialised session JSON, or null. */
function writtenText(serialised: unknown, promptId: string): string | null {
  if (typeof serialised !== 'string') return null;
  let session: unknown;
  try {
    session = JSON.parse(serialised);
  } catch {
    return null;
  }
  if (!isRecord(session) || !Array.isArray(session.steps)) return null;
  let text: string | null = null;
  for (const step of session.steps as unknown[]) {
    if (isRecord(step) && step.type === 'write' && step.promptId === promptId && typeof step.text === 'string') text = step.text;
  }
  return text;
}

/**
 * Reads what a stored session (its envelope's text, as kept in the browser)
 * says about one prompt. Anything unreadable reads as "nothing saved", so a
 * damaged save only ever makes the next text a new version, never a
 * replacement.
 *
 * @example
 * playThroughOf(localStorage.getItem(sessionStorageKey('closing-too-soon')), 'plan-the-call');
 * // { mark: '2026-12-18T10:00:00.000Z', text: 'Share what Amara said.' }
 */
export function playThroughOf(storedSession: string | null, promptId: string): PlayThrough {
  if (storedSession === null) return { mark: null, text: null };
  let envelope: unknown;
  try {
    envelope = JSON.parse(storedSession);
  } catch {
    return { mark: null, text: null };
  }
  if (!isRecord(envelope) || envelope.kind !== 'session') return { mark: null, text: null };
  return { mark: typeof envelope.savedAt === 'string' ? envelope.savedAt : null, text: writtenText(envelope.data, promptId) };
}

/**
 * The log with what the learner typed saved. It replaces the current
 * version of the answer when that version belongs to this play-through:
 * the saved play-through holds its text, or nothing has been saved to the
 * play-through since it was written. Otherwise the text is a new version
 * and the earlier one is kept. Text that is only whitespace removes the
 * current version only when it belongs to this play-through.
 *
 * @example
 * const first = recordReflection(emptyReflectiveLog(), entry, { mark: 'a', text: null });
 * // the learner restarts the scenario and writes again:
 * recordReflection(first, { ...entry, text: 'Second time' }, { mark: 'b', text: null }).entries.length; // 2
 */
export function recordReflection(log: ReflectiveLog, entry: ReflectiveLogEntry, play: PlayThrough): ReflectiveLog {
  const { playMark: _ignored, ...fields } = entry;
  const marked: ReflectiveLogEntry = play.mark === null ? fields : { ...fields, playMark: play.mark };
  const index = latestVersionIndex(log.entries, entry.scenarioId, entry.promptId);
  const latest = index === -1 ? undefined : log.entries[index]!;
  const samePlay = latest !== undefined && ((play.text !== null && latest.text === play.text) || (latest.playMark ?? null) === play.mark);
  if (latest === undefined || samePlay) return upsertLogEntry(log, marked);
  if (entry.text.trim() === '') return log;
  return { ...log, entries: [...log.entries, marked] };
}
