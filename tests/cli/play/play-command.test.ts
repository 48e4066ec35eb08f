/**
 * `play --session FILE` never writes over a file it cannot resume: a
 * session from a newer version, a workshop, another scenario's session or a
 * file that is not a session is refused with a clear message and left
 * byte for byte as it was. And two processes never share one session
 * file: the second is told it is in use.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { playCommand } from '../../../cli/commands/play-command.js';
import { workshopCommand } from '../../../cli/commands/workshop-command.js';
import { cli } from '../../support/built-cli.js';
import { fakeCliIO } from '../deadlines/fake-cli-io.js';
import { expectRefusedAndKept, runSessionCommand, shownText } from '../session-store/run-session-command.js';

let dir = '';
let dataDir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-play-'));
  dataDir = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A real session file of closing-too-soon, one choice in, made by playing it. */
async function savedSession(): Promise<{ file: string; record: Record<string, unknown> }> {
  const file = join(dir, 'mine.json');
  const outcome = await runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: '\n2\nq\n' });
  expect(outcome).toMatchObject({ kind: 'exit', code: 0 });
  return { file, record: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
}

describe('playCommand --session', () => {
  it('refuses a session saved by a newer version, says to update, and leaves the file as it was', async () => {
    const { file, record } = await savedSession();
    const before = JSON.stringify({ ...record, session: { ...(record.session as object), formatVersion: 99 } });
    writeFileSync(file, before);
    const outcome = await runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: '1\nq\n' });
    expectRefusedAndKept(outcome, file, before, /newer version[\s\S]*Update Common Ground/);
  });

  it('refuses a session file whose envelope is from a newer version', async () => {
    const { file, record } = await savedSession();
    const before = JSON.stringify({ ...record, recordVersion: 2 });
    writeFileSync(file, before);
    const outcome = await runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: 'q\n' });
    expectRefusedAndKept(outcome, file, before, /newer version/);
  });

  it('refuses a workshop file, naming the workshop command', async () => {
    const { file, record } = await savedSession();
    const before = JSON.stringify({ ...record, mode: 'workshop', workshop: { formatVersion: 1 }, session: undefined });
    writeFileSync(file, before);
    const outcome = await runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: 'q\n' });
    expectRefusedAndKept(outcome, file, before, /workshop/);
  });

  it('refuses a session of another scenario than the one named', async () => {
    const { file } = await savedSession();
    const before = readFileSync(file, 'utf8');
    const outcome = await runSessionCommand(playCommand, ['conference-refused', '--plain', '--session', file], { dataDir, input: 'q\n' });
    expectRefusedAndKept(outcome, file, before, /closing-too-soon/);
  });

  it('leaves a file that is not a session where it is, instead of renaming it', async () => {
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"my": "notes"}');
    const outcome = await runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: 'q\n' });
    expectRefusedAndKept(outcome, file, '{"my": "notes"}', /not a Common Ground session/);
  });

  it('resumes a read-only session file, says each move is not saved (never that it is), and leaves the file as it is', async () => {
    const { file } = await savedSession();
    const before = readFileSync(file, 'utf8');
    chmodSync(file, 0o444);
    const outcome = await runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: '\n1\nq\n' });
    const shown = shownText(outcome);
    expect(outcome, shown).toMatchObject({ kind: 'exit', code: 0 });
    expect(shown).toMatch(/warning: Not saved: .*mine\.json is read-only/);
    expect(shown).toContain('Your latest move is not saved.');
    expect(shown).not.toContain('Your session is saved');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir).filter((name) => name !== 'data')).toEqual(['mine.json']);
  });

  it('resumes its own session file and keeps playing in it', async () => {
    const { file } = await savedSession();
    const outcome = await runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: 'q\n' });
    expect(outcome).toMatchObject({ kind: 'exit', code: 0 });
    expect(shownText(outcome)).toContain('Your session is saved in');
    expect(readdirSync(dir).filter((name) => name !== 'data')).toEqual(['mine.json']);
  });
});

