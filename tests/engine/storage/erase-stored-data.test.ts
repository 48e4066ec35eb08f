import { describe, expect, it } from 'vitest';
import { describeErasure, eraseStoredData } from '../../../engine/storage/erase-stored-data.js';
import { createMemoryStore } from '../../../engine/storage/key-value-store.js';
import { describeStorageKey } from '../../../engine/storage/storage-keys.js';

describe('eraseStoredData', () => {
  it('removes every Common Ground key, of any storage version, and nothing else', () => {
    const store = createMemoryStore({
      'common-ground:v1:reflective-log': '{}',
      'common-ground:v1:reflective-log:corrupt:2026-12-18T10:00:00.000Z': 'x',
      'common-ground:v1:session:closing-too-soon': '{}',
      'common-ground:v1:session:several-voices': '{}',
      'common-ground:v1:session:several-voices:corrupt:2026-12-18T10:00:00.000Z': 'x',
      'common-ground:v2:something-later': 'x',
      'another-site:keep-me': 'mine',
    });
    const result = eraseStoredData(store);
    expect(result).toEqual({ ok: true, erased: { log: true, sessions: ['closing-too-soon', 'several-voices'], setAside: 2, other: 1, failed: [] } });
    expect(store.keys()).toEqual(['another-site:keep-me']);
  });

  it('reports keys the browser would not remove, and storage it cannot list, without throwing', () => {
    const store = createMemoryStore({ 'common-ground:v1:reflective-log': '{}', 'common-ground:v1:session:s': '{}' });
    const stubborn = { ...store, length: store.length, key: store.key, removeItem: (key: string) => (key.includes('session') ? undefined : store.removeItem(key)) };
    expect(eraseStoredData(stubborn)).toEqual({ ok: true, erased: { log: true, sessions: [], setAside: 0, other: 0, failed: ['common-ground:v1:session:s'] } });
    expect(eraseStoredData({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined })).toMatchObject({ ok: false });
    const throwing = { ...store, get length(): number { throw new Error('SecurityError'); } };
    expect(eraseStoredData(throwing)).toEqual({ ok: false, detail: 'SecurityError' });
  });
});

describe('describeErasure', () => {
  it('says what was deleted, and that nothing is left', () => {
    expect(describeErasure({ log: true, sessions: ['a', 'b'], setAside: 1, other: 0, failed: [] }, { records: 2, reflections: 1 })).toBe(
      'Deleted from this browser: your reflective log (2 CPD entries and 1 scenario reflection), your saved progress in 2 scenarios, with everything typed there and 1 copy of data that could not be read. Nothing from Common Ground is left in this browser’s storage.',
    );
    expect(describeErasure({ log: false, sessions: [], setAside: 0, other: 0, failed: [] }, { records: 0, reflections: 0 })).toBe(
      'There was nothing from Common Ground in this browser’s storage.',
    );
    expect(describeErasure({ log: true, sessions: [], setAside: 0, other: 0, failed: ['k'] }, { records: 0, reflections: 0 })).toMatch(/would not delete 1 item, so it is still stored/);
  });
});

describe('describeStorageKey', () => {
  it('tells the log, a session and a set-aside copy apart', () => {
    expect(describeStorageKey('common-ground:v1:session:closing-too-soon')).toEqual({ kind: 'session', scenarioId: 'closing-too-soon' });
    expect(describeStorageKey('common-ground:v1:reflective-log')).toEqual({ kind: 'reflective-log' });
    expect(describeStorageKey('common-ground:v1:session:x:corrupt:t')).toEqual({ kind: 'set-aside' });
  });
});
