/**
 * Every solo screen fits the terminal: at 80x24 and 100x30 nothing pushes
 * the header off (the frame is shorter than the terminal, so Ink never
 * scrolls it), and at 60x20 the screens give way (fewer choices shown, the
 * text field's end, the help for the screen) without a row or a column too
 * many.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SoloApp, type SoloServices } from '../../../../cli/app/solo/SoloApp.js';
import { initialSoloState, newPlaying, type MenuEntry, type MenuSaved } from '../../../../cli/app/solo/solo-state.js';
import { createTheme } from '../../../../cli/app/theme.js';
import { bundled } from '../../../engine/workshop/load-bundled.js';
import { waitFor } from '../wait-for.js';
import { cleanupSized, renderSized } from './render-sized.js';

const scenario = bundled('closing-too-soon');
const item = { file: '/scenarios/closing-too-soon.mdx', scenario };
const ENTER = '\r';
const ESC = '\u001B';

function saved(index: number, mode: MenuSaved['mode']): MenuEntry {
  return {
    kind: 'saved',
    saved: {
      path: `/home/someone/.local/share/common-ground/sessions/${mode === 'workshop' ? 'workshop-' : ''}closing-too-soon-2026-12-1${index}T10-00-00-000Z.json`,
      mode,
      scenarioId: 'closing-too-soon',
      scenarioFile: item.file,
      title: 'Closing too soon',
      progress: mode === 'workshop' ? 'Police, Health, School, Children’s social care · 3 decisions · majority' : 'Stage 2 · Tue 6 Oct 2026, 08:45',
      savedAt: `2026-12-1${index}T10:00:00.000Z`,
      finished: false,
    },
  };
}
const menu: MenuEntry[] = [saved(1, 'solo'), saved(2, 'solo'), saved(3, 'solo'), saved(4, 'workshop'), saved(5, 'workshop'), { kind: 'scenario', item }];

const services: SoloServices = {
  now: () => new Date('2026-12-18T10:00:00Z'),
  newSessionPath: () => '/home/someone/.local/share/common-ground/sessions/closing-too-soon-2026-12-18T10-00-00-001Z.json',
  save: () => null,
  openSaved: async () => ({ ok: false, message: 'not in this test' }),
  tidySaved: () => ({ ok: true, message: 'done' }),
  exportDebrief: () => '/data/exports/x.md',
};

/** Columns a line takes on a terminal: the hourglass is a wide character. */
function columnsOf(line: string): number {
  return [...line].length + (line.match(/\u23F3/g)?.length ?? 0);
}

/** Checks a frame fits `columns` x `rows` with a row to spare, and starts with `header`. */
function expectFits(frame: string, columns: number, rows: number, header: string | RegExp, what: string): void {
  const lines = frame.split('\n');
  expect(lines.length, `${what}: ${lines.length} rows at ${columns}x${rows}\n${frame}`).toBeLessThanOrEqual(rows - 1);
  for (const line of lines) expect(columnsOf(line), `${what}: a line too wide at ${columns}x${rows}: ${line}`).toBeLessThanOrEqual(columns);
  expect(lines[0], `${what}: the header at ${columns}x${rows}\n${frame}`).toMatch(header);
}

afterEach(() => cleanupSized());

const LONG_REFLECTION = 'The support stopped two weeks ago, Amara is late again and hungry at breakfast club, nobody has heard from her directly, and the plan was closed on attendance figures alone. '.repeat(3);

describe.each([
  [80, 24],
  [100, 30],
  [60, 20],
])('the solo screens at %ix%i', (columns, rows) => {
  it('fit the start menu, with saved sessions, workshops and a question before deleting', async () => {
    const app = renderSized(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services} />, columns, rows);
    await waitFor(() => expect(app.lastFrame()).toContain('Resume a saved session'));
    expectFits(app.lastFrame(), columns, rows, /^Common Ground · practise professional challenge/, 'the start menu');
    for (let step = 0; step < menu.length; step += 1) {
      app.stdin.write('\u001B[B');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expectFits(app.lastFrame(), columns, rows, /^Common Ground · practise professional challenge/, `the start menu, entry ${step + 2}`);
    }
    app.stdin.write('\u001B[A'.repeat(3));
    await waitFor(() => expect(app.lastFrame()).toMatch(/▶ ▣/));
    app.stdin.write('d');
    await waitFor(() => expect(app.lastFrame()).toContain('Type y to delete Closing too soon'));
    expectFits(app.lastFrame(), columns, rows, /^╔/, 'the question before deleting');
    expect(app.lastFrame()).toContain('Delete the workshop');
  });

  it('fit a scene, a long reflection being typed, the feedback, the help, the quit question, the debrief and the question before playing again', async () => {
    const playing = newPlaying(item, '/home/someone/.local/share/common-ground/sessions/closing-too-soon-2026-12-18T10-00-00-000Z.json', '2026-12-18T10:00:00Z');
    const app = renderSized(<SoloApp initial={initialSoloState(menu, playing)} theme={createTheme(false)} services={services} />, columns, rows);
    const header = /^Closing too soon · /;
    await waitFor(() => expect(app.lastFrame()).toContain('1) '));
    expectFits(app.lastFrame(), columns, rows, header, 'a scene');
    app.stdin.write(ENTER);
    await waitFor(() => expect(app.lastFrame()).toContain('Enter saves'));
    app.stdin.write(LONG_REFLECTION);
    // Only the end of the text is shown, from where it was cut.
    await waitFor(() => expect(app.lastFrame()).toContain('… '));
    expectFits(app.lastFrame(), columns, rows, header, 'a long reflection being typed');
    app.stdin.write(ESC);
    await waitFor(() => expect(app.lastFrame()).toContain('Not saved.'));
    app.stdin.write('1');
    await waitFor(() => expect(app.lastFrame()).toContain('You chose:'));
    expectFits(app.lastFrame(), columns, rows, header, 'the feedback');
    app.stdin.write('?');
    await waitFor(() => expect(app.lastFrame()).toContain('Common Ground: help'));
    expectFits(app.lastFrame(), columns, rows, /^╭/, 'the help');
    app.stdin.write(ESC);
    await waitFor(() => expect(app.lastFrame()).not.toContain('Common Ground: help'));
    app.stdin.write('q');
    await waitFor(() => expect(app.lastFrame()).toContain('Quit Common Ground?'));
    expectFits(app.lastFrame(), columns, rows, /^╔/, 'the quit question');
    app.stdin.write('n');
    // The recommended path to the ending: each choice, then Enter past its feedback.
    for (let move = 0; move < 6; move += 1) {
      app.stdin.write(ENTER);
      await waitFor(() => expect(app.lastFrame()).not.toContain('You chose:'));
      app.stdin.write(move === 5 ? '' : '1');
      if (move < 5) await waitFor(() => expect(app.lastFrame()).toContain('You chose:'));
    }
    await waitFor(() => expect(app.lastFrame()).toContain('Debrief'));
    expectFits(app.lastFrame(), columns, rows, header, 'the debrief');
    app.stdin.write('r');
    await waitFor(() => expect(app.lastFrame()).toContain('Play this scenario again?'));
    expectFits(app.lastFrame(), columns, rows, /^╔/, 'the question before playing again');
  });
});
