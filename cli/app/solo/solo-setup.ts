/**
 * Everything the `play` command prepares before anything is drawn: the
 * session store, the bundled scenarios, the start menu, and the session to
 * resume. Shared by the full-screen app and plain mode.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../../engine/index.js';
import { bundledScenarioCache, loadBundledScenarios, loadScenarioFile } from '../../scenario-files.js';
import { SessionFileError, type SavedSessionSummary, type SessionStore } from '../../session-store/index.js';
import { playingFromRecord, type NotPlayable } from './solo-persistence.js';
import type { MenuEntry, MenuSaved, Playing } from './solo-state.js';

/** Finds the scenario a saved session belongs to: its file if still there, else the bundled one with its id. */
export async function scenarioForRecord(scenarioId: string, scenarioFile: string, bundledDir: string): Promise<{ scenario: Scenario; file: string } | { error: string }> {
  const candidates = [scenarioFile, join(bundledDir, `${scenarioId}.mdx`)].filter((file) => file && existsSync(file));
  for (const file of candidates) {
    // A bundled scenario resumes from the build-time cache, without the MDX parser.
    const loaded = await loadScenarioFile(file, bundledScenarioCache(bundledDir));
    if (loaded.ok) return { scenario: loaded.scenario, file };
    return { error: `The scenario of this session no longer loads:\n${loaded.errors.join('\n')}` };
  }
  return { error: `The scenario "${scenarioId}" of this session cannot be found (looked for ${scenarioFile}).` };
}

/** A saved session opened to play: the session, when it was last saved (ISO), and anything to tell the learner. */
export interface OpenedSession {
  ok: true;
  playing: Playing;
  savedAt: string;
  notice?: string;
}

/** Options of {@link openSavedSession}. */
export interface OpenSavedOptions {
  /**
   * Whether a damaged file, or one that is not a session, is moved aside
   * (the app's own folder) or left exactly as it is (a file the user named).
   */
  setAside?: boolean;
  /** The scenario the user named: the session must be one of it, and is resumed against this file of it. */
  scenario?: { scenario: Scenario; file: string };
}

/**
 * Opens a saved session file as something to play, holding its lock. If
 * the scenario changed so that saved steps were cut or found again under a
 * new id, the file as it was is first copied beside it, and the notice says
 * what was cut and where the copy is. When it cannot be opened, the lock is
 * let go and nothing is written.
 */
export async function openSavedSession(store: SessionStore, path: string, bundledDir: string, options: OpenSavedOptions = {}): Promise<OpenedSession | NotPlayable> {
  const opened = await openHeld(store, path, bundledDir, options);
  if (!opened.ok) store.release();
  return opened;
}

async function openHeld(store: SessionStore, path: string, bundledDir: string, options: OpenSavedOptions): Promise<OpenedSession | NotPlayable> {
  try {
    store.hold(path);
  } catch (error) {
    if (!(error instanceof SessionFileError)) throw error;
    return { ok: false, message: error.message, hint: error.hint };
  }
  const loaded = store.load(path, { setAside: options.setAside ?? true });
  if (!loaded.ok) return { ok: false, message: `${loaded.message}${loaded.movedTo ? ` It was moved aside to ${loaded.movedTo}.` : ''}`, hint: loaded.hint };
  const { record } = loaded;
  const named = options.scenario;
  if (named && record.mode === 'solo' && record.scenarioId !== named.scenario.id) {
    return {
      ok: false,
      message: `${path} is a session of "${record.scenarioId}", not "${named.scenario.id}".`,
      hint: `Resume it with \`common-ground play ${record.scenarioId} --session ${path}\`.`,
    };
  }
  const found = named ?? (await scenarioForRecord(record.scenarioId, record.scenarioFile, bundledDir));
  if ('error' in found) return { ok: false, message: found.error, hint: 'Put the scenario file back where it was, or name it: `common-ground play FILE.mdx --session SESSION`.' };
  const restored = playingFromRecord(record, path, found.scenario, found.file);
  if (!restored.ok) return restored;
  const { changed: _changed, ...opened } = restored;
  if (!restored.changed) return { ...opened, savedAt: record.savedAt };
  try {
    const copy = store.keepCopy(path, 'before-edit');
    return { ok: true, playing: restored.playing, savedAt: record.savedAt, notice: `${restored.notice ?? ''} Your session as it was is kept in ${copy}.`.trim() };
  } catch (error) {
    if (!(error instanceof SessionFileError)) throw error;
    return { ok: false, message: error.message, hint: error.hint };
  }
}

/** A saved session or workshop as the start menu offers it. */
export function menuSaved(summary: SavedSessionSummary): MenuSaved {
  const { record } = summary;
  return { path: summary.path, mode: record.mode, scenarioId: record.scenarioId, scenarioFile: record.scenarioFile, title: record.scenarioTitle, progress: record.progress, savedAt: record.savedAt, finished: record.finished };
}

/**
 * The unfinished solo sessions and workshops of the app's folder, newest
 * first within each, the finished ones of both kinds, and what was found
 * damaged (and moved aside) or too new.
 */
export function savedEntries(store: SessionStore): { solo: MenuSaved[]; workshops: MenuSaved[]; finished: MenuSaved[]; notices: string[] } {
  const { sessions, finished, problems } = store.listResumable();
  const notices = problems.map((problem) => `${problem.message}${problem.movedTo ? ` Moved aside to ${problem.movedTo}.` : ''}`);
  const saved = sessions.map(menuSaved);
  return { solo: saved.filter((entry) => entry.mode === 'solo'), workshops: saved.filter((entry) => entry.mode === 'workshop'), finished: finished.map(menuSaved), notices };
}

/**
 * The start menu: unfinished solo sessions, then unfinished workshops
 * (newest first), then every bundled scenario, then finished sessions and
 * workshops, last so they never push a new start off the screen.
 */
export async function buildMenu(store: SessionStore, bundledDir: string): Promise<{ menu: MenuEntry[]; notices: string[] }> {
  const { solo, workshops, finished, notices } = savedEntries(store);
  const { scenarios, failures } = await loadBundledScenarios(bundledDir);
  for (const failure of failures) notices.push(`${failure.file} was skipped: ${failure.errors[0] ?? 'it does not load'}`);
  const menu: MenuEntry[] = [
    ...[...solo, ...workshops].map((saved): MenuEntry => ({ kind: 'saved', saved })),
    ...scenarios.map((item): MenuEntry => ({ kind: 'scenario', item })),
    ...finished.map((saved): MenuEntry => ({ kind: 'saved', saved })),
  ];
  return { menu, notices };
}
