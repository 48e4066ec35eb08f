import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../engine/storage/key-value-store.js';
import { reflectiveLogStorageKey } from '../../engine/storage/storage-keys.js';
import { wrapStored } from '../../engine/storage/stored-envelope.js';
import { clearReflectiveLog, loadReflectiveLog, recordLogEntry } from '../../site/src/lib/reflective-log-store.js';

const now = '2026-11-25T12:00:00.000Z';
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

describe('recordLogEntry / loadReflectiveLog', () => {
  it('stores entries and reads them back', () => {
    const store = createMemoryStore();
    expect(recordLogEntry(store, entry, now)).toBeNull();
    expect(loadReflectiveLog(store, now)).toEqual({ log: { formatVersion: 1, entries: [entry] }, problem: null });
  });

  it('sets a damaged log aside with a message and starts a new one', () => {
    const damaged = wrapStored('reflective-log', { formatVersion: 1, entries: 'nope' }, now);
    const store = createMemoryStore({ [reflectiveLogStorageKey()]: damaged });
    const loaded = loadReflectiveLog(store, now);
    expect(loaded.log.entries).toEqual([]);
    expect(loaded.problem).toMatch(/could not be read .*set aside.*corrupt/);
    expect(store.getItem(`${reflectiveLogStorageKey()}:corrupt:${now}`)).toBe(damaged);
  });

  it('reports the damaged log when recording into it, and keeps the new entry', () => {
    const store = createMemoryStore({ [reflectiveLogStorageKey()]: '{{{' });
    expect(recordLogEntry(store, entry, now)).toMatch(/set aside/);
    expect(loadReflectiveLog(store, now).log.entries).toEqual([entry]);
  });
});

describe('clearReflectiveLog', () => {
  it('deletes the stored log', () => {
    const store = createMemoryStore();
    recordLogEntry(store, entry, now);
    clearReflectiveLog(store);
    expect(store.getItem(reflectiveLogStorageKey())).toBeNull();
  });
});
