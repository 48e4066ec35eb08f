/**
 * The built terminal app in a real pseudo-terminal (tmux): a bundled
 * scenario played to its ending by keystrokes, killed once with SIGKILL half
 * way and resumed with --resume at exactly the same point.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from '../../support/built-cli.js';
import { isProcessRunning } from '../../../cli/session-store/file-lock.js';

const session = `cg-e2e-${process.pid}`;
/** The tmux server of the app started last: each start gets a fresh one (see tmux()). */
let socket = session;
let starts = 0;
let dataDir = '';

function tmux(...args: string[]): string {
  // A tmux server for each start (-S, a socket in the test's folder, which
  // goes with it): a session ending as a server's last one takes the server
  // down, and a new-session arriving on that server in that moment fails
  // with "server exited unexpectedly".
  return execFileSync('tmux', ['-S', join(dataDir, socket), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function start(...args: string[]): void {
  // `exec` so the pane's process is node itself, which the test kills with SIGKILL.
  // stderr goes to a file so that, if the app dies, the failure says why.
  // `env -u CI`: the pane stands for a person's terminal. Under CI=true Ink
  // draws only the last frame, at exit, so the screen would stay blank.
  const command = `cd ${root} && exec env -u CI COMMON_GROUND_DATA_DIR=${dataDir} NO_COLOR=1 node ${cli} ${args.join(' ')} 2>>${join(dataDir, 'stderr.log')}`;
  socket = `${session}-${++starts}`;
  tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', command);
}

/** The pane's text, or '' when the session has just ended (it can end between two tmux calls). */
function screen(): string {
  try {
    return tmux('capture-pane', '-p', '-t', session);
  } catch {
    return '';
  }
}

function stderrSoFar(): string {
  const file = join(dataDir, 'stderr.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function keys(...sequence: string[]): void {
  tmux('send-keys', '-t', session, ...sequence);
}

async function waitForScreen(test: (text: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = existsSession() ? screen() : '';
    if (test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}. Last screen:\n${last}\nThe app's stderr:\n${stderrSoFar()}`);
}

function existsSession(): boolean {
  try {
    tmux('has-session', '-t', session);
    return true;
  } catch {
    return false;
  }
}

/** Chooses by number, waits for the feedback, then goes on with Enter to the next screen. */
async function chooseAndContinue(number: string): Promise<void> {
  keys(number);
  await waitForScreen((text) => text.includes('You chose:'), `feedback after choice ${number}`);
  keys('Enter');
  await waitForScreen((text) => !text.includes('You chose:'), 'the next screen');
}

beforeAll(() => {
  // tmux itself is installed, when missing, by the e2e global setup.
  dataDir = mkdtempSync(join(tmpdir(), 'cg-tmux-'));
});

afterAll(() => {
  if (existsSession()) tmux('kill-session', '-t', session);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the terminal app in tmux', () => {
  it('plays to an ending by keystrokes, surviving kill -9 with --resume', async () => {
    start('play', 'closing-too-soon');
    // A generous bound for the first start on a busy machine; a wait, not a timing assertion.
    await waitForScreen((text) => text.includes('1) ') && text.includes('Stage 1'), 'the first scene', 60_000);
    await chooseAndContinue('1');
    await chooseAndContinue('1');
    await chooseAndContinue('1');
    const before = await waitForScreen((text) => text.includes('1) '), 'the call scene');
    const statusBefore = before.split('\n').slice(0, 2).join('\n');

    const pid = tmux('display-message', '-p', '-t', session, '#{pane_pid}').trim();
    execFileSync('kill', ['-9', pid]);
    // tmux ends the session when the pane's terminal closes, without waiting to reap the app: wait for both.
    await waitForScreen(() => !existsSession() && !isProcessRunning(Number(pid)), 'the killed app to disappear');
    expect(readdirSync(join(dataDir, 'sessions')).filter((name) => name.endsWith('.json'))).toHaveLength(1);

    start('play', 'closing-too-soon', '--resume');
    const after = await waitForScreen((text) => text.includes('1) '), 'the resumed scene');
    expect(after.split('\n').slice(0, 2).join('\n')).toBe(statusBefore);

    await chooseAndContinue('1');
    await chooseAndContinue('1');
    keys('1');
    await waitForScreen((text) => text.includes('You chose:'), 'the last feedback');
    keys('Enter');
    const debrief = await waitForScreen((text) => text.includes('Debrief:'), 'the debrief');
    expect(debrief).toContain('e export Markdown');
    keys('e');
    await waitForScreen((text) => text.includes('Debrief written to'), 'the export message');
    expect(readdirSync(join(dataDir, 'exports')).some((name) => name.startsWith('closing-too-soon-') && name.endsWith('.md'))).toBe(true);
    keys('q');
    await waitForScreen((text) => text.includes('Quit Common Ground?'), 'the quit question');
    keys('y');
    await waitForScreen(() => !existsSession(), 'the app to exit');
  });
});