/** Polls `test` every 20 ms for up to 10 s. */
async function until(test: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('playCommand --session with no scenario (the start menu, full screen)', () => {
  it('saves the first scenario opened in the named file, and one opened after it in a file of its own, never over it', async () => {
    const file = join(dir, 'mine.json');
    const fake = fakeCliIO({ cwd: dir, env: { COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' }, tty: true, columns: 100 });
    const stdin = fake.io.stdin as NodeJS.ReadWriteStream & { isTTY?: boolean };
    Object.assign(stdin, { isTTY: true, setRawMode: () => stdin, ref: () => {}, unref: () => {} });
    const running = playCommand(['--session', file], fake.io);
    const sessionsFolder = join(dataDir, 'sessions');
    const others = () => (existsSync(sessionsFolder) ? readdirSync(sessionsFolder).filter((name) => name.endsWith('.json')) : []);
    await until(() => fake.stdout().includes('Scenarios'), 'the start menu');
    stdin.write('\r');
    await until(() => existsSync(file), 'the first session to be saved');
    const first = readFileSync(file, 'utf8');
    expect(others()).toEqual([]);
    // Back to the menu, and the same scenario again: a new session, in a new file.
    stdin.write('m');
    await new Promise((resolve) => setTimeout(resolve, 100));
    stdin.write('\r');
    await until(() => others().length === 1, 'the second session to be saved');
    stdin.write('q');
    await new Promise((resolve) => setTimeout(resolve, 100));
    stdin.write('y');
    expect(await running).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
  });
});

/** Starts the built CLI with `args`, its standard input left open, and resolves once `ready(file)` is true. */
async function startHolder(command: string, args: string[], ready: () => boolean): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(command, args, { env: { ...process.env, COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' }, stdio: 'pipe' });
  child.stdout.resume();
  child.stderr.resume();
  const deadline = Date.now() + 20_000;
  while (!ready()) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('The first process did not start.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return child;
}

describe('two processes on one session file', () => {
  it('tells the second play process that the file is in use, and lets the first carry on', async () => {
    const file = join(dir, 'shared.json');
    const first = await startHolder(process.execPath, [cli, 'play', 'closing-too-soon', '--plain', '--session', file], () => existsSync(file));
    try {
      const before = readFileSync(file, 'utf8');
      const second = spawnSync(process.execPath, [cli, 'play', 'closing-too-soon', '--plain', '--session', file], { input: '\n1\nq\n', encoding: 'utf8', env: { ...process.env, COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' } });
      expect(second.status, second.stdout + second.stderr).toBe(2);
      expect(second.stderr).toMatch(/in use/);
      expect(second.stderr).toContain(String(first.pid));
      expect(second.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(readFileSync(file, 'utf8')).toBe(before);
      const finished = new Promise<number | null>((resolve) => first.on('close', resolve));
      first.stdin.end('\n2\nq\n');
      expect(await finished).toBe(0);
      const record = JSON.parse(readFileSync(file, 'utf8')) as { session: { steps: Array<{ type: string }> } };
      expect(record.session.steps.filter((step) => step.type === 'choose')).toHaveLength(1);
    } finally {
      first.kill('SIGKILL');
    }
  });

  it('tells a second workshop that the file is in use', async () => {
    const file = join(dir, 'room.json');
    // A real terminal for the first workshop: `script` gives it a pty.
    const first = await startHolder('script', ['-qfec', `exec node ${cli} workshop closing-too-soon --session ${file}`, '/dev/null'], () => existsSync(file));
    try {
      const before = readFileSync(file, 'utf8');
      const outcome = await runSessionCommand(workshopCommand, ['closing-too-soon', '--session', file], { dataDir, tty: true });
      expect(outcome.kind === 'user-error' || outcome.code !== 0, shownText(outcome)).toBe(true);
      expect(shownText(outcome)).toMatch(/in use/);
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      first.kill('SIGKILL');
    }
  });
});
