/**
 * The order of the choices in the terminal: shuffled for each play-through
 * (COMMON_GROUND_CHOICE_ORDER=shuffled, the default a learner gets; the
 * other tests ask for the written order), and the same on resume. In the
 * full-screen app in tmux at 100x30, and in plain mode.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/built-cli.js';
import { startPane, type TmuxPane } from '../../robustness/support/tmux-pane.js';

let dataDir = '';
const panes: TmuxPane[] = [];
const shuffled = { COMMON_GROUND_CHOICE_ORDER: 'shuffled', NO_COLOR: '1' };

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cg-order-'));
});

afterAll(async () => {
  for (const pane of panes) await pane.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The numbered choices on a screen or in plain output, as "N) first words". */
function numbered(text: string): string[] {
  return [...text.matchAll(/^\s*(\d)\) (.{1,40})/gm)].map((match) => `${match[1]}) ${match[2]!.trim()}`);
}

/** The labels in their order, without the numbers. */
const labels = (choices: string[]) => choices.map((choice) => choice.replace(/^\d\) /, ''));

async function fullScreen(name: string, args: string[]): Promise<TmuxPane> {
  const pane = await startPane({ name: `cg-order-${process.pid}-${name}`, cli, args, env: { ...shuffled, COMMON_GROUND_DATA_DIR: dataDir }, stderrFile: join(dataDir, 'stderr.log') });
  panes.push(pane);
  return pane;
}

async function quit(pane: TmuxPane): Promise<void> {
  await pane.keys('q');
  await pane.waitFor((text) => text.includes('Quit Common Ground?'), 'the quit question');
  await pane.keys('y');
  for (let guard = 0; guard < 500 && (await pane.alive()); guard += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** The first scene's choices of a new full-screen play-through saved in `file`. */
async function firstScene(name: string, file: string): Promise<{ pane: TmuxPane; choices: string[] }> {
  const pane = await fullScreen(name, ['play', 'closing-too-soon', '--session', file]);
  const screen = await pane.waitFor((text) => numbered(text).length >= 3, 'the first scene and its choices', { timeoutMs: 60_000 });
  return { pane, choices: numbered(screen) };
}

describe('the order of the choices in the terminal', () => {
  it('differs between two play-throughs in the full-screen app, and is the same when one is resumed', async () => {
    const first = await firstScene('a', join(dataDir, 'a.json'));
    // Take the first choice shown, so the session is saved with its seed; then read the next decision.
    await first.pane.keys('1');
    await first.pane.waitFor((text) => text.includes('You chose:'), 'the feedback');
    await first.pane.keys('Enter');
    const next = numbered(await first.pane.waitFor((text) => numbered(text).length >= 2 && !text.includes('You chose:'), 'the next decision'));
    await quit(first.pane);

    // Six more play-throughs at most: with four choices two orders agree one time in 24.
    let differs = false;
    for (let tries = 0; tries < 6 && !differs; tries += 1) {
      const other = await firstScene(`b${tries}`, join(dataDir, `b${tries}.json`));
      expect([...labels(other.choices)].sort()).toEqual([...labels(first.choices)].sort());
      differs = labels(other.choices).join('|') !== labels(first.choices).join('|');
      await quit(other.pane);
    }
    expect(differs).toBe(true);

    const resumed = await fullScreen('a-again', ['play', '--session', join(dataDir, 'a.json')]);
    const screen = await resumed.waitFor((text) => numbered(text).length >= 2, 'the resumed decision', { timeoutMs: 60_000 });
    expect(numbered(screen)).toEqual(next);
    await quit(resumed);
  });

  it('differs between two play-throughs in plain mode, and is the same when one is resumed', () => {
    const plain = (args: string[], input: string) => spawnSync(process.execPath, [cli, ...args, '--plain'], { input, encoding: 'utf8', env: { ...process.env, ...shuffled, COMMON_GROUND_DATA_DIR: dataDir } }).stdout;
    const file = join(dataDir, 'plain.json');
    // One move, then quit: the output holds the first scene's choices, then the next scene's.
    const played = plain(['play', 'closing-too-soon', '--session', file], '1\nq\n');
    const firstChoices = numbered(played.slice(0, played.indexOf('You chose:')));
    const nextChoices = numbered(played.slice(played.indexOf('You chose:')));
    expect(firstChoices.length).toBeGreaterThanOrEqual(3);
    let differs = false;
    for (let tries = 0; tries < 6 && !differs; tries += 1) {
      const other = plain(['play', 'closing-too-soon', '--session', join(dataDir, `plain-${tries}.json`)], 'q\n');
      differs = labels(numbered(other)).join('|') !== labels(firstChoices).join('|');
    }
    expect(differs).toBe(true);
    const resumed = plain(['play', '--session', file], 'q\n');
    expect(numbered(resumed)).toEqual(nextChoices);
  });
});
