import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../engine/storage/key-value-store.js';
import { reflectiveLogStorageKey } from '../../engine/storage/storage-keys.js';
import { unwrapStored, wrapStored } from '../../engine/storage/stored-envelope.js';
import { clearReflectiveLog, loadReflectiveLog, recordLogEntry } from '../../site/src/lib/reflective-log-store.js';
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
    expect(loadReflectiveLog(store, now)).toEqual({ log: { formatVersion: 1, entries: [entry] }, kept: [], problem: null, setAside: null, held: null });
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
    expect(unwrapStored(store.getItem(aside)!, 'reflective-log-unreadable-entries')).toEqual([{ position: 2, problem: "The reflective log's entry 2 has no written text.", value: broken }]);
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
