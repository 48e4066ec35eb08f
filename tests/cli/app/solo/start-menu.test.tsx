/**
 * The start menu: saved workshops beside solo sessions, saved times in
 * London time, a workshop handed to the workshop command, and archiving or
 * deleting only after a confirmation.
 */
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { SoloApp, type SoloExit, type SoloServices } from '../../../../cli/app/solo/SoloApp.js';
import { initialSoloState, newPlaying, type MenuEntry, type MenuSaved } from '../../../../cli/app/solo/solo-state.js';
import { createTheme } from '../../../../cli/app/theme.js';
import { bundled } from '../../../engine/workshop/load-bundled.js';
import { waitFor } from '../wait-for.js';

const scenario = bundled('closing-too-soon');
const item = { file: '/scenarios/closing-too-soon.mdx', scenario };
const ENTER = '\r';
const DOWN = '\u001B[B';
const ESC = '\u001B';

const solo: MenuSaved = {
  path: '/data/sessions/closing-too-soon-1.json',
  mode: 'solo',
  scenarioId: 'closing-too-soon',
  scenarioFile: item.file,
  title: 'Closing too soon',
  progress: 'Stage 2 · Tue 6 Oct 2026, 08:45',
  // 09:00 UTC in summer is 10:00 in London.
  savedAt: '2026-07-01T09:00:00.000Z',
  finished: false,
};
const workshop: MenuSaved = {
  path: '/data/sessions/workshop-closing-too-soon-1.json',
  mode: 'workshop',
  scenarioId: 'closing-too-soon',
  scenarioFile: item.file,
  title: 'Closing too soon',
  progress: '4 tables · 2 decisions · majority',
  savedAt: '2026-12-18T09:30:00.000Z',
  finished: false,
};
const menu: MenuEntry[] = [
  { kind: 'saved', saved: solo },
  { kind: 'saved', saved: workshop },
  { kind: 'scenario', item },
];

function services(tidied: Array<[string, 'archive' | 'delete']> = []): SoloServices {
  return {
    now: () => new Date('2026-12-18T10:00:00Z'),
    newSessionPath: (id) => `/data/sessions/${id}-new.json`,
    save: () => null,
    openSaved: async (path) => ({ ok: true, playing: newPlaying(item, path, '2026-12-18T09:00:00Z') }),
    tidySaved: (saved, how) => {
      tidied.push([saved.path, how]);
      return { ok: true, message: `${how === 'archive' ? 'Archived' : 'Deleted'} “${saved.title}”.` };
    },
    exportDebrief: () => '/data/exports/x.md',
  };
}

afterEach(() => cleanup());

