/**
 * Resuming a session whose scenario was edited since: a renamed choice is
 * found again by its wording, the moves that no longer fit are named, and
 * the file as it was is kept beside it before anything is written over it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { soloRecord } from '../../../cli/app/solo/solo-persistence.js';
import { openSavedSession } from '../../../cli/app/solo/solo-setup.js';
import type { Playing } from '../../../cli/app/solo/solo-state.js';
import { bundledScenariosDir } from '../../../cli/scenario-files.js';
import { createSessionStore, nodeSessionFs, type SessionStore } from '../../../cli/session-store/index.js';
import { choose, startSession, viewSession, writeResponse, type Session } from '../../../engine/index.js';
import { bundled } from '../../engine/workshop/load-bundled.js';

const scenario = bundled('conference-refused');
const RING_MARCUS = 'Call Marcus at two as arranged, with the chronology in front of you.';
const INVOLVE_NAMED_GP = 'Agree. Dr Hebden will brief Dr Bell first thing tomorrow, and you will send her the chronology tonight.';

let dir = '';
let scenarioFile = '';
let store: SessionStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-edit-'));
  mkdirSync(join(dir, 'sessions'));
  scenarioFile = join(dir, 'conference-refused.mdx');
  copyFileSync(new URL('../../../scenarios/conference-refused.mdx', import.meta.url), scenarioFile);
  store = createSessionStore({ fs: nodeSessionFs(), dir: join(dir, 'sessions'), now: () => new Date('2026-12-18T10:00:00.000Z'), token: 'test' });
});
afterEach(() => {
  store.release?.();
  rmSync(dir, { recursive: true, force: true });
});

/** Five moves and two reflections into conference-refused, saved as the app saves them. */
function saveSession(): { path: string; text: string; session: Session } {
  let session = startSession(scenario);
  session = choose(scenario, session, 'prepare-and-call');
  session = choose(scenario, session, 'ring-marcus');
  session = writeResponse(scenario, session, 'during-marcus-call', 'We differ on weight, not facts.');
  session = choose(scenario, session, 'agree-to-disagree');
  session = choose(scenario, session, 'involve-named-gp');
  session = writeResponse(scenario, session, 'before-joanne', 'Ask who has seen Kyle.');
  const path = join(dir, 'sessions', 'mine.json');
  const playing: Playing = { scenario, file: scenarioFile, session, path, startedAt: '2026-12-18T09:00:00.000Z' };
  store.save(path, soloRecord(playing, viewSession(scenario, session), new Date('2026-12-18T09:30:00.000Z')));
  return { path, text: readFileSync(path, 'utf8'), session };
}

/** The author renames a scene and a choice (same wording), and rewrites another choice. */
function editScenario(): void {
  const text = readFileSync(scenarioFile, 'utf8')
    .replaceAll('="marcus-call"', '="call-with-marcus"')
    .replace('id="ring-marcus"', 'id="phone-marcus"')
    .replace('id="involve-named-gp"', 'id="brief-named-gp"')
    .replace(INVOLVE_NAMED_GP, 'Agree: Dr Hebden will brief Dr Bell tomorrow morning.');
  writeFileSync(scenarioFile, text);
}

function keptCopies(path: string, original: string): string[] {
  const folder = join(dir, 'sessions');
  return readdirSync(folder)
    .map((name) => join(folder, name))
    .filter((file) => file !== path && readFileSync(file, 'utf8') === original);
}

describe('openSavedSession after the scenario was edited', () => {
  it('replays a renamed choice by its wording, names the moves cut, and keeps the file as it was', async () => {
    const { path, text, session } = saveSession();
    editScenario();
    const opened = await openSavedSession(store, path, bundledScenariosDir());
    expect(opened.ok, opened.ok ? '' : opened.message).toBe(true);
    if (!opened.ok) return;
    const steps = opened.playing.session.steps;
    // Kept: the first choice, the renamed one (now by its new id), the reflection and the next choice.
    expect(steps.map((step) => (step.type === 'choose' ? step.choiceId : step.type))).toEqual(['prepare-and-call', 'phone-marcus', 'write', 'agree-to-disagree']);
    expect(steps).toHaveLength(session.steps.length - 2);
    // Each named by its wording in quotes (its full stop left to the sentence).
    expect(opened.notice).toContain(`found again by their wording: “${RING_MARCUS.slice(0, -1)}”`);
    expect(opened.notice).toContain(`cut: “${INVOLVE_NAMED_GP.slice(0, -1)}”; what you wrote for “before-joanne”`);
    const copies = keptCopies(path, text);
    expect(copies).toHaveLength(1);
    expect(opened.notice).toContain(copies[0]);
    // Saving the resumed session writes over the file, never over the kept copy.
    store.save(path, soloRecord(opened.playing, viewSession(opened.playing.scenario, opened.playing.session), new Date('2026-12-18T10:05:00.000Z')));
    expect(readFileSync(copies[0]!, 'utf8')).toBe(text);
  });

  it('still resumes a session saved without the wording of its choices, naming the cut moves by id', async () => {
    const { path } = saveSession();
    const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    delete record.choiceLabels;
    const old = JSON.stringify(record, null, 2);
    writeFileSync(path, old);
    editScenario();
    const opened = await openSavedSession(store, path, bundledScenariosDir());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.playing.session.steps.map((step) => (step.type === 'choose' ? step.choiceId : step.type))).toEqual(['prepare-and-call']);
    expect(opened.notice).toContain('ring-marcus');
    expect(keptCopies(path, old)).toHaveLength(1);
  });

  it('keeps no copy when every move still fits', async () => {
    const { path, text } = saveSession();
    const opened = await openSavedSession(store, path, bundledScenariosDir());
    expect(opened.ok).toBe(true);
    expect(readdirSync(join(dir, 'sessions')).filter((name) => name.endsWith('.json'))).toEqual(['mine.json']);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
