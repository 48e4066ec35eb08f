/**
 * Every workshop screen fits the terminal: at 80x24 and 100x30 and, degraded,
 * at 60x20, each screen is at most the terminal's rows less one, no line is
 * wider than the screen, and the header is always the first line. Twenty
 * tables fit, in columns or by scrolling.
 */
import { describe, expect, it } from 'vitest';
import { decideRound, startWorkshop, type Workshop } from '../../../../engine/index.js';
import { lineWidth } from '../../../../cli/app/workshop/screen-lines.js';
import { workshopLayout, type LayoutOptions } from '../../../../cli/app/workshop/workshop-layout.js';
import { initialWorkshopState, workshopReducer, type WorkshopUiAction, type WorkshopUiState } from '../../../../cli/app/workshop/workshop-state.js';
import { lineText } from '../../../../cli/terminal/index.js';
import { scenario, TABLES } from './workshop-harness.js';

const run = (state: WorkshopUiState, ...actions: WorkshopUiAction[]) => actions.reduce(workshopReducer, state);
const twenty = Array.from({ length: 20 }, (_, index) => `Children's social care team ${index + 1}`.slice(0, 32));

function screens(): Array<[string, WorkshopUiState]> {
  const read = initialWorkshopState(scenario, startWorkshop(scenario, { tables: TABLES }));
  const discuss = run(read, { type: 'go-on' });
  const vote = run(discuss, { type: 'room', action: { type: 'vote', table: 0 } }, { type: 'number', number: 1 });
  const voted = run(vote, { type: 'number', number: 1 }, { type: 'number', number: 4 }, { type: 'number', number: 4 });
  const reveal = run(voted, { type: 'number', number: 4 });
  const bigRoom = initialWorkshopState(scenario, startWorkshop(scenario, { tables: twenty }));
  const bigVote = run(bigRoom, { type: 'go-on' }, { type: 'room', action: { type: 'vote', table: 0 } }, ...twenty.slice(0, 7).map((): WorkshopUiAction => ({ type: 'number', number: 2 })));
  const independent = initialWorkshopState(scenario, startWorkshop(scenario, { tables: twenty, mode: 'independent', minutes: 1 }));
  let finished: Workshop = startWorkshop(scenario, { tables: TABLES });
  for (const votes of [[4, 4, 4, 4], [2, 2, 2, 2]]) finished = decideRound(scenario, finished, votes);
  const debrief = run(initialWorkshopState(scenario, finished), { type: 'debrief' });
  const timeUp = run(discuss, { type: 'timer', action: { type: 'resume' } }, { type: 'tick', elapsedMs: 180_000 });
  return [
    ['read', read],
    ['discuss', discuss],
    ['discussion time up', timeUp],
    ['vote', vote],
    ['vote with a tie to break', voted],
    ['reveal', reveal],
    ['reveal with the other choices', run(reveal, { type: 'others' })],
    ['reveal, scrolled to the end', run(reveal, { type: 'scroll', by: 500, max: 500 })],
    ['debrief', debrief],
    ['help', run(read, { type: 'overlay', overlay: { kind: 'help' } })],
    ['quit', run(read, { type: 'overlay', overlay: { kind: 'quit' } })],
    ['confirm', run(discuss, { type: 'go-on' })],
    ['note, long', run(read, { type: 'note.open' }, { type: 'note.type', text: 'A long note. '.repeat(200) })],
    ['tables', run(bigRoom, { type: 'tables.open' }, { type: 'tables.move', by: 17 })],
    ['rename', run(read, { type: 'tables.open' }, { type: 'rename.open' }, { type: 'rename.type', text: 'Police and probation' })],
    ['blank', run(read, { type: 'blank' })],
    ['twenty tables voting', bigVote],
    ['twenty independent tables', run(independent, { type: 'cursor', by: 19 })],
    ['an independent table discussing', run(independent, { type: 'open', table: 3 }, { type: 'go-on' })],
    ['read-only, with a long notice', { ...read, readOnly: 'process 4242 on this computer', notice: 'The scenario has changed since this workshop was saved; the last 2 decisions no longer fit and were dropped. Dropped: the decision in “cin-review”. The workshop as it was is kept in /a/very/long/path/to/the/session/file/before-edit.json.' }],
  ];
}

const SIZES: Array<[number, number]> = [
  [80, 24],
  [100, 30],
  [60, 20],
];

const options = (columns: number, rows: number, unsaved: string | null = null): LayoutOptions => ({
  columns,
  rows,
  markers: true,
  unsaved,
  path: '/home/trainer/.local/share/common-ground/sessions/closing-too-soon-workshop-2026-10-05.json',
  resumeCommand: 'common-ground workshop closing-too-soon --session /home/trainer/.local/share/common-ground/sessions/closing-too-soon-workshop-2026-10-05.json',
});

describe('workshopLayout', () => {
  for (const [columns, rows] of SIZES) {
    it.each(screens())(`fits %s in ${columns}x${rows}, header first`, (name, state) => {
      for (const unsaved of [null, 'Could not save /data/sessions/w.json: the disk is full (ENOSPC). Free some space, or quit and resume from another folder.']) {
        const layout = workshopLayout(state, options(columns, rows, unsaved));
        expect(layout.lines.length, `${name}: rows`).toBeLessThanOrEqual(rows - 1);
        for (const line of layout.lines) expect(lineWidth(line), `${name}: "${lineText(line)}"`).toBeLessThanOrEqual(columns - 2);
        // The header comes straight after the banners (read-only, not saved), whatever the body.
        if (name !== 'blank') expect(layout.lines.slice(0, 4).map(lineText).join('\n'), `${name}: header`).toContain('Closing too soon');
      }
    });
  }

  it('lays twenty independent tables out in columns at 80x24, each name and what it is doing shown', () => {
    const state = initialWorkshopState(scenario, startWorkshop(scenario, { tables: Array.from({ length: 20 }, (_, index) => `Table ${index + 1}`), mode: 'independent' }));
    const text = workshopLayout(state, options(80, 24)).lines.map(lineText).join('\n');
    for (let table = 1; table <= 20; table += 1) expect(text).toMatch(new RegExp(`Table ${table}\\s+1 reading`));
  });

  it('shows the big countdown where there is room, and plain digits where there is not', () => {
    const discuss = run(initialWorkshopState(scenario, startWorkshop(scenario, { tables: TABLES })), { type: 'go-on' });
    const at = (columns: number, rows: number) => workshopLayout(discuss, options(columns, rows)).lines.map(lineText).join('\n');
    expect(at(100, 30)).toContain('██████ ██████');
    expect(at(60, 12)).toContain('03:00  ⏸ NOT STARTED');
  });
});
