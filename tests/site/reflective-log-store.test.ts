import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../engine/storage/key-value-store.js';
import { reflectiveLogStorageKey } from '../../engine/storage/storage-keys.js';
import { unwrapStored, wrapStored } from '../../engine/storage/stored-envelope.js';
import { cpdRecordFromForm, emptyCpdForm } from '../../engine/reflective-log/check-cpd-form.js';
import { saveCpdRecord } from '../../engine/reflective-log/cpd-record.js';
import { sessionStorageKey } from '../../engine/storage/storage-keys.js';
import { clearReflectiveLog, deleteEverything, loadReflectiveLog, recordLogEntry, updateReflectiveLog } from '../../site/src/lib/reflective-log-store.js';
import { disabledStore, forgetfulStore, fullStore } from '../robustness/support/hostile-stores.js';

const now = '2026-11-25T12:00:00.000Z';
const key = reflectiveLogStorageKey();
const aside = `${key}:corrupt:${now}`;
const entry = {
  scenarioId: 'closing-too-soon',
  scenarioTitle: 'Closing too soon',
  promptId: 'plan-the-call',
  kind: 'reflect' as const,
  phase: 'before' as const,
  prompt: 'What do you want to achieve?',
  text: 'Keep the case open.',
  updatedAt: now,
};
const second = { ...entry, promptId: 'call-record', kind: 'record' as const, text: 'Agreed six weeks.' };
const broken = { ...entry, promptId: 'broken', text: 42 };

/** A stored log whose second entry cannot be read. */
const oneBadEntry = wrapStored('reflective-log', { formatVersion: 1, entries: [entry, broken, second] }, now);

describe('recordLogEntry / loadReflectiveLog', () => {
  it('stores entries and reads them back', () => {
    const store = createMemoryStore();
    expect(recordLogEntry(store, entry, now)).toEqual({ problem: null, setAside: null, saved: { ok: true } });
    expect(loadReflectiveLog(store, now)).toEqual({ log: { formatVersion: 2, entries: [entry], records: [] }, kept: [], problem: null, setAside: null, held: null });
  });

  it('sets a damaged log aside with a message and starts a new one', () => {
    const damaged = wrapStored('reflective-log', { formatVersion: 1, entries: 'nope' }, now);
    const store = createMemoryStore({ [key]: damaged });
    const loaded = loadReflectiveLog(store, now);
    expect(loaded.log.entries).toEqual([]);
    expect(loaded.problem).toMatch(/could not be read .*set aside.*corrupt/);
    expect(store.getItem(aside)).toBe(damaged);
    expect(store.getItem(key)).toBeNull();
  });

  it('reports the damaged log when recording into it, and keeps the new entry', () => {
    const store = createMemoryStore({ [key]: '{{{' });
    expect(recordLogEntry(store, entry, now).problem).toMatch(/set aside/);
    expect(loadReflectiveLog(store, now).log.entries).toEqual([entry]);
  });
});

