import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isProcessRunning } from '../../../cli/session-store/file-lock.js';
import { acquireFileLock, createSessionStore, lockPathFor, processLockIdentity, readLockHolder, SessionFileError, SessionInUseError, STALE_AFTER_MS, type LockIdentity, type SessionRecord } from '../../../cli/session-store/index.js';
import { fsError, memoryFs } from './memory-fs.js';

const PATH = '/data/sessions/a.json';
const LOCK = lockPathFor(PATH);
const NOW = new Date('2026-12-18T10:00:00.000Z');
const now = () => NOW;

/** A process on host "here", started an hour before NOW, on a machine booted a day before. */
function identity(overrides: Partial<LockIdentity> = {}): LockIdentity {
  return {
    pid: 100,
    host: 'here',
    instance: 'me',
    isAlive: () => true,
    bootedAtMs: NOW.getTime() - 86_400_000,
    startedAtMs: NOW.getTime() - 3_600_000,
    ...overrides,
  };
}

function lockText(owner: { pid: number; host?: string; instance?: string; since?: string }): string {
  return JSON.stringify({ host: 'here', instance: 'other', since: '2026-12-18T09:30:00.000Z', ...owner });
}

describe('acquireFileLock', () => {
  it('creates the lock with who holds it, and releases only its own', () => {
    const fs = memoryFs();
    const result = acquireFileLock(fs, PATH, identity(), now);
    expect(result.ok).toBe(true);
    expect(JSON.parse(fs.files.get(LOCK)!)).toEqual({ pid: 100, host: 'here', instance: 'me', since: NOW.toISOString() });
    if (!result.ok) return;
    fs.files.set(LOCK, lockText({ pid: 200 }));
    expect(result.lock.stillHeld()).toBe(false);
    result.lock.release();
    expect(fs.files.has(LOCK)).toBe(true);
  });

  it('tells a second process that the file is in use, naming the first and how to clear a lock left behind', () => {
    const fs = memoryFs();
    fs.files.set(LOCK, lockText({ pid: 200 }));
    const result = acquireFileLock(fs, PATH, identity(), now);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/"a\.json" is in use by another Common Ground \(process 200 on this computer, since Fri 18 Dec 2026, 09:30 London time\)/) });
    expect(!result.ok && result.hint).toContain(LOCK);
    expect(JSON.parse(fs.files.get(LOCK)!).pid).toBe(200);
  });

  it('takes over a lock whose process is no longer running', () => {
    const fs = memoryFs();
    fs.files.set(LOCK, lockText({ pid: 200 }));
    expect(acquireFileLock(fs, PATH, identity({ isAlive: (pid) => pid !== 200 }), now).ok).toBe(true);
    expect(JSON.parse(fs.files.get(LOCK)!).instance).toBe('me');
    expect([...fs.files.keys()]).toEqual([LOCK]);
  });

  it('takes over a lock written before this machine started, whatever runs under its pid now', () => {
    const fs = memoryFs();
    fs.files.set(LOCK, lockText({ pid: 200, since: '2026-12-01T09:00:00.000Z' }));
    expect(acquireFileLock(fs, PATH, identity(), now).ok).toBe(true);
  });

  it('takes over a lock of an earlier process that had this pid, but not one of another holder in this process', () => {
    const fs = memoryFs();
    fs.files.set(LOCK, lockText({ pid: 100, since: '2026-12-18T08:00:00.000Z' }));
    expect(acquireFileLock(fs, PATH, identity(), now).ok).toBe(true);
    fs.files.set(LOCK, lockText({ pid: 100, since: '2026-12-18T09:59:00.000Z' }));
    expect(acquireFileLock(fs, PATH, identity(), now).ok).toBe(false);
  });

  it('waits on a half-written lock for a few seconds, then takes it over', () => {
    const fs = memoryFs();
    fs.files.set(LOCK, '');
    fs.modified.set(LOCK, NOW.getTime() - 2_000);
    expect(acquireFileLock(fs, PATH, identity(), now).ok).toBe(false);
    fs.modified.set(LOCK, NOW.getTime() - 60_000);
    expect(acquireFileLock(fs, PATH, identity(), now).ok).toBe(true);
  });

  it('never takes over a lock of another machine', () => {
    const fs = memoryFs();
    fs.files.set(LOCK, lockText({ pid: 200, host: 'laptop' }));
    const result = acquireFileLock(fs, PATH, identity({ isAlive: () => false }), now);
    expect(!result.ok && result.message).toContain('process 200 on laptop');
  });

  it('offers an old lock of another machine for taking over, and takes it only when asked', () => {
    const fs = memoryFs();
    const since = new Date(NOW.getTime() - STALE_AFTER_MS - 60_000).toISOString();
    fs.files.set(LOCK, lockText({ pid: 200, host: 'laptop', since }));
    const offered = acquireFileLock(fs, PATH, identity(), now);
    expect(offered).toMatchObject({ ok: false, canTakeOver: true, heldBy: 'process 200 on laptop, since Thu 17 Dec 2026, 21:59 London time' });
    expect(!offered.ok && offered.hint).toMatch(/more than 12 hours old/);
    const taken = acquireFileLock(fs, PATH, identity(), now, { takeOver: true });
    expect(taken).toMatchObject({ ok: true, replaced: 'process 200 on laptop, since Thu 17 Dec 2026, 21:59 London time' });
    expect(JSON.parse(fs.files.get(LOCK)!).instance).toBe('me');
  });

  it('never takes a lock younger than the bound, even when asked to, nor one of this process', () => {
    const fs = memoryFs();
    fs.files.set(LOCK, lockText({ pid: 200, host: 'laptop' }));
    expect(acquireFileLock(fs, PATH, identity(), now, { takeOver: true })).toMatchObject({ ok: false, canTakeOver: false });
    fs.files.set(LOCK, lockText({ pid: 100, since: '2026-12-18T09:59:00.000Z' }));
    expect(acquireFileLock(fs, PATH, identity(), now, { takeOver: true }).ok).toBe(false);
  });

  it('offers, but never takes silently, an old lock whose pid runs here (it may have been reused)', () => {
    const fs = memoryFs();
    fs.files.set(LOCK, lockText({ pid: 200, since: new Date(NOW.getTime() - STALE_AFTER_MS - 1).toISOString() }));
    expect(acquireFileLock(fs, PATH, identity(), now)).toMatchObject({ ok: false, canTakeOver: true });
  });

  it('says who holds a lock without taking it, and nobody for a lock left behind', () => {
    const fs = memoryFs();
    expect(readLockHolder(fs, PATH, identity(), now)).toBeNull();
    fs.files.set(LOCK, lockText({ pid: 200 }));
    expect(readLockHolder(fs, PATH, identity(), now)).toMatchObject({ heldBy: 'process 200 on this computer, since Fri 18 Dec 2026, 09:30 London time', canTakeOver: false });
    expect(readLockHolder(fs, PATH, identity({ isAlive: () => false }), now)).toBeNull();
    expect(JSON.parse(fs.files.get(LOCK)!).pid).toBe(200);
  });

  it('throws a write error (a full disk) on, leaving no lock behind', () => {
    const fs = memoryFs();
    fs.failWrites = fsError('ENOSPC');
    expect(() => acquireFileLock(fs, PATH, identity(), now)).toThrow(/ENOSPC/);
  });
});

