/**
 * A full disk, for real: the data folder is a 64 KB tmpfs, filled up. Every
 * failed save must take its temporary file away again (or the disk stays
 * full), leave the last good session file whole, and never be reported as a
 * save, in plain mode and on the full screen alike. Where mounting is
 * refused (not root, or no tmpfs), the same faults are injected through the
 * session store's file system instead, and the real-disk cases say why they
 * were skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../cli/session-store/index.js';
import { fsError, memoryFs } from '../cli/session-store/memory-fs.js';
import { privateCli } from './support/private-cli.js';
import { hasTmux, startPane } from './support/tmux-pane.js';

let dir = '';
let disk = '';
let cli = '';
/** Why the real tmpfs could not be used; empty when it is mounted. */
let mountRefused = '';

/** tmpfs hands out space a page at a time. */
const PAGE = 4096;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-disk-full-'));
  cli = privateCli(dir);
  disk = join(dir, 'disk');
  mkdirSync(disk);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', disk], { stdio: 'pipe' });
  } catch (error) {
    mountRefused = `mount -t tmpfs was refused (${String((error as { stderr?: Buffer }).stderr ?? error).trim() || 'no reason given'}); the injected-fault tests cover the same code`;
  }
});

afterAll(() => {
  if (!mountRefused) execFileSync('umount', [disk]);
  rmSync(dir, { recursive: true, force: true });
});

/** Fills the disk with `filler` until no page is left, then frees `pagesLeft` pages. */
function fillDisk(pagesLeft: number): void {
  const filler = join(disk, 'filler');
  try {
    for (;;) appendFileSync(filler, Buffer.alloc(PAGE, 1));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  const size = statSync(filler).size;
  truncateSync(filler, Math.max(0, Math.floor(size / PAGE) * PAGE - pagesLeft * PAGE));
}

function emptyDisk(): void {
  for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
}

/** Temporary and lock files left on the disk. */
function leftovers(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else if (/\.tmp$|\.lock$/.test(entry.name)) found.push(join(folder, entry.name));
    }
  };
  walk(disk);
  return found;
}

function play(file: string, input: string) {
  return spawnSync(process.execPath, [cli, 'play', 'closing-too-soon', '--plain', '--session', file], {
    input,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, COMMON_GROUND_DATA_DIR: join(disk, 'data'), NO_COLOR: '1' },
  });
}

describe('a full disk (a real 64 KB tmpfs)', () => {
  it('in plain mode: every failed save is said, cleans up after itself, and the last good file stays whole', (context) => {
    if (mountRefused) return context.skip(mountRefused);
    emptyDisk();
    const file = join(disk, 'mine.json');
    expect(play(file, '2\nq\n').status).toBe(0);
    const good = readFileSync(file, 'utf8');
    // One page left: enough for a lock, never for a session file.
    fillDisk(1);
    const result = play(file, '1\n1\nq\n');
    const shown = `${result.stderr}${result.stdout}`;
    expect(result.status, shown).toBe(0);
    expect(shown).toMatch(/not saved[^\n]*the disk is full/i);
    expect(shown).not.toContain('Your session is saved');
    expect(shown).not.toMatch(/internal error|\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(good);
    expect(leftovers()).toEqual([]);
  });

  it('refuses to start when not even a lock file fits, saying so, and leaves nothing behind', (context) => {
    if (mountRefused) return context.skip(mountRefused);
    emptyDisk();
    const file = join(disk, 'mine.json');
    expect(play(file, '2\nq\n').status).toBe(0);
    const good = readFileSync(file, 'utf8');
    fillDisk(0);
    const result = play(file, '1\nq\n');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/error: .*the disk is full[\s\S]*hint: /);
    expect(readFileSync(file, 'utf8')).toBe(good);
    expect(leftovers()).toEqual([]);
  });

  it('on the full screen: the move is shown as not saved, and quitting does not say it is saved', async (context) => {
    if (mountRefused) return context.skip(mountRefused);
    if (!hasTmux()) return context.skip('tmux is not installed; it gives the full-screen app a real terminal');
    emptyDisk();
    const file = join(disk, 'screen.json');
    expect(play(file, '2\nq\n').status).toBe(0);
    const good = readFileSync(file, 'utf8');
    fillDisk(1);
    const pane = await startPane({ name: `cg-disk-${process.pid}`, cli, args: ['play', 'closing-too-soon', '--session', file], env: { COMMON_GROUND_DATA_DIR: join(disk, 'data'), NO_COLOR: '1' }, stderrFile: join(dir, 'stderr.log') });
    try {
      await pane.waitFor((text) => text.includes('1) '), 'the scene');
      await pane.keys('1');
      await pane.waitFor((text) => text.includes('You chose:') && /not saved/i.test(text), 'the feedback, marked not saved');
      await pane.keys('q');
      const quit = await pane.waitFor((text) => text.includes('Quit Common Ground?'), 'the quit question');
      expect(quit).not.toContain('Your session is saved');
      expect(quit).toMatch(/not saved/i);
      await pane.keys('y');
      for (let guard = 0; guard < 500 && (await pane.alive()); guard += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      await pane.close();
    }
    expect(readFileSync(file, 'utf8')).toBe(good);
    expect(leftovers()).toEqual([]);
  });
});

describe('a full disk (injected through the session store)', () => {
  it('says each failed save, removes its temporary file, and keeps the last good file', () => {
    const fs = memoryFs();
    const store = createSessionStore({ fs, dir: '/data/sessions', now: () => new Date('2026-12-18T10:00:00Z'), token: 't' });
    const record = { kind: 'common-ground-session', recordVersion: 1, mode: 'solo', scenarioId: 'x', scenarioTitle: 'X', scenarioFile: '/x.mdx', startedAt: '', savedAt: '', progress: '', finished: false } as const;
    store.save('/data/sessions/mine.json', record);
    const good = fs.files.get('/data/sessions/mine.json');
    fs.failWrites = fsError('ENOSPC', 'no space left on device, write');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(() => store.save('/data/sessions/mine.json', { ...record, progress: `attempt ${attempt}` })).toThrow(/^Not saved: the disk is full\./);
    }
    expect([...fs.files.keys()].sort()).toEqual(['/data/sessions/mine.json', '/data/sessions/mine.json.lock']);
    expect(fs.files.get('/data/sessions/mine.json')).toBe(good);
    store.release();
  });
});