describe('loadReflectiveLog with one unreadable entry', () => {
  it('keeps every readable entry, in the page and in storage', () => {
    const store = createMemoryStore({ [key]: oneBadEntry });
    const loaded = loadReflectiveLog(store, now);
    expect(loaded.log.entries).toEqual([entry, second]);
    expect(loaded.problem).toBe(
      `1 entry of your saved reflective log could not be read (The reflective log's entry 2 has no written text.), so it was set aside under "${aside}" in this browser's storage and the other 2 are shown below. Download it to keep a copy.`,
    );
    expect((unwrapStored(store.getItem(key)!, 'reflective-log') as { entries: unknown[] }).entries).toEqual([entry, second]);
  });

  it('sets aside only the unreadable entry, exactly as stored, and offers it as a download', () => {
    const store = createMemoryStore({ [key]: oneBadEntry });
    const { setAside } = loadReflectiveLog(store, now);
    expect(unwrapStored(store.getItem(aside)!, 'reflective-log-unreadable-entries')).toEqual([{ list: 'entries', position: 2, problem: "The reflective log's entry 2 has no written text.", value: broken }]);
    expect(setAside).toEqual({ fileName: 'common-ground-reflective-log-entries-set-aside-2026-11-25.txt', text: store.getItem(aside) });
  });

  it('keeps the unreadable entry in the log when there is no room to set it aside, and never drops it on a later save', () => {
    const store = fullStore({ [key]: oneBadEntry }, (written) => !written.includes(':corrupt:'));
    const loaded = loadReflectiveLog(store, now);
    expect(loaded.log.entries).toEqual([entry, second]);
    expect(loaded.problem).toMatch(/no room in this browser's storage to set it aside, so it is left exactly as it was/);
    expect(store.getItem(key)).toBe(oneBadEntry);
    expect(store.keys()).toEqual([key]);

    const third = { ...entry, promptId: 'after-the-call', text: 'It went well.' };
    expect(recordLogEntry(store, third, now).saved).toEqual({ ok: true });
    const stored = unwrapStored(store.getItem(key)!, 'reflective-log') as { entries: unknown[] };
    expect(stored.entries).toEqual([entry, second, third, broken]);
  });
});

describe('loadReflectiveLog when the copy cannot be made', () => {
  const damaged = wrapStored('reflective-log', { formatVersion: 1, entries: 'nope' }, now);

  it('leaves an unreadable log where it is when the quarantine copy hits the quota, and offers it as a download', () => {
    const store = fullStore({ [key]: damaged });
    const loaded = loadReflectiveLog(store, now);
    expect(store.getItem(key)).toBe(damaged);
    expect(loaded.setAside).toEqual({ fileName: 'common-ground-reflective-log-set-aside-2026-11-25.txt', text: damaged });
    expect(loaded.problem).toMatch(/no room in this browser's storage to set it aside, so it is left exactly as it was and nothing new will be saved over it\. Download it/);
  });

  it('never removes the original when the copy cannot be read back', () => {
    const store = forgetfulStore({ [key]: damaged });
    expect(loadReflectiveLog(store, now).held).toBe('held');
    expect(store.getItem(key)).toBe(damaged);
  });

  it('does not write new entries over a log it could not set aside', () => {
    const store = fullStore({ [key]: damaged }, (written) => written === key);
    expect(recordLogEntry(store, entry, now).saved).toMatchObject({ ok: false, refusal: 'held' });
    expect(store.getItem(key)).toBe(damaged);
  });
});

describe('recordLogEntry when storage refuses', () => {
  it('reports a full storage instead of throwing', () => {
    const store = fullStore();
    expect(() => recordLogEntry(store, entry, now)).not.toThrow();
    expect(recordLogEntry(store, entry, now).saved).toMatchObject({ ok: false, refusal: 'full' });
  });

  it('reports storage that is switched off instead of throwing', () => {
    expect(() => recordLogEntry(disabledStore(), entry, now)).not.toThrow();
    expect(recordLogEntry(disabledStore(), entry, now).saved).toMatchObject({ ok: false, refusal: 'unavailable' });
    expect(loadReflectiveLog(disabledStore(), now).problem).toMatch(/would not let Common Ground read its storage/);
  });
});

describe('clearReflectiveLog', () => {
  it('deletes the stored log', () => {
    const store = createMemoryStore();
    recordLogEntry(store, entry, now);
    expect(clearReflectiveLog(store)).toBe(true);
    expect(store.getItem(key)).toBeNull();
  });

  it('says so when the browser refuses, instead of throwing', () => {
    expect(clearReflectiveLog(disabledStore())).toBe(false);
  });
});

/** The player's saved session for closing-too-soon, saved at `savedAt`, holding `text` for the prompt (or nothing). */
function savedSession(savedAt: string, text?: string): string {
  const steps = text === undefined ? [] : [{ type: 'write', promptId: entry.promptId, text }];
  return wrapStored('session', JSON.stringify({ formatVersion: 1, scenarioId: entry.scenarioId, scenarioDigest: 'x', steps }), savedAt);
}

describe('recordLogEntry across play-throughs', () => {
  it('keeps the first play-through\'s reflection when the scenario is replayed, and edits the new one in place', () => {
    const store = createMemoryStore({ [sessionStorageKey(entry.scenarioId)]: savedSession('2026-11-25T11:00:00.000Z') });
    recordLogEntry(store, { ...entry, text: 'First time' }, now);
    store.setItem(sessionStorageKey(entry.scenarioId), savedSession('2026-11-25T11:00:05.000Z', 'First time'));
    recordLogEntry(store, { ...entry, text: 'First time, edited' }, now);
    // Restart: the player saves a fresh session.
    store.setItem(sessionStorageKey(entry.scenarioId), savedSession('2026-11-25T12:30:00.000Z'));
    recordLogEntry(store, { ...entry, text: 'S', updatedAt: '2026-11-25T12:31:00.000Z' }, now);
    recordLogEntry(store, { ...entry, text: 'Second time', updatedAt: '2026-11-25T12:31:01.000Z' }, now);
    expect(loadReflectiveLog(store, now).log.entries.map((e) => e.text)).toEqual(['First time, edited', 'Second time']);
  });
});

describe('updateReflectiveLog', () => {
  const record = cpdRecordFromForm(emptyCpdForm({ activity: 'Supervision', date: '2026-11-24' }), { id: 'r1', now });

  it('saves a CPD entry beside the reflections and returns the stored log', () => {
    const store = createMemoryStore();
    recordLogEntry(store, entry, now);
    const updated = updateReflectiveLog(store, (log) => saveCpdRecord(log, record), now);
    expect(updated.saved).toEqual({ ok: true });
    expect(updated.log.records).toEqual([record]);
    expect(loadReflectiveLog(store, now).log).toEqual({ formatVersion: 2, entries: [entry], records: [record] });
  });

  it('keeps an unreadable CPD entry in its own list when there is no room to set it aside', () => {
    const stored = wrapStored('reflective-log', { formatVersion: 2, entries: [entry], records: [record, { id: 'broken' }] }, now);
    const store = fullStore({ [key]: stored }, (written) => !written.includes(':corrupt:'));
    const loaded = loadReflectiveLog(store, now);
    expect(loaded.kept).toEqual([{ list: 'records', position: 2, problem: "The reflective log's CPD entry 2 has no activity.", value: { id: 'broken' } }]);
    updateReflectiveLog(store, (log) => ({ ...log, records: [] }), now);
    expect(unwrapStored(store.getItem(key)!, 'reflective-log')).toMatchObject({ entries: [entry], records: [{ id: 'broken' }] });
  });

  it('does not write over a log it could not read or set aside', () => {
    const damaged = wrapStored('reflective-log', { formatVersion: 2, entries: 'nope' }, now);
    const store = fullStore({ [key]: damaged }, (written) => written === key);
    expect(updateReflectiveLog(store, (log) => saveCpdRecord(log, record), now).saved).toMatchObject({ ok: false, refusal: 'held' });
    expect(store.getItem(key)).toBe(damaged);
  });
});

describe('deleteEverything', () => {
  it('removes the log, every saved session (with its drafts) and every set-aside copy', () => {
    const store = createMemoryStore({ [sessionStorageKey('closing-too-soon')]: savedSession(now, 'Draft typed in the player'), [aside]: 'x', 'other-site': 'kept' });
    recordLogEntry(store, entry, now);
    expect(deleteEverything(store)).toEqual({ ok: true, erased: { log: true, sessions: ['closing-too-soon'], setAside: 1, other: 0, failed: [] } });
    expect(store.keys()).toEqual(['other-site']);
  });

  it('says so when storage is switched off or will not be listed, instead of throwing', () => {
    const refuse = (): never => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    // The shape of the site's store when the browser withholds localStorage.
    expect(deleteEverything({ getItem: refuse, setItem: refuse, removeItem: refuse })).toMatchObject({ ok: false });
    expect(deleteEverything(disabledStore({ [key]: 'x' }))).toMatchObject({ ok: true, erased: { failed: [key] } });
  });
});
