import { describe, expect, it } from 'vitest';
import { createDraftSession, createDraftStore, createMemoryStore, studioDraftStorageKey, type DraftStorage } from '../../../engine/index.js';

/** A clock that moves on a minute at every reading, from 18 December 2026, 10:00 UTC. */
function tickingClock() {
  let minutes = 0;
  return { now: () => new Date(Date.UTC(2026, 11, 18, 10, minutes++)) };
}

/** Ids d1, d2, … */
function counter() {
  let next = 0;
  return () => `d${++next}`;
}

/** Browser storage in memory that can be told to refuse writes, as a full one does. */
function refusableStorage() {
  const memory = createMemoryStore();
  const state = { full: false };
  const storage: DraftStorage = {
    getItem: (key) => memory.getItem(key),
    setItem: (key, value) => {
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      memory.setItem(key, value);
    },
    removeItem: (key) => memory.removeItem(key),
    keys: () => memory.keys(),
  };
  return { storage, state, memory };
}

/** A session over fresh storage, and that storage. */
function sessionOver(storage = refusableStorage()) {
  const store = createDraftStore(storage.storage, tickingClock(), counter());
  return { session: createDraftSession(store), store, ...storage };
}

describe('createDraftSession', () => {
  it('asks for a first draft when there is none, and opens it once made', () => {
    const { session } = sessionOver();
    expect(session.openNewest()).toMatchObject({ current: undefined, wantsFirst: true, list: [] });
    const started = session.startFirst('A new scenario', 'template text');
    expect(started).toMatchObject({ wantsFirst: false, unsaved: false, current: { id: 'd1', name: 'A new scenario', text: 'template text', opening: 1 } });
    expect(started.list.map((draft) => draft.name)).toEqual(['A new scenario']);
    expect(started.save).toEqual({ kind: 'saved', at: '2026-12-18T10:00:00.000Z' });
  });

  it('opens the newest draft on load, so a reload carries on where it stopped', () => {
    const storage = refusableStorage();
    const first = sessionOver(storage);
    first.session.openNewest();
    first.session.startFirst('Older', 'older text');
    first.session.create('Newer', 'newer text');
    first.session.open('d1');
    first.session.edit('older text, changed last');
    first.session.flush();
    // A new page over the same storage.
    const reloaded = sessionOver(storage).session.openNewest();
    expect(reloaded.current).toMatchObject({ id: 'd1', name: 'Older', text: 'older text, changed last' });
    expect(reloaded.list.map((draft) => draft.id)).toEqual(['d1', 'd2']);
  });

  it('makes a first draft only while one is wanted, so a draft opened meanwhile wins', () => {
    const { session } = sessionOver();
    session.openNewest();
    session.create('Closing too soon', 'case text');
    const late = session.startFirst('A new scenario', 'template text');
    expect(late.current?.name).toBe('Closing too soon');
    expect(late.list).toHaveLength(1);
  });

  it('tells drafts started from the same template apart by number', () => {
    const { session } = sessionOver();
    session.openNewest();
    session.startFirst('A new scenario', 'one');
    session.create('A new scenario', 'two');
    const third = session.create('A new scenario', 'three');
    expect(third.current?.name).toBe('A new scenario (3)');
    expect(third.list.map((draft) => draft.name).sort()).toEqual(['A new scenario', 'A new scenario (2)', 'A new scenario (3)']);
  });

  it('says a save is pending after typing, and saved once flushed', () => {
    const { session, store } = sessionOver();
    session.openNewest();
    session.startFirst('Draft', 'text');
    expect(session.edit('text')).toMatchObject({ unsaved: false });
    expect(session.edit('more text')).toMatchObject({ unsaved: true, save: { kind: 'pending' }, current: { text: 'more text', opening: 1 } });
    expect(session.flush()).toMatchObject({ unsaved: false, save: { kind: 'saved' } });
    expect(store.open('d1')?.text).toBe('more text');
  });

  it('saves the draft on screen before opening, starting or deleting another', () => {
    const { session, store } = sessionOver();
    session.openNewest();
    session.startFirst('First', 'first');
    session.edit('first, typed');
    session.create('Second', 'second');
    expect(store.open('d1')?.text).toBe('first, typed');
    session.edit('second, typed');
    session.open('d1');
    expect(store.open('d2')?.text).toBe('second, typed');
    session.edit('first, typed again');
    session.remove('d2');
    expect(store.open('d1')?.text).toBe('first, typed again');
  });

  it('opens the newest other draft after the one on screen is deleted, and offers it back', () => {
    const { session } = sessionOver();
    session.openNewest();
    session.startFirst('First', 'first');
    session.create('Second', 'second');
    const after = session.remove('d2');
    expect(after.current).toMatchObject({ id: 'd1', name: 'First', opening: 3 });
    expect(after.deleted).toMatchObject({ name: 'Second' });
    const undone = session.undoRemove();
    expect(undone).toMatchObject({ deleted: undefined, problem: undefined, current: { id: 'd2', name: 'Second', text: 'second' } });
  });

  it('keeps the draft on screen when another is deleted', () => {
    const { session } = sessionOver();
    session.openNewest();
    session.startFirst('First', 'first');
    session.create('Second', 'second');
    const after = session.remove('d1');
    expect(after.current).toMatchObject({ id: 'd2', opening: 2 });
    expect(after.list.map((draft) => draft.id)).toEqual(['d2']);
  });

  it('asks for a first draft again when the last one is deleted, still offering it back', () => {
    const { session } = sessionOver();
    session.openNewest();
    session.startFirst('Only', 'only');
    const empty = session.remove('d1');
    expect(empty).toMatchObject({ current: undefined, wantsFirst: true, list: [], deleted: { name: 'Only' } });
    // Typing into nothing saves nothing (the page shows no editor meanwhile).
    expect(session.edit('stray').unsaved).toBe(false);
    const fresh = session.startFirst('A new scenario', 'template');
    expect(fresh).toMatchObject({ current: { name: 'A new scenario' }, deleted: { name: 'Only' } });
    expect(session.undoRemove().list.map((draft) => draft.name).sort()).toEqual(['A new scenario', 'Only']);
  });

  it('shows a draft the browser refused, keeps trying, and carries on as the same draft once kept', () => {
    const { session, state, store } = sessionOver();
    session.openNewest();
    session.startFirst('Kept', 'kept');
    state.full = true;
    const refused = session.create('Kept', 'not yet kept');
    expect(refused).toMatchObject({ unsaved: true, current: { id: undefined, name: 'Kept (2)', text: 'not yet kept', opening: 2 }, save: { kind: 'failed' } });
    expect(refused.save.kind === 'failed' && refused.save.message).toMatch(/storage is full/);
    // The refusal stays said while typing goes on, and a save that is refused again changes nothing.
    expect(session.edit('typed while full').save.kind).toBe('failed');
    expect(session.flush()).toMatchObject({ unsaved: true, current: { id: undefined }, save: { kind: 'failed' } });
    state.full = false;
    const kept = session.flush();
    expect(kept).toMatchObject({ unsaved: false, save: { kind: 'saved' }, current: { id: expect.any(String), name: 'Kept (2)', text: 'typed while full', opening: 2 } });
    expect(store.open(kept.current!.id!)).toMatchObject({ name: 'Kept (2)', text: 'typed while full' });
    expect(kept.list).toHaveLength(2);
  });

  it('says so when a listed draft has gone, and when a rename is refused', () => {
    const { session, memory, state } = sessionOver();
    session.openNewest();
    session.startFirst('First', 'first');
    session.create('Second', 'second');
    memory.removeItem(studioDraftStorageKey('d1'));
    expect(session.open('d1')).toMatchObject({ problem: expect.stringMatching(/deleted in another tab/), current: { id: 'd2' } });
    state.full = true;
    expect(session.rename('d2', 'Renamed').problem).toMatch(/storage is full/);
    state.full = false;
    expect(session.rename('d2', 'Renamed')).toMatchObject({ problem: undefined, current: { name: 'Renamed' } });
  });

  it('opens the newest draft that can be read, passing over a damaged one', () => {
    const storage = refusableStorage();
    const first = sessionOver(storage);
    first.session.openNewest();
    first.session.startFirst('Readable', 'text');
    storage.memory.setItem(studioDraftStorageKey('zz'), 'not a draft');
    const reloaded = sessionOver(storage).session.openNewest();
    expect(reloaded.current?.name).toBe('Readable');
    expect(reloaded.problems).toHaveLength(1);
  });
});
