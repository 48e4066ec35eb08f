/**
 * Between the solo app and the session store: a playing session as a
 * session file, and a session file back as something to play (checking the
 * scenario still matches what was saved).
 */
import { restoreSession, type Scenario, serialiseSession, type SessionView } from '../../../engine/index.js';
import type { SessionRecord } from '../../session-store/index.js';
import type { Playing } from './solo-state.js';

/** One line for the start menu: stage and simulated time, or the ending. */
export function progressLine(view: SessionView): string {
  if (view.node.kind === 'ending') return `Finished (${view.node.outcome}) · ${view.nowLabel}`;
  return `Stage ${view.stage.number} · ${view.nowLabel}`;
}

/**
 * The session file for a playing session.
 * @example
 * store.save(playing.path, soloRecord(playing, view, new Date()));
 */
export function soloRecord(playing: Playing, view: SessionView, savedAt: Date): SessionRecord {
  return {
    kind: 'common-ground-session',
    recordVersion: 1,
    mode: 'solo',
    scenarioId: playing.scenario.id,
    scenarioTitle: playing.scenario.frontmatter.title,
    scenarioFile: playing.file,
    startedAt: playing.startedAt,
    savedAt: savedAt.toISOString(),
    progress: progressLine(view),
    finished: view.finished,
    session: JSON.parse(serialiseSession(playing.session)) as unknown,
  };
}

/**
 * A saved solo session back as a playing one, or why it cannot be. When the
 * scenario has changed since the session was saved, it still opens (the
 * runner replays what it can) and `notice` says so.
 */
export function playingFromRecord(record: SessionRecord, path: string, scenario: Scenario, file: string): { ok: true; playing: Playing; notice?: string } | { ok: false; message: string } {
  if (record.mode !== 'solo') return { ok: false, message: `${path} is a workshop session: resume it with the workshop command.` };
  try {
    const restored = restoreSession(JSON.stringify(record.session), scenario);
    const playing: Playing = { scenario, file, session: restored.session, path, startedAt: record.startedAt };
    if (!restored.scenarioChanged && !restored.warning) return { ok: true, playing };
    return { ok: true, playing, notice: restored.warning ?? `The scenario "${scenario.frontmatter.title}" has changed since this session was saved; your moves were replayed against the new version.` };
  } catch (error) {
    const hint = error && typeof error === 'object' && 'hint' in error ? ` ${(error as { hint: string }).hint}` : '';
    return { ok: false, message: `${error instanceof Error ? error.message : String(error)}${hint}` };
  }
}
