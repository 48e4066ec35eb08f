/**
 * A terminal closed under the app, as when its window is shut or an ssh
 * link drops: tmux ends the session, the app gets SIGHUP and every later
 * write fails with EIO. The app must end without a crash report, and the
 * move already made must still be in its session file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProcessRunning } from '../../../cli/session-store/file-lock.js';
import { cli } from '../../support/built-cli.js';
import { startPane, type TmuxPane } from '../../robustness/support/tmux-pane.js';

let dataDir = '';
let pane: TmuxPane | null = null;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cg-hang-up-'));
});

afterAll(async () => {
  await pane?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a terminal that closes under the app', () => {
  it('ends the app quietly, with the move made before it saved', async () => {
    const file = join(dataDir, 'session.json');
    const stderrFile = join(dataDir, 'stderr.log');
    pane = await startPane({ name: `cg-hang-up-${process.pid}`, cli, args: ['play', 'closing-too-soon', '--session', file], env: { COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' }, stderrFile, columns: 80, rows: 24 });
    await pane.waitFor((text) => text.includes('1) '), 'the first scene', { timeoutMs: 60_000 });
    // A choice, pressed until the scene moves on (the first frame comes before raw mode).
    for (let tries = 0; tries < 5 && !/"type":\s*"choose"/.test(readFileSync(file, 'utf8')); tries += 1) {
      await pane.keys('1');
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    const pid = await pane.pid();
    await pane.close();
    for (let guard = 0; guard < 500 && isProcessRunning(pid); guard += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(isProcessRunning(pid)).toBe(false);

    const stderr = readFileSync(stderrFile, 'utf8');
    expect(stderr).not.toMatch(/Error|Assertion|\n\s+at /);
    const record = JSON.parse(readFileSync(file, 'utf8')) as { session: { steps: Array<{ type: string }> } };
    expect(record.session.steps.map((step) => step.type)).toEqual(['choose']);
  });
});
