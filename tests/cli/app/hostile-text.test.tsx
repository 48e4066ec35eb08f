/**
 * The full-screen app showing words that try to steer the terminal: a saved
 * session's title in the start menu, and a scenario's title and choices on
 * the scene screen. The words are shown; the steering characters are not,
 * and the app's own colours still are.
 */
import chalk from 'chalk';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { SoloApp, type SoloServices } from '../../../cli/app/solo/SoloApp.js';
import { initialSoloState, newPlaying, type MenuEntry } from '../../../cli/app/solo/solo-state.js';
import { createTheme } from '../../../cli/app/theme.js';
import type { Scenario } from '../../../engine/index.js';
import { bundled } from '../../engine/workshop/load-bundled.js';
import { HOSTILE, STEERING } from '../../robustness/support/hostile-files.js';
import { waitFor } from './wait-for.js';

const original = bundled('closing-too-soon');
const firstScene = original.scenes[original.start]!;
const scenario: Scenario = {
  ...original,
  frontmatter: { ...original.frontmatter, title: `Closing ${HOSTILE} too soon` },
  scenes: {
    ...original.scenes,
    [original.start]: { ...firstScene, choices: firstScene.choices.map((choice, index) => (index === 0 ? { ...choice, label: `Catch Bea ${HOSTILE} at the door` } : choice)) },
  },
};
const item = { file: '/scenarios/hostile.mdx', scenario };

const services: SoloServices = {
  now: () => new Date('2026-12-18T10:00:00Z'),
  newSessionPath: (id) => `/data/sessions/${id}.json`,
  save: () => null,
  openSaved: async () => ({ ok: true, playing: newPlaying(item, '/data/sessions/h.json', '2026-12-18T09:00:00Z') }),
  exportDebrief: () => '/data/exports/x.md',
  tidySaved: () => ({ ok: true, message: 'Archived.' }),
};

/** Control sequences other than SGR (colour, bold): what the app itself never writes in a frame. */
const NOT_STYLING = /\u001B(?!\[[\d;]*m)|[\u0000-\u0008\u000B-\u001A\u001C-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

afterEach(() => {
  cleanup();
  chalk.level = 0;
});

describe('the solo app with hostile words', () => {
  it('lists a saved session whose title carries escape sequences as visible text', async () => {
    const menu: MenuEntry[] = [{ kind: 'saved', saved: { path: '/data/sessions/h.json', mode: 'solo', scenarioId: 'closing-too-soon', scenarioFile: '/scenarios/hostile.mdx', title: `Closing ${HOSTILE} too soon`, progress: `Stage 1 ${HOSTILE}`, savedAt: '2026-12-18T09:00:00Z', finished: false } }];
    const { lastFrame } = render(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services} />);
    await waitFor(() => expect(lastFrame()).toContain('Resume a saved session'));
    expect(lastFrame()).toMatch(/Closing .*PWNED.* too soon/);
    expect(lastFrame()).toContain('\uFFFD');
    expect(lastFrame()).not.toMatch(STEERING);
  });

  it("shows the scenario's title and a choice as visible text on the scene screen", async () => {
    const playing = newPlaying(item, '/data/sessions/h.json', '2026-12-18T10:00:00Z');
    const { lastFrame } = render(<SoloApp initial={initialSoloState([], playing)} theme={createTheme(false)} services={services} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    expect(lastFrame()).toMatch(/Closing .*PWNED/);
    expect(lastFrame()).toMatch(/Catch Bea .*PWNED/);
    expect(lastFrame()).not.toMatch(STEERING);
  });

  it('keeps its own colours and bold while the hostile words are made harmless', async () => {
    chalk.level = 1;
    const playing = newPlaying(item, '/data/sessions/h.json', '2026-12-18T10:00:00Z');
    const { lastFrame } = render(<SoloApp initial={initialSoloState([], playing)} theme={createTheme(true)} services={services} />);
    await waitFor(() => expect(lastFrame()).toContain('Catch Bea'));
    expect(lastFrame()).toContain('\u001B[1m');
    expect(lastFrame()).toMatch(/\u001B\[3\dm/);
    expect(lastFrame()).toMatch(/Closing .*PWNED/);
    expect(lastFrame()).not.toMatch(NOT_STYLING);
  });
});
