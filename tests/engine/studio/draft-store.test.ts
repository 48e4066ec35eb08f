import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDraftStore,
  createMemoryStore,
  DELETED_DRAFTS_KEPT,
  listableDraftStorage,
  nextDraftName,
  studioDraftKeyPrefix,
  studioDraftStorageKey,
  wrapStored,
  type DraftStorage,
} from '../../../engine/index.js';

/** A clock that moves on a minute at every reading, from 18 December 2026, 10:00 UTC. */
function tickingClock() {
  let minutes = 0;
  return { now: () => new Date(Date.UTC(2026, 11, 18, 10, minutes++)) };
}

/** Ids d1, d2, … */
function counter(prefix = 'd') {
  let next = 0;
  return () => `${prefix}${++next}`;
}

/** A storage in memory that can be told to refuse writes, as a full or switched-off browser does. */
function refusableStorage(initial: Record<string, string> = {}) {
  const memory = createMemoryStore(initial);
  const state = { refuse: undefined as undefined | 'QuotaExceededError' | 'SecurityError' };
  const storage: DraftStorage = {
    getItem: (key) => memory.getItem(key),
    setItem: (key, value) => {
      if (state.refuse) throw new DOMException(state.refuse === 'QuotaExceededError' ? 'The quota has been exceeded.' : 'The operation is insecure.', state.refuse);
      memory.setItem(key, value);
    },
    removeItem: (key) => memory.removeItem(key),
    keys: () => memory.keys(),
  };
  return { storage, state, memory };
}

const key = studioDraftStorageKey;

describe('nextDraftName', () => {
  it('gives the lowest unused "Untitled draft" name', () => {
    expect(nextDraftName([])).toBe('Untitled draft');
    expect(nextDraftName([{ name: 'Untitled draft' }])).toBe('Untitled draft (2)');
    expect(nextDraftName([{ name: 'Untitled draft' }, { name: 'Untitled draft (3)' }])).toBe('Untitled draft (2)');
    expect(nextDraftName([{ name: 'Closing too soon' }])).toBe('Untitled draft');
    expect(nextDraftName([{ name: 'Untitled draft' }], '  ')).toBe('Untitled draft (2)');
  });

  it('keeps a wanted name no draft has, and numbers one that is taken', () => {
    expect(nextDraftName([{ name: 'Untitled draft' }], 'A new scenario')).toBe('A new scenario');
    expect(nextDraftName([{ name: 'A new scenario' }], 'A new scenario')).toBe('A new scenario (2)');
    expect(nextDraftName([{ name: 'A new scenario' }, { name: 'A new scenario (2)' }], ' A new\n scenario ')).toBe('A new scenario (3)');
  });

  it('always gives a name no draft has, within the length kept', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 130 }), { maxLength: 8 }), fc.string({ maxLength: 130 }), (names, wanted) => {
        const list = names.map((name) => ({ name }));
        const taken = [...list, { name: nextDraftName(list, wanted) }];
        const name = nextDraftName(taken, wanted);
        expect(taken.map((draft) => draft.name)).not.toContain(name);
        expect(name.length).toBeLessThanOrEqual(120);
        expect(name.trim()).not.toBe('');
      }),
    );
  });
});

