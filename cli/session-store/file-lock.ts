/**
 * A lock beside a session file (`NAME.json.lock`), so two processes never
 * write one file: the second is told who has it (process, machine, since
 * when, in London time). A lock is created with exclusive-create and holds
 * who made it. It is left behind for certain (taken over at once) when its
 * process is no longer running, when it was written before this machine
 * started or by an earlier process with this one's pid, or when it is
 * unreadable and older than a few seconds (a crash while it was written).
 * A killed process its parent has not yet reaped (a zombie) is not running.
 * A lock that cannot be checked so (another machine's, on a shared folder)
 * or whose pid may since have been reused, and that is older than
 * {@link STALE_AFTER_MS}, is probably left behind: it is offered for taking
 * over, and taken only when the caller asks (`takeOver`).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { basename } from 'node:path';
import { formatLondonIso } from '../../engine/index.js';
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

/** A lock another holder has: who, and whether it may be taken over. */
export interface LockHeld {
  ok: false;
  message: string;
  hint: string;
  /** The lock file. */
  lockPath: string;
  /** Who holds it, as the lock file says; null when it cannot be read. */
  holder: LockOwner | null;
  /** Who holds it in words, e.g. "process 4242 on this computer, since Fri 18 Dec 2026, 09:30 London time". */
  heldBy: string;
  /** True when the lock is probably left behind (older than {@link STALE_AFTER_MS}): `takeOver` would take it. */
  canTakeOver: boolean;
}

/** What {@link acquireFileLock} gives: the lock (and whose old lock it took over, if any), or who has it and what to do. */
export type LockResult = { ok: true; lock: FileLock; replaced?: string } | LockHeld;

/** Options of {@link acquireFileLock}. */
export interface AcquireOptions {
  /** Take over a lock that is probably left behind (see {@link STALE_AFTER_MS}); a live one is never taken. */
  takeOver?: boolean;
}

/** An unreadable lock younger than this may still be being written; older, its writer crashed. */
const HALF_WRITTEN_MS = 10_000;

/**
 * A lock older than this, whose holder cannot be shown to be running here,
 * is probably left behind. Twelve hours: a session or a workshop is one
 * sitting of a working day (a workshop is planned at two hours), so a lock
 * older than that outlived any sitting its machine could still be in; yet
 * it is only offered, never taken silently, because the other machine may
 * merely be asleep with the app open, and a holder that comes back finds
 * its next save refused rather than silently overwriting.
 */