/** Polls `test` every 10 ms for up to 5 s. */
async function eventually(test: () => boolean): Promise<boolean> {
  for (let tries = 0; tries < 500; tries += 1) {
    if (test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

describe('isProcessRunning', () => {
  it('is true for this process and false for a pid nothing runs under, or one that names a process group', () => {
    expect(isProcessRunning(process.pid)).toBe(true);
    expect(isProcessRunning(2 ** 22 + 1)).toBe(false);
    expect(isProcessRunning(0)).toBe(false);
    expect(isProcessRunning(-1)).toBe(false);
  });

  it('reads the state after the last parenthesis of /proc/PID/stat, whatever the command name holds', () => {
    expect(isProcessRunning(process.pid, () => `${process.pid} (node) S 1 2 3`)).toBe(true);
    expect(isProcessRunning(process.pid, () => `${process.pid} (a) Z (b) Z 1 2 3`)).toBe(false);
    expect(isProcessRunning(process.pid, () => `${process.pid} (cli) R) X 1 2 3`)).toBe(false);
    expect(isProcessRunning(process.pid, () => { throw new Error('no /proc here'); })).toBe(true);
  });

  it('takes a /proc entry gone since kill() answered as a process reaped in that moment, but not where there is no /proc', () => {
    const gone = () => {
      throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
    };
    expect(isProcessRunning(process.pid, gone, () => true)).toBe(false);
    expect(isProcessRunning(process.pid, gone, () => false)).toBe(true);
  });

  // tmux ends a pane's session before it reaps the pane's process: after `kill -9`, the app started next
  // found the session file "in use" by the killed one (the full-screen kill test, under load).
  it('is false for a killed process its parent has not reaped yet (a zombie), so its lock is taken over', async (context) => {
    if (!existsSync('/proc/self/stat')) return context.skip('no /proc: zombies cannot be told from running processes here, and kill(pid, 0) decides');
    // The shell starts `sleep 0` in the background, then becomes `sleep 5`, which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
      expect(await eventually(() => /\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')))).toBe(true);
      // kill(pid, 0) alone still says it runs.
      expect(() => process.kill(pid, 0)).not.toThrow();
      expect(isProcessRunning(pid)).toBe(false);
      const fs = memoryFs();
      fs.files.set(LOCK, lockText({ pid, since: new Date().toISOString() }));
      const me = { ...processLockIdentity(), host: 'here' };
      expect(acquireFileLock(fs, PATH, me, () => new Date()).ok).toBe(true);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

describe('createSessionStore locking', () => {
  const record = { kind: 'common-ground-session', recordVersion: 1, mode: 'solo', scenarioId: 'x', scenarioTitle: 'X', scenarioFile: '/x.mdx', startedAt: '', savedAt: '', progress: '', finished: false } as SessionRecord;

  it('saves under the lock, and refuses to save once another process has taken the file', () => {
    const fs = memoryFs();
    const store = createSessionStore({ fs, dir: '/data/sessions', now, token: 't', lock: identity() });
    store.save(PATH, record);
    expect(fs.files.has(LOCK)).toBe(true);
    fs.files.set(LOCK, lockText({ pid: 200 }));
    expect(() => store.save(PATH, record)).toThrow(SessionFileError);
    expect(() => store.save(PATH, record)).toThrow(/^Not saved: The session file "a.json" is in use/);
    expect(() => store.hold(PATH)).toThrow(SessionInUseError);
    store.release();
    expect(JSON.parse(fs.files.get(LOCK)!).pid).toBe(200);
  });

  it('lets go of one file when it takes another, and of the last on release', () => {
    const fs = memoryFs();
    const store = createSessionStore({ fs, dir: '/data/sessions', now, token: 't', lock: identity() });
    store.hold(PATH);
    store.hold('/data/sessions/b.json');
    expect([...fs.files.keys()]).toEqual([lockPathFor('/data/sessions/b.json')]);
    store.release();
    expect([...fs.files.keys()]).toEqual([]);
  });

  it('says the disk is full when a save fails, and that the file keeps the last save', () => {
    const fs = memoryFs();
    const store = createSessionStore({ fs, dir: '/data/sessions', now, token: 't', lock: identity() });
    store.save(PATH, record);
    const before = fs.files.get(PATH);
    fs.failWrites = fsError('ENOSPC');
    expect(() => store.save(PATH, record)).toThrow(/^Not saved: the disk is full\. \/data\/sessions\/a\.json keeps your moves up to the last save\.$/);
    expect(fs.files.get(PATH)).toBe(before);
    expect([...fs.files.keys()].sort()).toEqual([PATH, LOCK]);
  });
});
