/**
 * The built terminal app in a real pseudo-terminal (tmux): a bundled
 * scenario played to its ending by keystrokes, killed once with SIGKILL half
 * way and resumed with --resume at exactly the same point. Driven through
 * startPane (tests/robustness/support/tmux-pane.ts), as the other terminal
 * tests are: a tmux server for each start, and a kill waited out until both
 * the session and the app's process have gone.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cli } from '../../support/built-cli.js';
import { temporaryFolder } from '../../support/temporary-folder.js';
import { startPane, type TmuxPane } from '../../robustness/support/tmux-pane.js';

/** Chooses by number, waits for the feedback, then goes on with Enter to the next screen. */
async function chooseAndContinue(pane: TmuxPane, number: string): Promise<void> {
  await pane.keys(number);
  await pane.waitFor((text) => text.includes('You chose:'), `feedback after choice ${number}`);
  await pane.keys('Enter');
  await pane.waitFor((text) => !text.includes('You chose:'), 'the next screen');
}

describe('the terminal app in tmux', () => {
  it('plays to an ending by keystrokes, surviving kill -9 with --resume', async () => {
    // tmux itself is installed, when missing, by the e2e global setup.
    const dataDir = temporaryFolder('cg-tmux-');
    const panes: TmuxPane[] = [];
    // Registered after the folder's removal, so it runs first: the panes' sockets are in that folder.
    onTestFinished(async () => {
      await Promise.all(panes.map((pane) => pane.close()));
    });
    const start = async (...args: string[]): Promise<TmuxPane> => {
      const pane = await startPane({ name: `cg-e2e-${process.pid}-${panes.length + 1}`, cli, args, env: { COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' }, stderrFile: join(dataDir, 'stderr.log') });
      panes.push(pane);
      return pane;
    };

    const first = await start('play', 'closing-too-soon');
    // A generous bound for the first start on a busy machine; a wait, not a timing assertion.
    await first.waitFor((text) => text.includes('1) ') && text.includes('Stage 1'), 'the first scene', { timeoutMs: 60_000 });
    await chooseAndContinue(first, '1');
    await chooseAndContinue(first, '1');
    await chooseAndContinue(first, '1');
    const before = await first.waitFor((text) => text.includes('1) '), 'the call scene');
    const statusBefore = before.split('\n').slice(0, 2).join('\n');

    execFileSync('kill', ['-9', String(await first.pid())]);
    // tmux ends the session when the pane's terminal closes, without waiting to reap the app: alive() waits for both.
    for (let guard = 0; guard < 1500 && (await first.alive()); guard += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await first.alive(), 'the killed app has gone').toBe(false);
    expect(readdirSync(join(dataDir, 'sessions')).filter((name) => name.endsWith('.json'))).toHaveLength(1);

    const resumed = await start('play', 'closing-too-soon', '--resume');
    const after = await resumed.waitFor((text) => text.includes('1) '), 'the resumed scene', { timeoutMs: 60_000 });
    expect(after.split('\n').slice(0, 2).join('\n')).toBe(statusBefore);

    await chooseAndContinue(resumed, '1');
    await chooseAndContinue(resumed, '1');
    await resumed.keys('1');
    await resumed.waitFor((text) => text.includes('You chose:'), 'the last feedback');
    await resumed.keys('Enter');
    const debrief = await resumed.waitFor((text) => text.includes('Debrief:'), 'the debrief');
    expect(debrief).toContain('e export Markdown');
    await resumed.keys('e');
    await resumed.waitFor((text) => text.includes('Debrief written to'), 'the export message');
    expect(readdirSync(join(dataDir, 'exports')).some((name) => name.startsWith('closing-too-soon-') && name.endsWith('.md'))).toBe(true);
    await resumed.keys('q');
    await resumed.waitFor((text) => text.includes('Quit Common Ground?'), 'the quit question');
    await resumed.keys('y');
    for (let guard = 0; guard < 1500 && (await resumed.alive()); guard += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await resumed.alive(), 'the app has exited').toBe(false);
  });
});
