/**
 * Drafts are saved while typing, in a real terminal: a reflection typed
 * and not yet saved with Enter survives `kill -9` once the draft's second
 * has passed, and is there on resuming. Then the start menu at 80x24 with a
 * saved session: archived with a, after a confirmation, into archive/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_DELAY_MS } from '../../../cli/app/solo/SoloApp.js';
import { cli } from '../../support/built-cli.js';
import { startPane, type TmuxPane } from '../../robustness/support/tmux-pane.js';

let dataDir = '';
const panes: TmuxPane[] = [];

beforeAll(() => {
  // tmux itself is installed, when missing, by the e2e global setup.
  dataDir = mkdtempSync(join(tmpdir(), 'cg-drafts-'));
});

afterAll(async () => {
  for (const pane of panes) await pane.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function play(name: string, args: string[], size: { columns: number; rows: number } = { columns: 80, rows: 24 }): Promise<TmuxPane> {
  const pane = await startPane({ name: `cg-drafts-${process.pid}-${name}`, cli, args, env: { COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' }, stderrFile: join(dataDir, 'stderr.log'), ...size });
  panes.push(pane);
  return pane;
}

/**
 * Presses a key until the screen shows what it should. The first frame is
 * drawn before Ink has put the terminal into raw mode, so a key sent the
 * moment it appears can be lost (CI lost one); a key that took effect
 * changes the screen within the wait, so it is never pressed twice.
 */
async function pressUntil(pane: TmuxPane, key: string, shows: (text: string) => boolean, what: string): Promise<string> {
  for (let tries = 1; ; tries += 1) {
    await pane.keys(key);
    try {
      return await pane.waitFor(shows, what, { timeoutMs: tries < 5 ? 3000 : 20_000 });
    } catch (error) {
      if (tries >= 5) throw error;
    }
  }
}

async function gone(pane: TmuxPane): Promise<void> {
  for (let guard = 0; guard < 500 && (await pane.alive()); guard += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('drafts in a real terminal', () => {
  it('keeps a reflection typed but not saved with Enter across kill -9, once its second has passed', async () => {
    const file = join(dataDir, 'draft.json');
    const first = await play('first', ['play', 'closing-too-soon', '--session', file]);
    await first.waitFor((text) => text.includes('✎') && text.includes('1) '), 'the first scene', { timeoutMs: 60_000 });
    await pressUntil(first, 'Enter', (text) => text.includes('Enter saves'), 'the text field');
    await first.keys('-l', 'Ask Bea what the closure rests on');
    await first.waitFor((text) => text.includes('> Ask Bea what the closure rests on'), 'the text typed');
    // Past the draft's wait, with no Enter: then the kill.
    await new Promise((resolve) => setTimeout(resolve, DRAFT_DELAY_MS + 700));
    process.kill(await first.pid(), 'SIGKILL');
    await gone(first);

    const record = JSON.parse(readFileSync(file, 'utf8')) as { session: { steps: Array<{ type: string; text?: string }> } };
    expect(record.session.steps).toMatchObject([{ type: 'write', text: 'Ask Bea what the closure rests on' }]);

    const again = await play('again', ['play', '--session', file]);
    const resumed = await again.waitFor((text) => text.includes('Edit a reflection'), 'the resumed scene');
    expect(resumed).toMatch(/^Closing too soon · /);
    // The resumed app's first frame has the same race as the first start's (pressUntil): CI lost this Enter once.
    await pressUntil(again, 'Enter', (text) => text.includes('> Ask Bea what the closure rests on'), 'the draft, in the field again');
    // Escape and q sent back to back can reach the app in one read, and a
    // terminal sends exactly those two bytes for Alt+q, so the app cannot
    // tell them apart: the field must close before q is pressed.
    await pressUntil(again, 'Escape', (text) => !text.includes('Esc cancels'), 'the field closed');
    await again.keys('q');
    await again.waitFor((text) => text.includes('Quit Common Ground?'), 'the quit question');
    await again.keys('y');
    await gone(again);
  });

  it('archives a saved session from the start menu at 80x24 after asking, and leaves the header in place', async () => {
    // A session saved in the app's own folder, one move in.
    const made = spawnSync(process.execPath, [cli, 'play', 'closing-too-soon', '--plain'], { input: '1\nq\n', encoding: 'utf8', env: { ...process.env, COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' } });
    expect(made.status, made.stderr).toBe(0);
    const [saved] = readdirSync(join(dataDir, 'sessions')).filter((name) => name.endsWith('.json'));
    const before = readFileSync(join(dataDir, 'sessions', saved!), 'utf8');
    const menu = await play('menu', ['play']);
    const shown = await menu.waitFor((text) => text.includes('Resume a saved session'), 'the start menu', { timeoutMs: 60_000 });
    expect(shown.split('\n')[0]).toBe('Common Ground · practise professional challenge');
    await pressUntil(menu, 'a', (text) => text.includes('Archive the session'), 'the question');
    await menu.keys('y');
    const after = await menu.waitFor((text) => text.includes('Archived'), 'the notice');
    expect(after.split('\n')[0]).toBe('Common Ground · practise professional challenge');
    expect(existsSync(join(dataDir, 'sessions', saved!))).toBe(false);
    expect(readFileSync(join(dataDir, 'sessions', 'archive', saved!), 'utf8')).toBe(before);
    await menu.keys('q');
    await menu.keys('y');
    await gone(menu);
  });
});
