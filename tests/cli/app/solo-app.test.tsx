import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { SoloApp, type SoloServices } from '../../../cli/app/solo/SoloApp.js';
import { initialSoloState, newPlaying, type MenuEntry, type Playing } from '../../../cli/app/solo/solo-state.js';
import { createTheme } from '../../../cli/app/theme.js';
import { bundled } from '../../engine/workshop/load-bundled.js';
import { waitFor } from './wait-for.js';

const scenario = bundled('closing-too-soon');
const item = { file: '/scenarios/closing-too-soon.mdx', scenario };
const menu: MenuEntry[] = [
  { kind: 'saved', saved: { path: '/data/sessions/a.json', mode: 'solo', scenarioId: 'closing-too-soon', scenarioFile: item.file, title: 'Closing too soon', progress: 'Stage 1 · Fri 18 Dec 2026, 10:00', savedAt: '2026-12-18T09:00:00.000Z', finished: false } },
  { kind: 'scenario', item },
];
const ENTER = '\r';
const DOWN = '\u001B[B';
const ESC = '\u001B';

function services(saved: Playing[] = []): SoloServices {
  return {
    now: () => new Date('2026-12-18T10:00:00Z'),
    newSessionPath: (id) => `/data/sessions/${id}.json`,
    save: (playing) => {
      saved.push(playing);
      return null;
    },
    openSaved: async () => ({ ok: true, playing: newPlaying(item, '/data/sessions/a.json', '2026-12-18T09:00:00Z') }),
    exportDebrief: () => '/data/exports/x.md',
    tidySaved: (saved, how) => ({ ok: true, message: `${how === 'archive' ? 'Archived' : 'Deleted'} “${saved.title}”.` }),
  };
}

function playing(): Playing {
  return newPlaying(item, '/data/sessions/closing-too-soon.json', '2026-12-18T10:00:00Z');
}

afterEach(() => cleanup());

