/**
 * `r` on a finished solo session asks first, then starts a new session
 * file: the finished one stays byte for byte as it was, reflections and
 * all. And a saved workshop picked on the start menu is handed to the
 * workshop command.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { playCommand } from '../../../cli/commands/play-command.js';
import { fakeCliIO } from '../deadlines/fake-cli-io.js';
import { runSessionCommand } from '../session-store/run-session-command.js';

const workshopRuns = vi.hoisted(() => [] as string[][]);
/** What the workshop command was given to read, line by line, when it read its input. */
const workshopInput = vi.hoisted(() => [] as string[]);
vi.mock('../../../cli/commands/workshop-command.js', () => ({
  workshopCommand: async (argv: string[], io: { stdin: NodeJS.ReadableStream & { isTTY?: boolean } }) => {
    workshopRuns.push(argv);
    if (!io.stdin.isTTY) {
      const { createInterface } = await import('node:readline');
      for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) workshopInput.push(line);
    }
    return 0;
  },
}));

let dir = '';
let dataDir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-play-again-'));
  dataDir = join(dir, 'data');
  workshopRuns.length = 0;
  workshopInput.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Polls `test` every 20 ms for up to 10 s. */
async function until(test: () => boolean, what: string, shown: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Last output:\n${shown().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The play command on a fake terminal, with keys to type. */
function fullScreen(argv: string[]) {
  const fake = fakeCliIO({ cwd: dir, env: { COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' }, tty: true, columns: 100 });
  const stdin = fake.io.stdin as NodeJS.ReadWriteStream & { isTTY?: boolean };
  Object.assign(stdin, { isTTY: true, setRawMode: () => stdin, ref: () => {}, unref: () => {} });
  const running = playCommand(argv, fake.io);
  const press = async (key: string) => {
    stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 80));
  };
  return { running, press, shown: fake.stdout };
}

const sessionFiles = () => (existsSync(join(dataDir, 'sessions')) ? readdirSync(join(dataDir, 'sessions')).filter((name) => name.endsWith('.json')) : []);

describe('r on a finished session', () => {
  it('asks first, then plays again in a new file, leaving the finished one byte for byte as it was', async () => {
    const file = join(dir, 'finished.json');
    // closing-too-soon's recommended path to its ending, with a reflection written on the way.
    const played = await runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: 'r\nAsk what the closure rests on\n1\n1\n1\n1\n1\n1\n' });
    expect(played).toMatchObject({ kind: 'exit', code: 0 });
    const before = readFileSync(file);
    expect(JSON.parse(before.toString('utf8'))).toMatchObject({ finished: true, session: { steps: expect.arrayContaining([expect.objectContaining({ type: 'write', text: 'Ask what the closure rests on' })]) } });

    const app = fullScreen(['--session', file]);
    await until(() => app.shown().includes('r play again'), 'the debrief', app.shown);
    await app.press('r');
    await until(() => app.shown().includes('Play this scenario again?'), 'the question', app.shown);
    await app.press('n');
    expect(sessionFiles()).toEqual([]);
    await app.press('r');
    await app.press('y');
    await until(() => sessionFiles().length === 1, 'the new session file', app.shown);
    await until(() => app.shown().replace(/\s+/g, ' ').includes('Your finished session is kept as it was'), 'the notice', app.shown);
    await app.press('q');
    await app.press('y');
    expect(await app.running).toBe(0);

    expect(readFileSync(file).equals(before)).toBe(true);
    const again = JSON.parse(readFileSync(join(dataDir, 'sessions', sessionFiles()[0]!), 'utf8'));
    expect(again).toMatchObject({ mode: 'solo', scenarioId: 'closing-too-soon', finished: false, session: { steps: [] } });
  });
});

/** A saved workshop in the app's folder, whose scenario file has gone since. */
async function savedWorkshop(): Promise<string> {
  const file = join(dataDir, 'sessions', 'workshop-closing-too-soon-2026-12-18T09-00-00-000Z.json');
  const record = {
    kind: 'common-ground-session',
    recordVersion: 1,
    mode: 'workshop',
    scenarioId: 'closing-too-soon',
    scenarioTitle: 'Closing too soon',
    scenarioFile: join(dir, 'gone', 'closing-too-soon.mdx'),
    startedAt: '2026-12-18T09:00:00.000Z',
    savedAt: '2026-12-18T09:30:00.000Z',
    progress: '4 tables · 1 decisions · majority',
    finished: false,
    workshop: { formatVersion: 1 },
  };
  mkdirSync(join(dataDir, 'sessions'), { recursive: true });
  writeFileSync(file, JSON.stringify(record));
  return file;
}

describe('a workshop picked at the plain start', () => {
  it('is resumed by workshop --plain, which reads the lines that follow, none lost', async () => {
    const file = await savedWorkshop();
    const outcome = await runSessionCommand(playCommand, ['--plain'], { dataDir, input: '1\nnext line\nq\n' });
    expect(outcome).toMatchObject({ kind: 'exit', code: 0 });
    expect(outcome.stdout).toMatch(/^Saved workshops to resume:\n1\) Workshop: Closing too soon: 4 tables · 1 decisions · majority, saved Fri 18 Dec 2026, 09:30$/m);
    expect(workshopRuns).toEqual([['closing-too-soon', '--session', file, '--plain']]);
    expect(workshopInput).toEqual(['next line', 'q']);
  });
});

describe('a workshop picked on the start menu', () => {
  it('is resumed by the workshop command, with its scenario and its file', async () => {
    const file = await savedWorkshop();
    const app = fullScreen([]);
    await until(() => app.shown().includes('Resume a workshop'), 'the start menu', app.shown);
    await app.press('\r');
    expect(await app.running).toBe(0);
    // The scenario file it was saved with is gone, so the bundled one of that id.
    expect(workshopRuns).toEqual([['closing-too-soon', '--session', file]]);
  });
});
