/**
 * A lock beside a session file (`NAME.json.lock`), so two processes never
 * write one file: the second is told who has it. A lock is created with
 * exclusive-create, holds who made it, and is stale (taken over) when its
 * process is no longer running, when it was written before this machine
 * started or by an earlier process with this one's pid, or when it is
 * unreadable and older than a few seconds (a crash while it was written).
 * A killed process its parent has not yet reaped (a zombie) is not running.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { basename } from 'node:path';
import type { SessionFs } from './session-fs.js';

/** Who holds a lock, as written in the lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  /** Tells two holders apart even when they share a pid. */
  instance: string;
  /** When the lock was taken (ISO). */
  since: string;
}

/** This process as a lock holder, and what it knows of the machine. */
export interface LockIdentity {
  pid: number;
  host: string;
  instance: string;
  /** Whether a process of this machine is running. */
  isAlive: (pid: number) => boolean;
  /** When this machine started (ms since the epoch). */
  bootedAtMs: number;
  /** When this process started (ms since the epoch). */
  startedAtMs: number;
}

/** A lock this process holds. */
export interface FileLock {
  /** The lock file. */
  readonly lockPath: string;
  /** Whether the lock file is still this holder's (nobody removed or took it). */
  stillHeld(): boolean;
  /** Removes the lock file if it is still this holder's. */
  release(): void;
}

/** What {@link acquireFileLock} gives: the lock, or who has it and what to do. */
export type LockResult = { ok: true; lock: FileLock } | { ok: false; message: string; hint: string };

/** An unreadable lock younger than this may still be being written; older, its writer crashed. */
const HALF_WRITTEN_MS = 10_000;

/**
 * This process, as the real machine sees it.
 * @example
 * acquireFileLock(nodeSessionFs(), path, processLockIdentity(), () => new Date());
 */
export function processLockIdentity(): LockIdentity {
  return {
    pid: process.pid,
    host: hostname(),
    instance: randomUUID(),
    isAlive: (pid) => isProcessRunning(pid),
    bootedAtMs: Date.now() - uptime() * 1000,
    startedAtMs: Date.now() - process.uptime() * 1000,
  };
}

/** The state letter of a Linux process (`R`, `S`, `Z`…) from its `/proc/PID/stat` line, or undefined. */
function stateOf(stat: string): string | undefined {
  // The command name, in parentheses, may itself hold spaces and parentheses: the state follows the last one.
  return stat.slice(stat.lastIndexOf(')') + 1).trim()[0];
}

/**
 * Whether process `pid` of this machine is running. A process that was
 * killed but not yet reaped by its parent (a zombie) still answers
 * `kill(pid, 0)`, yet holds no file any more: tmux, for one, ends a pane's
 * session before it reaps the pane's process, so after `kill -9` the app
 * started next must not find the file "in use" by it. Where there is no
 * `/proc` (macOS, Windows), `kill(pid, 0)` alone decides.
 *
 * @example
 * isProcessRunning(process.pid); // true
 */
export function isProcessRunning(pid: number, readStat: (pid: number) => string = (id) => readFileSync(`/proc/${id}/stat`, 'utf8')): boolean {
  // 0 and negative numbers name process groups, not a process: no lock of ours holds one.
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  let stat: string;
  try {
    stat = readStat(pid);
  } catch {
    return true;
  }
  const state = stateOf(stat);
  // Z: a zombie; X: dead, being reaped.
  return state !== 'Z' && state !== 'X';
}

/** The lock file of a session file. */
export function lockPathFor(path: string): string {
  return `${path}.lock`;
}

function readOwner(fs: SessionFs, lockPath: string): LockOwner | null {
  try {
    const data = JSON.parse(fs.readText(lockPath)) as Partial<LockOwner>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.instance === 'string' && typeof data.since === 'string') return data as LockOwner;
  } catch {
    /* missing, half written or not ours: decided by its age */
  }
  return null;
}

function isStale(owner: LockOwner | null, modifiedMs: number, me: LockIdentity, nowMs: number): boolean {
  if (owner === null) return nowMs - modifiedMs > HALF_WRITTEN_MS;
  // Another machine's process cannot be checked from here.
  if (owner.host !== me.host) return false;
  const since = Date.parse(owner.since);
  if (Number.isNaN(since) || since < me.bootedAtMs) return true;
  // Our own pid: an earlier process that had it, unless another holder in this very process.
  if (owner.pid === me.pid) return since < me.startedAtMs;
  return !me.isAlive(owner.pid);
}

function inUse(path: string, lockPath: string, owner: LockOwner | null, me: LockIdentity): { ok: false; message: string; hint: string } {
  const who = owner === null ? 'another Common Ground' : `another Common Ground (process ${owner.pid}${owner.host === me.host ? '' : ` on ${owner.host}`}, since ${owner.since.slice(0, 16).replace('T', ' ')} UTC)`;
  return {
    ok: false,
    message: `The session file "${basename(path)}" is in use by ${who}.`,
    hint: `Close the other one first, or use another session file. If no other Common Ground is running, delete ${lockPath}.`,
  };
}

/**
 * Takes the lock of `path` for `me`, taking over a stale one. Errors other
 * than "already locked" (a full disk, a folder that cannot be written) are
 * thrown, with nothing left behind.
 *
 * @example
 * const result = acquireFileLock(fs, '/data/sessions/a.json', processLockIdentity(), () => new Date());
 * if (!result.ok) throw new SessionFileError(result.message, result.hint, path);
 */
export function acquireFileLock(fs: SessionFs, path: string, me: LockIdentity, now: () => Date): LockResult {
  const lockPath = lockPathFor(path);
  const mine: LockOwner = { pid: me.pid, host: me.host, instance: me.instance, since: now().toISOString() };
  const lock: FileLock = {
    lockPath,
    stillHeld: () => readOwner(fs, lockPath)?.instance === me.instance,
    release: () => {
      if (lock.stillHeld()) fs.remove(lockPath);
    },
  };
  let owner: LockOwner | null = null;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.createFileSynced(lockPath, `${JSON.stringify(mine)}\n`);
      return { ok: true, lock };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    owner = readOwner(fs, lockPath);
    if (!isStale(owner, fs.entry(lockPath).modifiedMs, me, now().getTime())) return inUse(path, lockPath, owner, me);
    // Take the stale lock away by renaming it (only one process can), then try again.
    const aside = `${lockPath}.stale-${me.instance}`;
    try {
      fs.rename(lockPath, aside);
      fs.remove(aside);
    } catch {
      /* someone else took it away first */
    }
  }
  return inUse(path, lockPath, owner, me);
}