describe('SoloApp', () => {
  it('shows the start menu with saved sessions first, then scenarios with audience, topics and minutes', async () => {
    const { lastFrame } = render(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('Resume a saved session'));
    const frame = lastFrame()!;
    expect(frame.indexOf('Resume a saved session')).toBeLessThan(frame.indexOf('Scenarios'));
    expect(frame).toMatch(/Children \(NYSCP\) · about \d+ min · Ending involvement or closing a case/);
    expect(frame).toContain('▶');
  });

  it('opens a scenario from the list and saves the new session straight away', async () => {
    const saved: Playing[] = [];
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services(saved)} />);
    await waitFor(() => expect(lastFrame()).toContain('Scenarios'));
    stdin.write(DOWN);
    await waitFor(() => expect(lastFrame()).toMatch(/▶\s+Closing too soon\s*\n\s+Children/));
    stdin.write(ENTER);
    await waitFor(() => expect(lastFrame()).toContain('Stage 1'));
    await waitFor(() => expect(saved).toHaveLength(1));
  });

  it('opens a saved session from the start menu, which may need its scenario parsed first', async () => {
    const saved: Playing[] = [];
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services(saved)} />);
    await waitFor(() => expect(lastFrame()).toContain('Resume a saved session'));
    stdin.write(ENTER);
    await waitFor(() => expect(lastFrame()).toContain('Stage 1'));
    await waitFor(() => expect(saved.at(-1)?.path).toBe('/data/sessions/a.json'));
  });

  it('handles a burst of keys in one write as the same keys typed one by one', async () => {
    const saved: Playing[] = [];
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services(saved)} />);
    await waitFor(() => expect(lastFrame()).toContain('Scenarios'));
    // tmux send-keys, a paste or a fast typist deliver Down and Enter together.
    stdin.write(DOWN + ENTER);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.path).toBe('/data/sessions/closing-too-soon.json');
  });

  it('takes several letters arriving together (a held key) one at a time', async () => {
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toMatch(/lines 1-\d+ of/));
    stdin.write('jjj');
    await waitFor(() => expect(lastFrame()).toMatch(/lines 4-\d+ of/));
  });

  it('draws a scene with the status bar, numbered choices and the key footer', async () => {
    const { lastFrame } = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    const frame = lastFrame()!;
    expect(frame).toContain('Stage 1');
    expect(frame).toContain('who acts: Professional from the referring agency');
    expect(frame).toMatch(/working days? left|due today/);
    expect(frame).toContain('Ask for time tomorrow'.slice(0, 0));
    expect(frame).toContain('? help');
    expect(frame).toContain('q quit');
  });

  it('shows feedback with the cited guidance after a number key, then the next scene on Enter', async () => {
    const saved: Playing[] = [];
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={services(saved)} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    await waitFor(() => expect(saved).toHaveLength(1));
    const before = saved.length;
    stdin.write('1');
    await waitFor(() => expect(lastFrame()).toContain('You chose:'));
    expect(lastFrame()).toContain('Guidance:');
    await waitFor(() => expect(saved.length).toBe(before + 1));
    stdin.write(ENTER);
    await waitFor(() => expect(lastFrame()).not.toContain('You chose:'));
    expect(lastFrame()).toContain('Stage 1');
  });

  it('saves a move before it draws it, so a kill -9 after the feedback appears loses nothing', async () => {
    const framesAtSave: string[] = [];
    let frame: () => string | undefined = () => undefined;
    const edges: SoloServices = {
      ...services(),
      save: (playing) => {
        if (playing.session.steps.length > 0) framesAtSave.push(frame() ?? '');
        return null;
      },
    };
    const app = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={edges} />);
    frame = app.lastFrame;
    await waitFor(() => expect(app.lastFrame()).toContain('1) '));
    app.stdin.write('1');
    await waitFor(() => expect(app.lastFrame()).toContain('You chose:'));
    expect(framesAtSave, 'the feedback was on screen before the move was saved').toHaveLength(1);
    expect(framesAtSave[0]).not.toContain('You chose:');
  });

  it('never says the session is saved when the last save failed', async () => {
    const edges: SoloServices = { ...services(), save: (playing) => (playing.session.steps.length > 0 ? 'The move was not saved to /data/sessions/closing-too-soon.json: the disk is full.' : null) };
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={edges} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    stdin.write('1');
    await waitFor(() => expect(lastFrame()).toContain('You chose:'));
    await waitFor(() => expect(lastFrame()).toContain('the disk is full'));
    stdin.write('q');
    await waitFor(() => expect(lastFrame()).toContain('Quit Common Ground?'));
    expect(lastFrame()).not.toContain('Your session is saved');
    expect(lastFrame()).toMatch(/not saved/i);
  });

  it('shows a long notice whole (what a resume cut, and where the file as it was is kept), not cut at the edge', async () => {
    const notice = `This scenario has been changed since the session was saved; resumed after 1 of your 3 steps. These no longer fit and were cut: “Call Marcus at two as arranged”; what you wrote for “before-joanne”. Your session as it was is kept in /data/sessions/closing-too-soon.before-edit-2026-12-18T10-00-00-000Z.json.`;
    const { lastFrame } = render(<SoloApp initial={initialSoloState(menu, playing(), notice)} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    const shown = lastFrame()!.replace(/\s+/g, ' ');
    expect(shown).toContain('what you wrote for “before-joanne”');
    expect(shown).toContain('closing-too-soon.before-edit-2026-12-18T10-00-00-000Z.json');
    // Still one screen: the narrative gave up the rows the notice took.
    expect(lastFrame()!.split('\n').length).toBeLessThanOrEqual(24);
  });

  it('types a reflection in place: Enter saves it, Esc cancels', async () => {
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('✎'));
    // The prompt to write is listed before the choices and highlighted first.
    stdin.write(ENTER);
    await waitFor(() => expect(lastFrame()).toContain('Enter saves · Esc cancels'));
    stdin.write('Ask about Amara');
    await waitFor(() => expect(lastFrame()).toContain('> Ask about Amara'));
    stdin.write(ENTER);
    await waitFor(() => expect(lastFrame()).toContain('Saved your text.'));
    expect(lastFrame()).toContain('Edit a reflection');
    stdin.write(ENTER);
    await waitFor(() => expect(lastFrame()).toContain('Enter saves'));
    stdin.write('x');
    stdin.write(ESC);
    await waitFor(() => expect(lastFrame()).toContain('Not saved.'));
  });

  it('shows help on ? and closes it on Esc', async () => {
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    stdin.write('?');
    await waitFor(() => expect(lastFrame()).toContain('Common Ground: help'));
    stdin.write(ESC);
    await waitFor(() => expect(lastFrame()).not.toContain('Common Ground: help'));
  });

  it('asks before quitting and says where the session is saved', async () => {
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    stdin.write('q');
    await waitFor(() => expect(lastFrame()).toContain('Quit Common Ground?'));
    expect(lastFrame()).toContain('/data/sessions/closing-too-soon.json');
    stdin.write('n');
    await waitFor(() => expect(lastFrame()).not.toContain('Quit Common Ground?'));
  });

  it('steps back with b after a choice', async () => {
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    stdin.write('2');
    await waitFor(() => expect(lastFrame()).toContain('You chose:'));
    stdin.write('b');
    await waitFor(() => expect(lastFrame()).toContain('Stepped back one move.'));
  });

  it('uses no escape codes for colour when colour is off', async () => {
    const { lastFrame } = render(<SoloApp initial={initialSoloState(menu, playing())} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    expect(lastFrame()).not.toMatch(/\u001B\[3\dm/);
  });
});