export const STALE_AFTER_MS = 12 * 60 * 60 * 1000;

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
export function isProcessRunning(
  pid: number,
  readStat: (pid: number) => string = (id) => readFileSync(`/proc/${id}/stat`, 'utf8'),
  hasProc: () => boolean = () => existsSync('/proc/self/stat'),
): boolean {
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
  } catch (error) {
    // Gone from a /proc that is there: reaped since kill() answered. No /proc at all: kill() decided.
    return !((error as NodeJS.ErrnoException).code === 'ENOENT' && hasProc());
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

/** How a lock found in place stands: left behind for certain, probably left behind (old), or held. */
type Staleness = 'left-behind' | 'old' | 'held';

function staleness(owner: LockOwner | null, modifiedMs: number, me: LockIdentity, nowMs: number): Staleness {
  if (owner === null) return nowMs - modifiedMs > HALF_WRITTEN_MS ? 'left-behind' : 'held';
  const since = Date.parse(owner.since);
  const old = !Number.isNaN(since) && nowMs - since > STALE_AFTER_MS ? 'old' : 'held';
  // Another machine's process cannot be checked from here.
  if (owner.host !== me.host) return old;
  if (Number.isNaN(since) || since < me.bootedAtMs) return 'left-behind';
  // Our own pid: an earlier process that had it, unless another holder in this very process.
  if (owner.pid === me.pid) return since < me.startedAtMs ? 'left-behind' : 'held';
  // A running process may be another program that got the pid since: an old lock is offered, never taken.
  return me.isAlive(owner.pid) ? old : 'left-behind';
}

/**
 * Who holds a lock, in words, with the time in London time.
 * @example
 * describeLockHolder({ pid: 4242, host: 'laptop', instance: 'x', since: '2026-12-18T09:30:00.000Z' }, processLockIdentity());
 * // 'process 4242 on laptop, since Fri 18 Dec 2026, 09:30 London time'
 */
export function describeLockHolder(owner: LockOwner | null, me: Pick<LockIdentity, 'host'>): string {
  if (owner === null) return 'another Common Ground (its lock file cannot be read)';
  return `process ${owner.pid} on ${owner.host === me.host ? 'this computer' : owner.host}, since ${formatLondonIso(owner.since)} London time`;
}

function inUse(path: string, lockPath: string, owner: LockOwner | null, me: LockIdentity, canTakeOver: boolean): LockHeld {
  const heldBy = describeLockHolder(owner, me);
  const who = owner === null ? heldBy : `another Common Ground (${heldBy})`;
  return {
    ok: false,
    message: `The session file "${basename(path)}" is in use by ${who}.`,
    hint: canTakeOver
      ? `That lock is more than ${STALE_AFTER_MS / 3_600_000} hours old, so that Common Ground has probably stopped. If it has, take the session over; otherwise close it first, or use another session file.`
      : `Close the other one first, or use another session file. If no other Common Ground is running, delete ${lockPath}.`,
    lockPath,
    holder: owner,
    heldBy,
    canTakeOver,
  };
}

/**
 * Who holds the lock of `path` now, without taking it; null when nobody
 * does (no lock, or one left behind for certain).
 * @example
 * readLockHolder(nodeSessionFs(), path, processLockIdentity(), () => new Date())?.heldBy;
 */
export function readLockHolder(fs: SessionFs, path: string, me: LockIdentity, now: () => Date): LockHeld | null {
  const lockPath = lockPathFor(path);
  const entry = fs.entry(lockPath);
  if (entry.kind === 'missing') return null;
  const owner = readOwner(fs, lockPath);
  if (owner?.instance === me.instance) return null;
  const standing = staleness(owner, entry.modifiedMs, me, now().getTime());
  return standing === 'left-behind' ? null : inUse(path, lockPath, owner, me, standing === 'old');
}

/**
 * Takes the lock of `path` for `me`, taking over one left behind, and an
 * old one (probably left behind) when `takeOver` is set. Errors other
 * than "already locked" (a full disk, a folder that cannot be written) are
 * thrown, with nothing left behind.
 *
 * @example
 * const result = acquireFileLock(fs, '/data/sessions/a.json', processLockIdentity(), () => new Date());
 * if (!result.ok) throw new SessionFileError(result.message, result.hint, path);
 */
export function acquireFileLock(fs: SessionFs, path: string, me: LockIdentity, now: () => Date, options: AcquireOptions = {}): LockResult {
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
  let standing: Staleness = 'held';
  let replaced: string | undefined;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.createFileSynced(lockPath, `${JSON.stringify(mine)}\n`);
      return { ok: true, lock, ...(replaced === undefined ? {} : { replaced }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    owner = readOwner(fs, lockPath);
    standing = staleness(owner, fs.entry(lockPath).modifiedMs, me, now().getTime());
    if (standing === 'held' || (standing === 'old' && options.takeOver !== true)) return inUse(path, lockPath, owner, me, standing === 'old');
    // Taking over an old lock is worth saying; clearing one whose process is gone is not.
    replaced = standing === 'old' ? describeLockHolder(owner, me) : undefined;
    // Take the stale lock away by renaming it (only one process can), then try again.
    const aside = `${lockPath}.stale-${me.instance}`;
    try {
      fs.rename(lockPath, aside);
      fs.remove(aside);
    } catch {
      /* someone else took it away first */
    }
  }
  return inUse(path, lockPath, owner, me, standing === 'old');
}
