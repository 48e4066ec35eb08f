/**
 * Nothing lost in a workshop: a second copy on one session is told who
 * holds it (process, machine, since when, London time) and offered
 * read-only viewing, or taking over once the lock is old; a read-only data
 * folder is said at every save and never reported as saved; a damaged
 * workshop file in the app's folder is moved aside and the trainer told,
 * while one from a newer version is left where it is.
 */
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askInUse } from '../../../cli/commands/workshop/ask-in-use.js';
import { workshopCommand } from '../../../cli/commands/workshop-command.js';
import { SessionInUseError } from '../../../cli/session-store/index.js';
import type { Workshop } from '../../../engine/index.js';
import { cli } from '../../support/built-cli.js';
import { fakeCliIO } from '../deadlines/fake-cli-io.js';
import { runSessionCommand, shownText } from '../session-store/run-session-command.js';
import { workshopFileText } from './workshop-file.js';

let dir = '';
let dataDir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-nothing-lost-'));
  dataDir = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Polls `test` every 20 ms for up to 10 s. */
async function until(test: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A first copy running in plain mode with its input left open, so it holds the session's lock. */
function firstCopy(argv: string[]) {
  const fake = fakeCliIO({ env: { COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' } });
  const stdin = fake.io.stdin as PassThrough;
  const done = workshopCommand(argv, fake.io);
  return { stdout: fake.stdout, type: (line: string) => stdin.write(`${line}\n`), end: () => stdin.end(), done };
}

const lockText = (owner: { pid: number; host: string; since: string }) => `${JSON.stringify({ ...owner, instance: 'someone-else' })}\n`;

describe('two copies of one workshop', () => {
  it('tells the second copy which process holds it and since when, and shows it read-only on request', async () => {
    const file = join(dir, 'room.json');
    const first = firstCopy(['closing-too-soon', '--plain', '--tables', 'Police,Health', '--session', file]);
    await until(() => first.stdout().includes('Press Enter when the room is ready to vote'), 'the first copy');
    const second = await runSessionCommand(workshopCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: '' });
    expect(second).toMatchObject({
      kind: 'user-error',
      message: expect.stringMatching(new RegExp(`"room\\.json" is in use by another Common Ground \\(process ${process.pid} on this computer, since \\w{3} \\d+ \\w{3} \\d{4}, \\d{2}:\\d{2} London time\\)\\. It was left as it is\\.`)),
      hint: expect.stringContaining('run the same command with --read-only'),
    });

    first.type('');
    first.type('1 1');
    await until(() => first.stdout().includes('Press Enter for the next decision'), `the first decision: ${first.stdout().slice(-1500)}`);
    const before = readFileSync(file, 'utf8');
    const watching = await runSessionCommand(workshopCommand, ['closing-too-soon', '--plain', '--read-only', '--session', file], { dataDir, input: '\nq\n' });
    const shown = shownText(watching);
    expect(watching, shown).toMatchObject({ kind: 'exit', code: 0 });
    expect(shown).toContain(`note: Shown read-only: process ${process.pid} on this computer, since`);
    expect(shown).toContain('1 decision taken so far.');
    expect(shown).toContain('Reveal: decision 1, “Monday 5 October, 3.30pm: the child-in-need review”.');
    expect(shown).toContain('Scene: Planning the conversation');
    expect(shown).toContain(`Stopped. Shown read-only: nothing was changed or saved here (${file}).`);
    expect(readFileSync(file, 'utf8')).toBe(before);

    first.end();
    expect(await first.done).toBe(0);
    expect(first.stdout()).toContain(`End of input. The workshop is saved in ${file}.`);
    expect(readdirSync(dir).filter((name) => name !== 'data')).toEqual(['room.json']);
  });

  it('names another process of this computer holding it, and lets it carry on once that process has gone', async (context) => {
    if (!existsSync(cli)) return context.skip('the built CLI is missing');
    const file = join(dir, 'room.json');
    const child = spawn(process.execPath, [cli, 'workshop', 'closing-too-soon', '--plain', '--session', file], { env: { ...process.env, COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await until(() => output.includes('Press Enter when the room is ready to vote'), 'the other process');
      const second = await runSessionCommand(workshopCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: '' });
      expect(second.kind === 'user-error' && second.message).toContain(`(process ${child.pid} on this computer, since `);
      child.kill('SIGKILL');
      await exited;
      // Its process is gone: the lock it left is cleared without asking.
      const after = await runSessionCommand(workshopCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: 'q\n' });
      expect(after, shownText(after)).toMatchObject({ kind: 'exit', code: 0 });
      expect(shownText(after)).toContain('Stopped. The workshop is saved in');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('offers to take over a lock more than 12 hours old, and takes it only when asked', async () => {
    const file = join(dir, 'room.json');
    writeFileSync(file, workshopFileText('closing-too-soon'));
    // The fake clock says 17:05 on 18 December; this lock was taken at 04:00 on another machine.
    writeFileSync(`${file}.lock`, lockText({ pid: 4242, host: 'training-laptop', since: '2026-12-18T04:00:00.000Z' }));
    const refused = await runSessionCommand(workshopCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: '' });
    expect(refused).toMatchObject({
      kind: 'user-error',
      message: expect.stringContaining('(process 4242 on training-laptop, since Fri 18 Dec 2026, 04:00 London time)'),
      hint: expect.stringContaining('carry the workshop on here with --take-over'),
    });
    const taken = await runSessionCommand(workshopCommand, ['closing-too-soon', '--plain', '--take-over', '--session', file], { dataDir, input: 'q\n' });
    const shown = shownText(taken);
    expect(taken, shown).toMatchObject({ kind: 'exit', code: 0 });
    expect(shown).toContain('note: The workshop was taken over from process 4242 on training-laptop, since Fri 18 Dec 2026, 04:00 London time; that copy can no longer save it.');
    expect((JSON.parse(readFileSync(file, 'utf8')) as { workshop: Workshop }).workshop.rounds).toHaveLength(1);
  });

  it('never takes over a lock younger than that, even when asked', async () => {
    const file = join(dir, 'room.json');
    writeFileSync(file, workshopFileText('closing-too-soon'));
    writeFileSync(`${file}.lock`, lockText({ pid: 4242, host: 'training-laptop', since: '2026-12-18T16:00:00.000Z' }));
    const refused = await runSessionCommand(workshopCommand, ['closing-too-soon', '--plain', '--take-over', '--session', file], { dataDir, input: '' });
    expect(refused).toMatchObject({ kind: 'user-error', hint: expect.stringContaining('close the other one first') });
    expect(readFileSync(`${file}.lock`, 'utf8')).toContain('4242');
  });
});

describe('askInUse', () => {
  const held = (canTakeOver: boolean) => new SessionInUseError('The session file "room.json" is in use by another Common Ground (process 7 on this computer).', 'hint', '/room.json', 'process 7 on this computer', canTakeOver);
  const answer = async (typed: string, canTakeOver: boolean) => {
    const fake = fakeCliIO({ tty: true });
    (fake.io.stdin as PassThrough).end(typed);
    return { answer: await askInUse(fake.io, held(canTakeOver)), said: fake.stdout() };
  };

  it('asks at a terminal, one key, whether to watch read-only, take over (only an old lock) or stop', async () => {
    expect(await answer('r', false)).toEqual({ answer: 'read-only', said: expect.stringContaining('Press r to watch it read-only (nothing is changed or saved), any other key to stop: r') });
    expect((await answer('q', true)).answer).toBe('stop');
    expect((await answer('t\n', true)).answer).toBe('take-over');
    expect((await answer('t\n', true)).said).toContain('t to take it over here');
    expect((await answer('t\n', false)).answer).toBe('stop');
    expect((await answer('\n', true)).answer).toBe('stop');
    expect((await answer('', true)).answer).toBe('stop');
  });
});

describe('a read-only data folder', () => {
  it('runs the workshop, says at once and at every save that it is not saved and what to do, and never says saved', async (context) => {
    const sessions = join(dataDir, 'sessions');
    mkdirSync(sessions, { recursive: true });
    const saved = join(sessions, 'workshop-closing-too-soon-2026-12-18T09-00-00-000Z.json');
    const text = workshopFileText('closing-too-soon');
    writeFileSync(saved, text);
    // Read-only for real: a read-only mount (root writes through file permissions), else the permissions.
    let mounted = false;
    try {
      execFileSync('mount', ['--bind', '-o', 'ro', dataDir, dataDir], { stdio: 'pipe' });
      execFileSync('mount', ['-o', 'remount,bind,ro', dataDir], { stdio: 'pipe' });
      mounted = true;
    } catch {
      if (process.getuid?.() === 0) return context.skip('running as root, and a read-only mount was refused: permissions would not stop a write');
      chmodSync(sessions, 0o555);
      chmodSync(dataDir, 0o555);
    }
    try {
      const outcome = await runSessionCommand(workshopCommand, ['closing-too-soon', '--plain', '--resume'], { dataDir, input: '\n1 1\n\nq\nq\n' });
      const shown = shownText(outcome);
      expect(outcome, shown).toMatchObject({ kind: 'exit', code: 0 });
      expect(shown).toContain('note: Resumed the workshop saved at Fri 18 Dec 2026, 09:10 (London time)');
      expect(shown).toMatch(/note: The workshop cannot be saved: Cannot use the session file .*: (the disk is read-only|permission was denied)\./);
      expect(shown).toMatch(/warning: Not saved: .*(the disk is read-only|permission was denied)/);
      expect(shown).toContain('Reveal: decision 2');
      expect(shown).toContain('The workshop is not saved: ');
      expect(shown).toContain('Stopped. The workshop is NOT saved: ');
      expect(shown).not.toMatch(/is saved in|Note saved|finished and saved|Saving to/);
      expect(readFileSync(saved, 'utf8')).toBe(text);
    } finally {
      if (mounted) execFileSync('umount', [dataDir]);
      else {
        chmodSync(dataDir, 0o755);
        chmodSync(sessions, 0o755);
      }
    }
  });
});

describe('a damaged workshop file in the app folder', () => {
  const place = (name: string, text: string) => {
    mkdirSync(join(dataDir, 'sessions'), { recursive: true });
    writeFileSync(join(dataDir, 'sessions', name), text);
    return join(dataDir, 'sessions', name);
  };
  const resume = () => runSessionCommand(workshopCommand, ['closing-too-soon', '--plain', '--resume'], { dataDir, input: 'q\n' });

  it('is moved aside, whole, and the trainer told where, when the workshop inside fails its shape check', async () => {
    const text = workshopFileText('closing-too-soon', (workshop) => ({ ...workshop, rounds: 'all of them' }));
    const path = place('workshop-closing-too-soon-2026-12-18T09-00-00-000Z.json', text);
    const shown = shownText(await resume());
    const aside = readdirSync(join(dataDir, 'sessions')).filter((name) => name.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'sessions', aside[0]!), 'utf8')).toBe(text);
    expect(existsSync(path)).toBe(false);
    expect(shown).toContain(`note: The workshop in ${path} cannot be resumed: The saved workshop is not in the expected shape. It was moved aside to ${join(dataDir, 'sessions', aside[0]!)}.`);
    expect(shown).toContain('a new one was started');
  });

  it('is moved aside and told when it is not even valid JSON', async () => {
    const path = place('workshop-closing-too-soon-2026-12-18T09-00-00-000Z.json', '{"kind": "common-ground-session", ');
    const shown = shownText(await resume());
    expect(shown).toMatch(/note: The session file ".*" is damaged \(not valid JSON\)\. It was moved aside to .*\.corrupt-.*\.json\./);
    expect(existsSync(path)).toBe(false);
  });

  it('is left where it is when a newer version saved it, with what to do', async () => {
    const text = workshopFileText('closing-too-soon', (workshop) => ({ ...workshop, formatVersion: 9 }));
    const path = place('workshop-closing-too-soon-2026-12-18T09-00-00-000Z.json', text);
    const shown = shownText(await resume());
    expect(shown).toMatch(/newer version[\s\S]*Update Common Ground to resume it\./);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
