/**
 * The built terminal app in a real terminal (tmux, 80x24) showing words
 * that carry escape sequences which would set the terminal's title (OSC 0,
 * `ESC ] 0 ; PWNED BEL`) and clear the screen (`ESC [ 2 J`). A scenario
 * with them is refused by the validator, so they come from the one place
 * the app shows words it did not validate: a saved session file (its
 * scenario title and progress line in the start menu, its file name where
 * the quit question says it is saved). The pane keeps its title, and the
 * screen still shows the story, with the hostile words as visible text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAR_SCREEN, HOSTILE, SET_TITLE } from '../../robustness/support/hostile-files.js';
import { cli, root } from '../../support/built-cli.js';

const session = `cg-hostile-${process.pid}`;
const TITLE = 'common-ground-e2e';
let dir = '';

function tmux(...args: string[]): string {
  // A tmux server of this file's own (-S, a socket in the test's folder,
  // which goes with it): on the shared default server, another file's
  // session ending as the last one takes the server down, and a new-session
  // arriving then fails with "server exited unexpectedly".
  return execFileSync('tmux', ['-S', join(dir, 'tmux'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function existsSession(): boolean {
  try {
    tmux('has-session', '-t', session);
    return true;
  } catch {
    return false;
  }
}

function screen(): string {
  try {
    return tmux('capture-pane', '-p', '-t', session);
  } catch {
    return '';
  }
}

function paneTitle(): string {
  return tmux('display-message', '-p', '-t', session, '#{pane_title}').trim();
}

function stderrSoFar(): string {
  const file = join(dir, 'stderr.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
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

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-tmux-hostile-'));
  // A real session (one move of closing-too-soon), then its words made hostile, under a hostile file name.
  const played = join(dir, 'played.json');
  execFileSync(process.execPath, [cli, 'play', 'closing-too-soon', '--plain', '--session', played], { input: '\n1\nq\n', env: { ...process.env, COMMON_GROUND_DATA_DIR: join(dir, 'data'), NO_COLOR: '1' }, stdio: ['pipe', 'ignore', 'pipe'] });
  const record = JSON.parse(readFileSync(played, 'utf8')) as Record<string, unknown>;
  mkdirSync(join(dir, 'data', 'sessions'), { recursive: true });
  writeFileSync(
    join(dir, 'data', 'sessions', `saved ${SET_TITLE}${CLEAR_SCREEN}.json`),
    JSON.stringify({ ...record, scenarioTitle: `Closing ${HOSTILE} too soon`, progress: `Stage 1 ${SET_TITLE}${CLEAR_SCREEN}` }),
  );
});

afterAll(() => {
  if (existsSession()) tmux('kill-session', '-t', session);
  rmSync(dir, { recursive: true, force: true });
});

describe('the terminal app in tmux, with a hostile saved session', () => {
  it('keeps the pane title and the screen, and shows the escape sequences as text', async () => {
    // A shell first, so the pane has a known title before the app writes anything.
    tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', 'sh');
    tmux('select-pane', '-t', session, '-T', TITLE);
    expect(paneTitle()).toBe(TITLE);
    // `env -u CI`: under CI=true Ink draws only the last frame, at exit. No `exec`: the shell stays
    // after the app, so the pane's title can be read once the app has written its last frame.
    const command = `cd ${root} && env -u CI COMMON_GROUND_DATA_DIR=${join(dir, 'data')} NO_COLOR=1 node ${cli} play 2>>${join(dir, 'stderr.log')}; echo app-exited`;
    tmux('send-keys', '-t', session, command, 'Enter');

    const menu = await waitForScreen((text) => text.includes('Resume a saved session') && text.includes('Scenarios'), 'the start menu', 60_000);
    expect(paneTitle()).toBe(TITLE);
    expect(menu).toMatch(/Closing .*PWNED/);
    expect(menu).toContain('Common Ground · practise professional challenge');

    // Resumed: the scenario's own (validated) words, then a move and its feedback; the title survives the redraws.
    tmux('send-keys', '-t', session, 'Enter');
    await waitForScreen((text) => text.includes('Stage 1') && text.includes('1) '), 'the resumed scene');
    tmux('send-keys', '-t', session, '1');
    await waitForScreen((text) => text.includes('You chose:'), 'the feedback');
    expect(paneTitle()).toBe(TITLE);

    // The quit question names the session file, hostile name and all.
    tmux('send-keys', '-t', session, 'q');
    const quit = await waitForScreen((text) => text.includes('Quit Common Ground?'), 'the quit question');
    expect(quit.replace(/\s+/g, ' ')).toMatch(/saved in .*saved .*PWNED/);
    expect(paneTitle()).toBe(TITLE);
    tmux('send-keys', '-t', session, 'y');
    await waitForScreen((text) => text.includes('\napp-exited'), 'the app to exit');
    expect(paneTitle()).toBe(TITLE);
  });
});
