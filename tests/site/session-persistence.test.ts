import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choose, startSession } from '../../engine/runner/session-moves.js';
import { serialiseSession } from '../../engine/runner/serialise-session.js';
import { viewSession } from '../../engine/runner/view-session.js';
import { parseScenario } from '../../engine/scenario/parse-scenario.js';
import type { Scenario } from '../../engine/scenario/scenario-model.js';
import { createMemoryStore } from '../../engine/storage/key-value-store.js';
import { sessionStorageKey } from '../../engine/storage/storage-keys.js';
import { wrapStored } from '../../engine/storage/stored-envelope.js';
import { coalesceWrite } from '../../site/src/lib/coalesce-write.js';
import { compactScenario } from '../../engine/scenario/compact-scenario.js';
import { loadSession, saveSession } from '../../site/src/lib/session-persistence.js';
import { disabledStore, fullStore } from '../robustness/support/hostile-stores.js';

const file = 'scenarios/closing-too-soon.mdx';
const scenario: Scenario = compactScenario(parseScenario(readFileSync(file, 'utf8'), file).scenario!);
const now = '2026-11-25T12:00:00.000Z';
const key = sessionStorageKey('closing-too-soon');

describe('compactScenario', () => {
  it('drops mdast positions but keeps node positions and everything the player reads', () => {
    const parsed = parseScenario(readFileSync(file, 'utf8'), file).scenario!;
    const compact = compactScenario(parsed);
    expect(JSON.stringify(compact)).not.toMatch(/"start":\{"line"/);
    expect(compact.scenes[compact.start]!.position).toEqual(parsed.scenes[parsed.start]!.position);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(parsed).length * 0.7);
    expect(viewSession(compact, startSession(compact)).node.id).toBe(viewSession(parsed, startSession(parsed)).node.id);
  });
});

describe('saveSession / loadSession', () => {
  it('resumes a saved session where it stopped', () => {
    const store = createMemoryStore();
    const session = choose(scenario, startSession(scenario), 1);
    expect(saveSession(store, session, now)).toEqual({ ok: true });
    const loaded = loadSession(store, scenario, now);
    expect(loaded).toEqual({ session, resumed: true, message: null, setAside: null, held: null });
  });

  it('starts afresh when nothing is saved', () => {
    expect(loadSession(createMemoryStore(), scenario, now)).toEqual({ session: startSession(scenario), resumed: false, message: null, setAside: null, held: null });
  });

  it.each([
    ['text that is not JSON', 'not json at all'],
    ['an envelope holding a damaged session', wrapStored('session', '{"formatVersion":1,"scenarioId":', now)],
    ['a session from an older format', wrapStored('session', JSON.stringify({ formatVersion: 0, scenarioId: 'closing-too-soon', scenarioDigest: 'x', steps: [] }), now)],
    ['a session with a choice the scenario lacks', wrapStored('session', serialiseSession({ ...startSession(scenario), steps: [{ type: 'choose', choiceId: 'no-such-choice' }] }), now)],
    ['an envelope whose data is not text', wrapStored('session', { formatVersion: 1 }, now)],
  ])('sets aside %s, says so, and starts again', (_what, stored) => {
    const store = createMemoryStore({ [key]: stored });
    const loaded = loadSession(store, scenario, now);
    expect(loaded.session).toEqual(startSession(scenario));
    expect(loaded.message).toMatch(/could not be resumed .* set aside/);
    expect(store.getItem(key)).toBeNull();
    expect(store.getItem(`${key}:corrupt:${now}`)).toBe(stored);
  });

  it('reports a refused save instead of throwing, saying whether storage is full or off', () => {
    expect(saveSession(fullStore(), startSession(scenario), now)).toMatchObject({ ok: false, refusal: 'full' });
    expect(saveSession(disabledStore(), startSession(scenario), now)).toMatchObject({ ok: false, refusal: 'unavailable' });
  });

  it('leaves a damaged save where it is when there is no room to set it aside, offers it as a download, and holds saving', () => {
    const stored = 'not json at all';
    const store = fullStore({ [key]: stored });
    const loaded = loadSession(store, scenario, now);
    expect(loaded.session).toEqual(startSession(scenario));
    expect(loaded.held).toBe('held');
    expect(loaded.setAside).toEqual({ fileName: 'common-ground-session-closing-too-soon-set-aside-2026-11-25.txt', text: stored });
    expect(loaded.message).toMatch(/no room in this browser's storage to set it aside, so it is left exactly as it was and this play-through will not be saved over it/);
    expect(store.getItem(key)).toBe(stored);
  });

  it('holds saving, with a message, when the browser will not read storage', () => {
    const loaded = loadSession(disabledStore(), scenario, now);
    expect(loaded).toMatchObject({ session: startSession(scenario), resumed: false, setAside: null });
    expect(loaded.held).toBe('unavailable');
    expect(loaded.message).toMatch(/would not let Common Ground read its storage/);
  });
});

describe('coalesceWrite', () => {
  it('replaces the previous write to the same prompt instead of adding a step', () => {
    const scene = scenario.scenes[scenario.start]!;
    const promptId = scene.reflects[0]?.id ?? scene.records[0]?.id;
    expect(promptId).toBeDefined();
    let session = startSession(scenario);
    session = coalesceWrite(scenario, session, promptId!, 'First');
    session = coalesceWrite(scenario, session, promptId!, 'First draft, longer');
    expect(session.steps).toEqual([{ type: 'write', promptId, text: 'First draft, longer' }]);
    const view = viewSession(scenario, session);
    expect(view.node.kind === 'scene' && view.node.prompts.find((prompt) => prompt.id === promptId)?.text).toBe('First draft, longer');
  });
});
