/**
 * Everything the `play` command prepares before anything is drawn: the
 * session store, the bundled scenarios, the start menu, and the session to
 * resume. Shared by the full-screen app and plain mode.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../../engine/index.js';
import { loadBundledScenarios, loadScenarioFile } from '../../scenario-files.js';
import type { SessionStore } from '../../session-store/index.js';
import { playingFromRecord } from './solo-persistence.js';
import type { MenuEntry, Playing } from './solo-state.js';

/** Finds the scenario a saved session belongs to: its file if still there, else the bundled one with its id. */
export async function scenarioForRecord(scenarioId: string, scenarioFile: string, bundledDir: string): Promise<{ scenario: Scenario; file: string } | { error: string }> {
  const candidates = [scenarioFile, join(bundledDir, `${scenarioId}.mdx`)].filter((file) => file && existsSync(file));
  for (const file of candidates) {
    const loaded = await loadScenarioFile(file);
    if (loaded.ok) return { scenario: loaded.scenario, file };
    return { error: `The scenario of this session no longer loads:\n${loaded.errors.join('\n')}` };
  }
  return { error: `The scenario "${scenarioId}" of this session cannot be found (looked for ${scenarioFile}).` };
}

/** Opens a saved session file as something to play. */
export async function openSavedSession(store: SessionStore, path: string, bundledDir: string): Promise<{ ok: true; playing: Playing; notice?: string } | { ok: false; message: string }> {
  const loaded = store.load(path);
  if (!loaded.ok) return { ok: false, message: `${loaded.message}${loaded.movedTo ? ` It was moved aside to ${loaded.movedTo}.` : ''}` };
  const found = await scenarioForRecord(loaded.record.scenarioId, loaded.record.scenarioFile, bundledDir);
  if ('error' in found) return { ok: false, message: found.error };
  return playingFromRecord(loaded.record, path, found.scenario, found.file);
}

/** The start menu: unfinished solo sessions first (newest first), then every bundled scenario. */
export async function buildMenu(store: SessionStore, bundledDir: string): Promise<{ menu: MenuEntry[]; notices: string[] }> {
  const { sessions, problems } = store.listResumable();
  const notices = problems.map((problem) => `${problem.message}${problem.movedTo ? ` Moved aside to ${problem.movedTo}.` : ''}`);
  const { scenarios, failures } = await loadBundledScenarios(bundledDir);
  for (const failure of failures) notices.push(`${failure.file} was skipped: ${failure.errors[0] ?? 'it does not load'}`);
  const menu: MenuEntry[] = [
    ...sessions
      .filter((entry) => entry.record.mode === 'solo')
      .map((entry): MenuEntry => ({ kind: 'saved', saved: { path: entry.path, title: entry.record.scenarioTitle, progress: entry.record.progress, savedAt: entry.record.savedAt.slice(0, 16).replace('T', ' ') } })),
    ...scenarios.map((item): MenuEntry => ({ kind: 'scenario', item })),
  ];
  return { menu, notices };
}
