/**
 * Between the solo app and the session store: a playing session as a
 * session file, and a session file back as something to play (checking the
 * scenario still matches what was saved).
 */
import { EngineError, restoreSession, type Scenario, serialiseSession, type SessionView } from '../../../engine/index.js';
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
    choiceLabels: Object.fromEntries(view.history.flatMap((entry) => (entry.choiceId === null ? [] : [[entry.choiceId, entry.label]]))),
  };
}

/** A saved session that cannot be played, in words: what is wrong, and what to do. */
export interface NotPlayable {
  ok: false;
  message: string;
  hint: string;
}

/**
 * A saved solo session back as a playing one, or why it cannot be. When the
 * scenario has changed since the session was saved, it still opens (the
 * runner replays what it can, finding renamed choices by the wording saved
 * beside the session) and `notice` says so; `changed` is true when the
 * steps resumed differ from the steps saved (cut, or renamed), so the file
 * as it was should be kept before it is saved over.
 */
export function playingFromRecord(record: SessionRecord, path: string, scenario: Scenario, file: string): { ok: true; playing: Playing; notice?: string; changed: boolean } | NotPlayable {
  if (record.mode !== 'solo') {
    return { ok: false, message: `${path} is a workshop, not a solo session.`, hint: `Resume it with \`common-ground workshop ${record.scenarioId} --session ${path}\`.` };
  }
  try {
    const restored = restoreSession(JSON.stringify(record.session), scenario, record.choiceLabels ? { choiceLabels: record.choiceLabels } : {});
    const playing: Playing = { scenario, file, session: restored.session, path, startedAt: record.startedAt };
    const changed = (restored.cut?.length ?? 0) > 0 || (restored.relabelled?.length ?? 0) > 0;
    if (!restored.scenarioChanged && !restored.warning) return { ok: true, playing, changed };
    return { ok: true, playing, changed, notice: restored.warning ?? `The scenario "${scenario.frontmatter.title}" has changed since this session was saved; your moves were replayed against the new version.` };
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return { ok: false, message: error.message, hint: error.hint };
  }
}
