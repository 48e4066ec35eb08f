import { afterEach, describe, expect, it } from 'vitest';
import { browserStore } from '../../site/src/lib/browser-store.js';
import { recordLogEntry } from '../../site/src/lib/reflective-log-store.js';
import { accessDenied, fullStore } from '../robustness/support/hostile-stores.js';

const key = 'common-ground:v1:session:closing-too-soon';

/** Puts a `window` with this localStorage (or a getter that throws) where browserStore looks. */
function withWindow(localStorage: () => unknown): void {
  Object.defineProperty(globalThis, 'window', { configurable: true, value: { get localStorage() { return localStorage(); } } });
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

describe('browserStore', () => {
  it('hands over a full localStorage as it is, so what is saved in it can still be read', () => {
    const full = fullStore({ [key]: 'saved progress' });
    withWindow(() => full);
    const store = browserStore();
    expect(store.getItem(key)).toBe('saved progress');
    expect(() => store.setItem(key, 'more')).toThrow(/exceeded the quota/);
  });

  it('gives a store that refuses every use, so saving is reported, when storage is switched off', () => {
    withWindow(() => {
      throw accessDenied();
    });
    const store = browserStore();
    expect(() => store.getItem(key)).toThrow(/Access is denied/);
    expect(() => store.setItem(key, 'x')).toThrow(/Access is denied/);
    expect(recordLogEntry(store, { scenarioId: 's', scenarioTitle: 'S', promptId: 'p', kind: 'record', prompt: 'P', text: 'T', updatedAt: '2026-11-25T12:00:00.000Z' }, '2026-11-25T12:00:00.000Z').saved).toMatchObject({ ok: false });
  });
});
