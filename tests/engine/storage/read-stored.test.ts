import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corruptStorageKey, reflectiveLogStorageKey, sessionStorageKey } from '../../../engine/storage/storage-keys.js';
import { createMemoryStore } from '../../../engine/storage/key-value-store.js';
import { readStored, setStoredAside } from '../../../engine/storage/read-stored.js';
import { writeStored } from '../../../engine/storage/write-stored.js';
import { unwrapStored, wrapStored } from '../../../engine/storage/stored-envelope.js';

const now = '2026-12-18T10:00:00.000Z';

describe('sessionStorageKey', () => {
  it('puts the namespace, the storage version and the scenario id in the key', () => {
    expect(sessionStorageKey('closing-too-soon')).toBe('common-ground:v1:session:closing-too-soon');
    expect(reflectiveLogStorageKey()).toBe('common-ground:v1:reflective-log');
  });
});

describe('corruptStorageKey', () => {
  it('keeps the original key and adds the timestamp', () => {
    expect(corruptStorageKey('k', now)).toBe(`k:corrupt:${now}`);
  });
});

describe('wrapStored / unwrapStored', () => {
  it('round-trips any JSON payload', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const back = unwrapStored(wrapStored('session', value, now), 'session');
        expect(back).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('refuses text that is not JSON, another kind, or another envelope version', () => {
    expect(() => unwrapStored('{nope', 'session')).toThrow(/not valid JSON/);
    expect(() => unwrapStored(wrapStored('reflective-log', 1, now), 'session')).toThrow(/not a session/);
    expect(() => unwrapStored(JSON.stringify({ envelope: 2, kind: 'session', data: 1 }), 'session')).toThrow(/storage format 2/);
    expect(() => unwrapStored('[1]', 'session')).toThrow(/not an object/);
    expect(() => unwrapStored(JSON.stringify({ envelope: 1, kind: 'session' }), 'session')).toThrow(/no data/);
  });

  it('throws errors named StorageError with a hint', () => {
    try {
      unwrapStored('{', 'session');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).name).toBe('StorageError');
      expect((error as { hint: string }).hint).toMatch(/Download it/);
    }
  });
});

describe('readStored', () => {
  it('says empty when nothing is stored', () => {
    expect(readStored(createMemoryStore(), 'k', JSON.parse, { now })).toEqual({ status: 'empty' });
  });

  it('returns the decoded value and leaves the store alone', () => {
    const store = createMemoryStore({ k: '{"a":1}' });
    expect(readStored(store, 'k', JSON.parse, { now })).toEqual({ status: 'ok', value: { a: 1 } });
    expect(store.keys()).toEqual(['k']);
  });

  it('moves unreadable text aside under a corrupt key and removes the original', () => {
    const store = createMemoryStore({ k: 'garbage' });
    const result = readStored(store, 'k', (text) => unwrapStored(text, 'session'), { now });
    expect(result).toEqual({ status: 'corrupt', message: 'The saved session is not valid JSON.', movedTo: `k:corrupt:${now}`, text: 'garbage' });
    expect(store.getItem('k')).toBeNull();
    expect(store.getItem(`k:corrupt:${now}`)).toBe('garbage');
  });

  it('leaves the original in place when the quarantine copy cannot be written', () => {
    const store = createMemoryStore({ k: 'garbage' });
    const full = { ...store, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const result = readStored(full, 'k', JSON.parse, { now });
    expect(result).toMatchObject({ status: 'corrupt', movedTo: null, text: 'garbage' });
    expect(store.getItem('k')).toBe('garbage');
  });

  it('removes the original only once the copy reads back the same', () => {
    const store = createMemoryStore({ k: 'garbage' });
    const forgetful = { ...store, setItem: () => undefined };
    expect(readStored(forgetful, 'k', JSON.parse, { now })).toMatchObject({ status: 'corrupt', movedTo: null });
    expect(store.getItem('k')).toBe('garbage');
  });

  it('says storage is unavailable, instead of throwing, when the browser refuses to read it', () => {
    const refusing = { ...createMemoryStore(), getItem: () => { throw new DOMException('denied', 'SecurityError'); } };
    expect(readStored(refusing, 'k', JSON.parse, { now })).toEqual({ status: 'unavailable', detail: 'denied' });
  });
});

describe('setStoredAside', () => {
  it('copies the text to the corrupt key and leaves the original alone', () => {
    const store = createMemoryStore({ k: 'text' });
    expect(setStoredAside(store, 'k', 'other', { now })).toBe(`k:corrupt:${now}`);
    expect(store.keys()).toEqual(['k', `k:corrupt:${now}`]);
    expect(store.getItem('k')).toBe('text');
  });
});

describe('writeStored', () => {
  it('stores the text', () => {
    const store = createMemoryStore();
    expect(writeStored(store, 'k', 'v')).toEqual({ ok: true });
    expect(store.getItem('k')).toBe('v');
  });

  it('reports a full storage and a refused one instead of throwing', () => {
    const throwing = (error: unknown) => ({ ...createMemoryStore(), setItem: () => { throw error; } });
    expect(writeStored(throwing(new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError')), 'k', 'v')).toEqual({ ok: false, refusal: 'full', detail: 'Setting the value exceeded the quota.' });
    expect(writeStored(throwing({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }), 'k', 'v')).toMatchObject({ ok: false, refusal: 'full' });
    expect(writeStored(throwing(new DOMException('denied', 'SecurityError')), 'k', 'v')).toEqual({ ok: false, refusal: 'unavailable', detail: 'denied' });
    expect(writeStored(throwing('a string'), 'k', 'v')).toEqual({ ok: false, refusal: 'unavailable', detail: 'a string' });
  });
});