describe('createDraftStore', () => {
  it('creates, lists newest first, opens, saves and renames drafts, each under its own key', () => {
    const { storage, memory } = refusableStorage();
    const drafts = createDraftStore(storage, tickingClock(), counter());
    const first = drafts.create('', 'first text');
    const second = drafts.create('  Closing\n too soon ', 'second text');
    expect(first).toMatchObject({ ok: true, draft: { id: 'd1', name: 'Untitled draft', text: 'first text' } });
    expect(second).toMatchObject({ ok: true, draft: { id: 'd2', name: 'Closing too soon' } });
    expect(drafts.list().map((draft) => draft.id)).toEqual(['d2', 'd1']);
    expect(drafts.save('d1', 'first text, edited')).toMatchObject({ ok: true, draft: { text: 'first text, edited' } });
    expect(drafts.list().map((draft) => draft.id)).toEqual(['d1', 'd2']);
    expect(drafts.list()[0]).toEqual({ id: 'd1', name: 'Untitled draft', updatedAt: drafts.open('d1')!.updatedAt, bytes: 18 });
    expect(drafts.rename('d1', 'Renamed')).toMatchObject({ ok: true, draft: { name: 'Renamed', text: 'first text, edited' } });
    expect(drafts.rename('d1', '   ')).toMatchObject({ ok: true, draft: { name: 'Renamed' } });
    expect(drafts.open('d1')).toMatchObject({ id: 'd1', name: 'Renamed', text: 'first text, edited', createdAt: '2026-12-18T10:00:00.000Z' });
    expect(memory.keys().filter((stored) => stored.startsWith(studioDraftKeyPrefix()))).toEqual([key('d1'), key('d2')]);
    expect(JSON.parse(memory.getItem(key('d1'))!)).toMatchObject({ envelope: 1, kind: 'studio-draft', data: { formatVersion: 1, id: 'd1' } });
    expect(drafts.setAside).toEqual([]);
  });

  it('counts bytes as UTF-8', () => {
    const drafts = createDraftStore(refusableStorage().storage, tickingClock(), counter());
    drafts.create('Café', 'é€');
    expect(drafts.list()[0]?.bytes).toBe(5);
  });

  it('makes an id safe for a key and never reuses one in use', () => {
    const { storage } = refusableStorage();
    const drafts = createDraftStore(storage, tickingClock(), () => 'same:id');
    expect(drafts.create('a', '1')).toMatchObject({ ok: true, draft: { id: 'same-id' } });
    expect(drafts.create('b', '2')).toMatchObject({ ok: true, draft: { id: 'same-id-2' } });
  });

  it('reports a full storage in a sentence and keeps the last saved text', () => {
    const { storage, state } = refusableStorage();
    const drafts = createDraftStore(storage, tickingClock(), counter());
    drafts.create('Closing too soon', 'saved text');
    state.refuse = 'QuotaExceededError';
    const saved = drafts.save('d1', 'newer text');
    expect(saved).toEqual({
      ok: false,
      reason: 'full',
      message: '"Closing too soon" was not saved: this browser\'s storage is full. The last saved version is still kept. Download the draft to keep a copy, or delete drafts you no longer need, then try again.',
    });
    expect(drafts.open('d1')?.text).toBe('saved text');
    expect(drafts.create('', 'another')).toMatchObject({ ok: false, reason: 'full' });
    expect(drafts.list().map((draft) => draft.id)).toEqual(['d1']);
    state.refuse = undefined;
    expect(drafts.save('d1', 'newer text')).toMatchObject({ ok: true });
  });

  it('reports storage that is switched off as unavailable', () => {
    const { storage, state } = refusableStorage();
    const drafts = createDraftStore(storage, tickingClock(), counter());
    state.refuse = 'SecurityError';
    const made = drafts.create('Mine', 'text');
    expect(made).toMatchObject({ ok: false, reason: 'unavailable' });
    if (!made.ok) expect(made.message).toMatch(/^"Mine" was not saved: this browser is not letting Common Ground use its storage/);
  });

  it('never throws when storage refuses to be read or listed at all', () => {
    const refusing: DraftStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      keys: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const drafts = createDraftStore(refusing, tickingClock(), counter());
    expect(drafts.list()).toEqual([]);
    expect(drafts.open('d1')).toBeUndefined();
    expect(drafts.create('', 'text')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(drafts.save('d1', 'text')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(drafts.remove('d1')).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('moves damaged entries aside under a new key, reports them, and keeps their text', () => {
    const notJson = '{"envelope":1,"kind":"studio-dr';
    const wrongShape = wrapStored('studio-draft', { formatVersion: 1, id: 'shape', name: 'No text' }, '2026-12-01T09:00:00.000Z');
    const tooNew = wrapStored('studio-draft', { formatVersion: 9, id: 'new', name: 'n', text: 't', createdAt: 'x', updatedAt: 'x' }, '2026-12-01T09:00:00.000Z');
    const { storage, memory } = refusableStorage({ [key('broken')]: notJson, [key('shape')]: wrongShape, [key('new')]: tooNew, 'other-site:thing': 'left alone' });
    const drafts = createDraftStore(storage, tickingClock(), counter());
    expect(drafts.setAside).toHaveLength(3);
    for (const aside of drafts.setAside) expect(aside).toMatch(/:corrupt:2026-12-18T10:\d\d:00\.000Z$/);
    expect(drafts.setAside.map((aside) => memory.getItem(aside)).sort()).toEqual([notJson, tooNew, wrongShape].sort());
    expect(drafts.problems.map((problem) => [problem.key, problem.message])).toEqual(
      expect.arrayContaining([
        [key('broken'), 'The saved studio draft is not valid JSON.'],
        [key('shape'), 'The saved draft has no text.'],
        [key('new'), 'The saved draft is in format 9, which this version of the studio does not read.'],
      ]),
    );
    expect(memory.getItem(key('broken'))).toBeNull();
    expect(drafts.list()).toEqual([]);
    expect(memory.getItem('other-site:thing')).toBe('left alone');
    // The copies set aside are never read again as drafts, nor written over.
    drafts.create('', 'new');
    expect(drafts.setAside.map((aside) => memory.getItem(aside)).sort()).toEqual([notJson, tooNew, wrongShape].sort());
  });

  it('leaves a damaged entry where it is, untouched, when there is no room to set it aside, and never saves over it', () => {
    const { storage, state, memory } = refusableStorage({ [key('d1')]: 'not json' });
    state.refuse = 'QuotaExceededError';
    const drafts = createDraftStore(storage, tickingClock(), counter());
    expect(drafts.setAside).toEqual([key('d1')]);
    expect(drafts.problems[0]).toMatchObject({ key: key('d1'), movedTo: null, text: 'not json' });
    const saved = drafts.save('d1', 'mine');
    expect(saved).toMatchObject({ ok: false, reason: 'full' });
    if (!saved.ok) expect(saved.message).toMatch(/nothing was saved over it/);
    expect(memory.getItem(key('d1'))).toBe('not json');
  });

  it('sets a damaged entry aside once there is room, before saving anything under its key', () => {
    const { storage, state, memory } = refusableStorage({ [key('d1')]: 'not json' });
    state.refuse = 'QuotaExceededError';
    const drafts = createDraftStore(storage, tickingClock(), counter());
    state.refuse = undefined;
    expect(drafts.save('d1', 'mine')).toMatchObject({ ok: true, draft: { text: 'mine' } });
    expect(memory.keys().some((stored) => stored.startsWith(`${key('d1')}:corrupt:`) && memory.getItem(stored) === 'not json')).toBe(true);
  });

  it('keeps a deleted draft for undo, restores it, and prunes only beyond the newest ten', () => {
    const { storage, memory } = refusableStorage();
    const drafts = createDraftStore(storage, tickingClock(), counter());
    drafts.create('Keep me', 'precious');
    const removed = drafts.remove('d1');
    expect(removed).toMatchObject({ ok: true, deletedKey: expect.stringMatching(/^common-ground:v1:studio:draft:d1:deleted:2026-12-18T10:\d\d:00\.000Z$/) });
    expect(drafts.list()).toEqual([]);
    expect(drafts.listDeleted()).toMatchObject([{ id: 'd1', name: 'Keep me' }]);
    const restored = drafts.restore(removed.ok ? removed.deletedKey! : '');
    expect(restored).toMatchObject({ ok: true, draft: { id: 'd1', name: 'Keep me', text: 'precious' } });
    expect(drafts.listDeleted()).toEqual([]);

    for (let index = 0; index < DELETED_DRAFTS_KEPT + 3; index += 1) {
      const made = drafts.create(`Draft ${index}`, `text ${index}`);
      if (made.ok) drafts.remove(made.draft.id);
    }
    const deleted = drafts.listDeleted();
    expect(deleted).toHaveLength(DELETED_DRAFTS_KEPT);
    expect(deleted[0]?.name).toBe(`Draft ${DELETED_DRAFTS_KEPT + 2}`);
    expect(deleted.at(-1)?.name).toBe('Draft 3');
    expect(memory.keys().filter((stored) => stored.includes(':deleted:'))).toHaveLength(DELETED_DRAFTS_KEPT);
    expect(drafts.forget(deleted[0]!.key)).toBe(true);
    expect(drafts.listDeleted()).toHaveLength(DELETED_DRAFTS_KEPT - 1);
  });

  it('does not delete a draft it cannot keep a copy of', () => {
    const { storage, state } = refusableStorage();
    const drafts = createDraftStore(storage, tickingClock(), counter());
    drafts.create('Keep me', 'precious');
    state.refuse = 'QuotaExceededError';
    const removed = drafts.remove('d1');
    expect(removed).toMatchObject({ ok: false, reason: 'full' });
    expect(drafts.open('d1')?.text).toBe('precious');
  });

  it('restores under a new id when the old one is taken again, and keeps a draft deleted in another tab when it is saved', () => {
    const { storage } = refusableStorage();
    const drafts = createDraftStore(storage, tickingClock(), () => 'same');
    drafts.create('One', 'one');
    const removed = drafts.remove('same');
    drafts.create('Two', 'two');
    const restored = drafts.restore(removed.ok ? removed.deletedKey! : '');
    expect(restored).toMatchObject({ ok: true, draft: { id: 'same-2', name: 'One', text: 'one' } });
    // Another tab deletes it; this tab's autosave keeps the text rather than losing it.
    storage.removeItem(studioDraftStorageKey('same-2'));
    expect(drafts.save('same-2', 'one, edited')).toMatchObject({ ok: true, draft: { id: 'same-2', text: 'one, edited' } });
  });

  it('works over a store listed by index, as localStorage is', () => {
    const memory = createMemoryStore();
    const drafts = createDraftStore(listableDraftStorage(memory), tickingClock(), counter());
    drafts.create('', 'x');
    expect(drafts.list()).toHaveLength(1);
  });

  it('never loses the last text it said was saved, whatever the storage refuses', () => {
    type Step = { op: 'create' | 'save' | 'rename' | 'remove' | 'reopen'; which: number; refuse: boolean; text: string };
    const step = fc.record({ op: fc.constantFrom('create', 'save', 'save', 'rename', 'remove', 'reopen'), which: fc.nat(4), refuse: fc.boolean(), text: fc.string({ maxLength: 12 }) }) as fc.Arbitrary<Step>;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { storage, state } = refusableStorage();
        const clock = tickingClock();
        const ids = counter();
        let drafts = createDraftStore(storage, clock, ids);
        const saved = new Map<string, string>();
        for (const { op, which, refuse, text } of steps) {
          state.refuse = refuse ? 'QuotaExceededError' : undefined;
          const id = [...saved.keys()][which % Math.max(saved.size, 1)];
          if (op === 'create') {
            const made = drafts.create('', text);
            if (made.ok) saved.set(made.draft.id, text);
          } else if (op === 'save' && id !== undefined) {
            const result = drafts.save(id, text);
            if (result.ok) saved.set(id, text);
          } else if (op === 'rename' && id !== undefined) {
            drafts.rename(id, text);
          } else if (op === 'remove' && id !== undefined) {
            if (drafts.remove(id).ok) saved.delete(id);
          } else if (op === 'reopen') {
            drafts = createDraftStore(storage, clock, ids);
          }
          state.refuse = undefined;
          for (const [draftId, expected] of saved) expect(drafts.open(draftId)?.text).toBe(expected);
        }
      }),
    );
  });
});
