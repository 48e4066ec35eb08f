import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSessionStore,
  nodeSessionFs,
  ReadOnlyFileError,
  SessionFileError,
  resolveDataDir,
  writeFileAtomically,
  type SessionRecord,
} from '../../../cli/session-store/index.js';
import { fsError, memoryFs } from './memory-fs.js';

const DIR = '/data/sessions';
const fixedNow = () => new Date('2026-12-18T10:00:00.000Z');

function record(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    kind: 'common-ground-session',
    recordVersion: 1,
    mode: 'solo',
    scenarioId: 'closing-too-soon',
    scenarioTitle: 'Closing too soon',
    scenarioFile: '/scenarios/closing-too-soon.mdx',
    startedAt: '2026-12-18T09:00:00.000Z',
    savedAt: '2026-12-18T09:30:00.000Z',
    progress: 'Stage 1',
    finished: false,
    session: { formatVersion: 1, steps: [] },
    ...overrides,
  };
}

describe('writeFileAtomically', () => {
  it('writes a temporary file in the same folder, renames it over the target and syncs the folder', () => {
    const fs = memoryFs();
    writeFileAtomically(fs, `${DIR}/a.json`, 'new', 't1');
    expect(fs.files.get(`${DIR}/a.json`)).toBe('new');
    expect(fs.renames).toEqual([[`${DIR}/.a.json.t1.tmp`, `${DIR}/a.json`]]);
    expect(fs.dirSyncs).toEqual([DIR]);
  });

  it('leaves the previous file whole when the write crashes half-way', () => {
    const fs = memoryFs();
    fs.files.set(`${DIR}/a.json`, 'old contents');
    fs.crashNextWrite = true;
    expect(() => writeFileAtomically(fs, `${DIR}/a.json`, 'new contents that are longer', 't1')).toThrow('simulated crash');
    expect(fs.files.get(`${DIR}/a.json`)).toBe('old contents');
  });

  it('removes its temporary file when the disk is full, and leaves the previous file whole', () => {
    const fs = memoryFs();
    fs.files.set(`${DIR}/a.json`, 'old contents');
    fs.failWrites = fsError('ENOSPC', 'no space left on device, write');
    expect(() => writeFileAtomically(fs, `${DIR}/a.json`, 'new contents that are longer', 't1')).toThrow(/ENOSPC/);
    expect([...fs.files.keys()]).toEqual([`${DIR}/a.json`]);
    expect(fs.files.get(`${DIR}/a.json`)).toBe('old contents');
  });

  it('removes its temporary file when the rename fails', () => {
    const fs = memoryFs();
    fs.failNextRename = fsError('EACCES', 'permission denied, rename');
    expect(() => writeFileAtomically(fs, `${DIR}/a.json`, 'new', 't1')).toThrow(/EACCES/);
    expect([...fs.files.keys()]).toEqual([]);
  });

  it('replaces a file on the real disk and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-store-'));
    try {
      writeFileSync(join(dir, 'a.json'), 'old');
      writeFileAtomically(nodeSessionFs(), join(dir, 'a.json'), 'new', 'x');
      expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new');
      expect(readdirSync(dir)).toEqual(['a.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writeFileAtomically on a read-only file', () => {
  it('never replaces a file marked read-only, and writes nothing beside it', () => {
    const fs = memoryFs();
    fs.files.set(`${DIR}/a.json`, 'old');
    fs.readOnly.add(`${DIR}/a.json`);
    expect(() => writeFileAtomically(fs, `${DIR}/a.json`, 'new', 't1')).toThrow(ReadOnlyFileError);
    expect([...fs.files.entries()]).toEqual([[`${DIR}/a.json`, 'old']]);
  });

  // A rename replaces a file whatever its permissions: before, a read-only session file was silently
  // replaced (and made writable) by the next save, as root or as its owner with a writable folder.
  it('leaves a chmod 444 file on the real disk as it is, even as root, and the store says it is not saved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-store-'));
    const path = join(dir, 'a.json');
    try {
      writeFileSync(path, 'old');
      chmodSync(path, 0o444);
      expect(() => writeFileAtomically(nodeSessionFs(), path, 'new', 'x')).toThrow(ReadOnlyFileError);
      const store = createSessionStore({ fs: nodeSessionFs(), dir, now: fixedNow, token: 'x' });
      expect(() => store.save(path, record())).toThrow(SessionFileError);
      expect(() => store.save(path, record())).toThrow(new RegExp(`^Not saved: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is read-only\\.`));
      store.release();
      expect(readFileSync(path, 'utf8')).toBe('old');
      expect(statSync(path).mode & 0o777).toBe(0o444);
      expect(readdirSync(dir)).toEqual(['a.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createSessionStore', () => {
  const store = (fs = memoryFs()) => ({ fs, store: createSessionStore({ fs, dir: DIR, now: fixedNow, token: 't' }) });

  it('saves a record that loads back unchanged', () => {
    const { store: s } = store();
    const path = s.pathFor('closing-too-soon', 'solo', fixedNow());
    s.save(path, record());
    expect(s.load(path)).toEqual({ ok: true, record: record(), path });
  });

  it('names workshop files apart from solo ones', () => {
    const { store: s } = store();
    expect(s.pathFor('x', 'workshop', fixedNow())).toBe(`${DIR}/workshop-x-2026-12-18T10-00-00-000Z.json`);
    expect(s.pathFor('x', 'solo', fixedNow())).toBe(`${DIR}/x-2026-12-18T10-00-00-000Z.json`);
  });

  it('moves a file that is not JSON aside with a corrupt- name and says so', () => {
    const { fs, store: s } = store();
    fs.files.set(`${DIR}/broken.json`, '{"kind": "common-gro');
    const result = s.load(`${DIR}/broken.json`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('damaged');
    expect(result.movedTo).toBe(`${DIR}/broken.corrupt-2026-12-18T10-00-00-000Z.json`);
    expect(fs.files.has(`${DIR}/broken.json`)).toBe(false);
    expect(fs.files.get(result.movedTo!)).toBe('{"kind": "common-gro');
  });

  it('never overwrites an earlier set-aside copy', () => {
    const { fs, store: s } = store();
    fs.files.set(`${DIR}/broken.corrupt-2026-12-18T10-00-00-000Z.json`, 'first');
    fs.files.set(`${DIR}/broken.json`, 'second');
    const result = s.load(`${DIR}/broken.json`);
    expect(!result.ok && result.movedTo).toBe(`${DIR}/broken.corrupt-2026-12-18T10-00-00-000Z-2.json`);
    expect(fs.files.get(`${DIR}/broken.corrupt-2026-12-18T10-00-00-000Z.json`)).toBe('first');
  });

  it('sets aside JSON that is not a session file', () => {
    const { store: s, fs } = store();
    fs.files.set(`${DIR}/other.json`, '{"hello": 1}');
    const result = s.load(`${DIR}/other.json`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('not a Common Ground session file');
  });

  it('leaves a session file from a newer version where it is, and says to update', () => {
    const { store: s, fs } = store();
    const text = JSON.stringify({ ...record(), recordVersion: 2 });
    fs.files.set(`${DIR}/newer.json`, text);
    const result = s.load(`${DIR}/newer.json`);
    expect(result).toMatchObject({ ok: false, movedTo: undefined });
    expect(!result.ok && result.message).toMatch(/newer version/);
    expect(fs.files.get(`${DIR}/newer.json`)).toBe(text);
    expect([...fs.files.keys()]).toEqual([`${DIR}/newer.json`]);
  });

  it('reports a missing file without moving anything', () => {
    const { store: s } = store();
    const result = s.load(`${DIR}/missing.json`);
    expect(result).toMatchObject({ ok: false, movedTo: undefined });
  });

  it('lists unfinished sessions newest first, finished ones apart, and reports corrupt files', () => {
    const { fs, store: s } = store();
    s.save(`${DIR}/old.json`, record({ savedAt: '2026-12-18T08:00:00.000Z' }));
    s.save(`${DIR}/new.json`, record({ savedAt: '2026-12-18T09:00:00.000Z' }));
    s.save(`${DIR}/done.json`, record({ finished: true }));
    fs.files.set(`${DIR}/bad.json`, 'nope');
    const { sessions, finished, problems } = s.listResumable();
    expect(sessions.map((entry) => entry.path)).toEqual([`${DIR}/new.json`, `${DIR}/old.json`]);
    expect(finished.map((entry) => entry.path)).toEqual([`${DIR}/done.json`]);
    expect(problems).toHaveLength(1);
    expect(s.listResumable().problems).toHaveLength(0);
  });
});

describe('resolveDataDir', () => {
  it('uses COMMON_GROUND_DATA_DIR when it is set', () => {
    expect(resolveDataDir({ COMMON_GROUND_DATA_DIR: '/tmp/cg' })).toBe('/tmp/cg');
  });

  it('falls back to the user data directory named common-ground', () => {
    expect(resolveDataDir({})).toMatch(/common-ground$/);
  });
});