describe('StartMenu', () => {
  it('lists saved workshops beside solo sessions, each saved time in London time', async () => {
    const { lastFrame } = render(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('Resume a workshop'));
    const frame = lastFrame()!;
    expect(frame.indexOf('Resume a saved session')).toBeLessThan(frame.indexOf('Resume a workshop'));
    expect(frame.indexOf('Resume a workshop')).toBeLessThan(frame.indexOf('Scenarios'));
    expect(frame).toContain('Stage 2 · Tue 6 Oct 2026, 08:45 · saved Wed 1 Jul 2026, 10:00');
    expect(frame).toContain('4 tables · 2 decisions · majority · saved Fri 18 Dec 2026, 09:30');
  });

  it('hands a chosen workshop to the workshop command: the app exits saying which', async () => {
    const ended: SoloExit[] = [];
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services()} onExit={(exit) => ended.push(exit)} />);
    await waitFor(() => expect(lastFrame()).toContain('Resume a workshop'));
    stdin.write(DOWN);
    await waitFor(() => expect(lastFrame()).toMatch(/▶ ▣/));
    stdin.write(ENTER);
    await waitFor(() => expect(ended).toEqual([{ kind: 'workshop', saved: workshop }]));
  });

  it('deletes a saved session only once y is typed, after naming it; n keeps it', async () => {
    const tidied: Array<[string, 'archive' | 'delete']> = [];
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services(tidied)} />);
    await waitFor(() => expect(lastFrame()).toContain('a archive'));
    stdin.write('d');
    await waitFor(() => expect(lastFrame()).toContain('Type y to delete Closing too soon.'));
    expect(lastFrame()).toContain('Delete the session “Closing too soon”?');
    expect(tidied).toEqual([]);
    stdin.write('n');
    await waitFor(() => expect(lastFrame()).toContain('Resume a saved session'));
    expect(tidied).toEqual([]);
    stdin.write('d');
    await waitFor(() => expect(lastFrame()).toContain('Type y to delete'));
    stdin.write('y');
    await waitFor(() => expect(lastFrame()).toContain('Deleted “Closing too soon”.'));
    expect(tidied).toEqual([[solo.path, 'delete']]);
    expect(lastFrame()).not.toContain('Resume a saved session');
    expect(lastFrame()).toContain('Resume a workshop');
  });

  it('archives a saved workshop after a confirmation, and Esc asks nothing more', async () => {
    const tidied: Array<[string, 'archive' | 'delete']> = [];
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu)} theme={createTheme(false)} services={services(tidied)} />);
    await waitFor(() => expect(lastFrame()).toContain('Resume a workshop'));
    stdin.write(DOWN);
    await waitFor(() => expect(lastFrame()).toMatch(/▶ ▣/));
    stdin.write('a');
    await waitFor(() => expect(lastFrame()).toContain('Archive the workshop “Closing too soon”?'));
    expect(lastFrame()).toContain('moved to the archive folder beside it, not deleted');
    stdin.write(ESC);
    await waitFor(() => expect(lastFrame()).toContain('Resume a workshop'));
    stdin.write('a');
    await waitFor(() => expect(lastFrame()).toContain('Archive the workshop'));
    stdin.write('y');
    await waitFor(() => expect(lastFrame()).toContain('Archived “Closing too soon”.'));
    expect(tidied).toEqual([[workshop.path, 'archive']]);
    expect(lastFrame()).not.toContain('Resume a workshop');
  });

  it('lists finished sessions after the scenarios, to look back on or archive', async () => {
    const done: MenuSaved = { ...solo, path: '/data/sessions/closing-too-soon-done.json', progress: 'Finished', finished: true };
    const tidied: Array<[string, 'archive' | 'delete']> = [];
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState([...menu, { kind: 'saved', saved: done }])} theme={createTheme(false)} services={services(tidied)} />);
    await waitFor(() => expect(lastFrame()).toContain('Finished (look back, a archive, d delete)'));
    const frame = lastFrame()!;
    expect(frame.indexOf('Scenarios')).toBeLessThan(frame.indexOf('Finished (look back'));
    expect(frame).toContain('session · Finished · saved Wed 1 Jul 2026, 10:00');
    stdin.write(DOWN);
    stdin.write(DOWN);
    stdin.write(DOWN);
    await waitFor(() => expect(lastFrame()).toMatch(/▶ ✓/));
    stdin.write('a');
    await waitFor(() => expect(lastFrame()).toContain('Archive'));
    stdin.write('y');
    await waitFor(() => expect(tidied).toEqual([[done.path, 'archive']]));
    await waitFor(() => expect(lastFrame()).not.toContain('Finished (look back'));
  });

  it('offers archive and delete only on a saved entry, never on a scenario', async () => {
    const tidied: Array<[string, 'archive' | 'delete']> = [];
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu, null)} theme={createTheme(false)} services={services(tidied)} />);
    await waitFor(() => expect(lastFrame()).toContain('Scenarios'));
    stdin.write(DOWN);
    stdin.write(DOWN);
    await waitFor(() => expect(lastFrame()).not.toContain('a archive'));
    stdin.write('d');
    stdin.write('a');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lastFrame()).not.toContain('Type y to delete');
    expect(tidied).toEqual([]);
  });

  it('gives the command that resumes the session in the quit question', async () => {
    const playing = newPlaying(item, '/data/my sessions/closing-too-soon.json', '2026-12-18T10:00:00Z');
    const { lastFrame, stdin } = render(<SoloApp initial={initialSoloState(menu, playing)} theme={createTheme(false)} services={services()} />);
    await waitFor(() => expect(lastFrame()).toContain('1) '));
    stdin.write('q');
    await waitFor(() => expect(lastFrame()).toContain('Quit Common Ground?'));
    expect(lastFrame()!.replace(/\s+/g, ' ')).toContain("Resume it with: common-ground play --session '/data/my sessions/closing-too-soon.json'");
  });
});
