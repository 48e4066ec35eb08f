import { describe, expect, it } from 'vitest';
import { archiveSessionFile, deleteSessionFile } from '../../../../cli/app/solo/saved-session-files.js';
import { createSessionStore, lockPathFor, type LockIdentity } from '../../../../cli/session-store/index.js';
import { fsError, memoryFs } from '../../session-store/memory-fs.js';

const DIR = '/data/sessions';
const PATH = `${DIR}/closing-too-soon-2026.json`;
const NOW = new Date('2026-12-18T10:00:00.000Z');
const TEXT = '{"kind":"common-ground-session","reflection":"kept word for word"}\n';

/** This process, on host "here"; every other process it asks about is running. */
const me: LockIdentity = { pid: 100, host: 'here', instance: 'me', isAlive: () => true, bootedAtMs: NOW.getTime() - 86_400_000, startedAtMs: NOW.getTime() - 3_600_000 };

function setUp() {
  const fs = memoryFs();
  fs.files.set(PATH, TEXT);
  const store = createSessionStore({ fs, dir: DIR, now: () => NOW, token: 't', lock: me });
  return { fs, store };
}

describe('archiveSessionFile', () => {
  it('moves the file, whole, into archive/ beside it, and lets go of its lock', () => {
    const { fs, store } = setUp();
    const result = archiveSessionFile(store, fs, PATH, 'Closing too soon');
    expect(result).toEqual({ ok: true, movedTo: `${DIR}/archive/closing-too-soon-2026.json`, message: `Archived “Closing too soon” to ${DIR}/archive/closing-too-soon-2026.json.` });
    expect(fs.files.get(`${DIR}/archive/closing-too-soon-2026.json`)).toBe(TEXT);
    expect(fs.files.has(PATH)).toBe(false);
    expect(fs.files.has(lockPathFor(PATH))).toBe(false);
    expect(fs.dirSyncs).toContain(`${DIR}/archive`);
  });

  it('never writes over a file archived before under the same name', () => {
    const { fs, store } = setUp();
    fs.files.set(`${DIR}/archive/closing-too-soon-2026.json`, 'the earlier one');
    const result = archiveSessionFile(store, fs, PATH, 'Closing too soon');
    expect(result).toMatchObject({ ok: true, movedTo: `${DIR}/archive/closing-too-soon-2026-2.json` });
    expect(fs.files.get(`${DIR}/archive/closing-too-soon-2026.json`)).toBe('the earlier one');
    expect(fs.files.get(`${DIR}/archive/closing-too-soon-2026-2.json`)).toBe(TEXT);
  });

  it('leaves a file another process is using where it is, and says so', () => {
    const { fs, store } = setUp();
    fs.files.set(lockPathFor(PATH), JSON.stringify({ pid: 200, host: 'here', instance: 'other', since: '2026-12-18T09:30:00.000Z' }));
    const result = archiveSessionFile(store, fs, PATH, 'Closing too soon');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Not archived: .*in use by .*process 200/);
    expect(fs.files.get(PATH)).toBe(TEXT);
  });

  it('says why when the move fails, and keeps the file', () => {
    const { fs, store } = setUp();
    fs.failNextRename = fsError('EACCES', 'permission denied, rename');
    const result = archiveSessionFile(store, fs, PATH, 'Closing too soon');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Not archived: /);
    expect(fs.files.get(PATH)).toBe(TEXT);
    expect(fs.files.has(lockPathFor(PATH))).toBe(false);
  });
});

describe('deleteSessionFile', () => {
  it('removes the file and its lock', () => {
    const { fs, store } = setUp();
    expect(deleteSessionFile(store, fs, PATH, 'Closing too soon')).toEqual({ ok: true, message: `Deleted “Closing too soon” (${PATH}).` });
    expect([...fs.files.keys()]).toEqual([]);
  });

  it('leaves a file another process is using', () => {
    const { fs, store } = setUp();
    fs.files.set(lockPathFor(PATH), JSON.stringify({ pid: 200, host: 'here', instance: 'other', since: '2026-12-18T09:30:00.000Z' }));
    expect(deleteSessionFile(store, fs, PATH, 'Closing too soon')).toMatchObject({ ok: false, message: expect.stringMatching(/^Not deleted: /) });
    expect(fs.files.get(PATH)).toBe(TEXT);
  });
});
