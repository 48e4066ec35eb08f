/**
 * The projector's join screen when the workshop is served to phones: the
 * address, the QR code (black on white, whatever the terminal's theme) and
 * the room code all fit 80x24 and 100x30 beside each other; each table says
 * whether it has a phone; `j` opens and closes it, and `x` asks before
 * freeing a seat. The vote screen says which tables vote on their phones.
 */
import { describe, expect, it } from 'vitest';
import { startWorkshop, takeSeat, withLiveRoom } from '../../../../engine/index.js';
import { joinInfo } from '../../../../cli/live/join-info.js';
import { lineWidth } from '../../../../cli/app/workshop/screen-lines.js';
import { workshopKeys } from '../../../../cli/app/workshop/workshop-key-table.js';
import { workshopLayout } from '../../../../cli/app/workshop/workshop-layout.js';
import { initialWorkshopState, screenOf, workshopReducer, type WorkshopUiAction, type WorkshopUiState } from '../../../../cli/app/workshop/workshop-state.js';
import { lineText } from '../../../../cli/terminal/index.js';
import { scenario, TABLES } from './workshop-harness.js';

const run = (state: WorkshopUiState, ...actions: WorkshopUiAction[]) => actions.reduce(workshopReducer, state);
const live = await joinInfo('http://192.168.100.200:8420/', 'K7M4QP', 'private');
const served = takeSeat(withLiveRoom(startWorkshop(scenario, { tables: TABLES }), () => 'K7M4QP'), 1, 'a'.repeat(32));
const joining = run(initialWorkshopState(scenario, served), { type: 'join.toggle' });
const options = (columns: number, rows: number) => ({ columns, rows, markers: false, unsaved: null, path: '/w.json', resumeCommand: 'common-ground workshop x --session /w.json', live });

describe('the join screen', () => {
  it.each([
    [80, 24],
    [100, 30],
  ])('fits %ix%i with the QR code beside the words, nothing scrolled away', (columns, rows) => {
    const layout = workshopLayout(joining, options(columns, rows));
    const text = layout.lines.map(lineText);
    expect(layout.lines.length).toBeLessThanOrEqual(rows - 1);
    for (const line of layout.lines) expect(lineWidth(line)).toBeLessThanOrEqual(columns - 2);
    expect(text.join('\n')).not.toMatch(/▼ more/);
    expect(text.join('\n')).toContain('http://192.168.100.200:8420/');
    expect(text.join('\n')).toContain('Room code: K 7 M 4 Q P');
    expect(text.join('\n')).toMatch(/Phones: 1 of 4 tables/);
    expect(text.join('\n')).toMatch(/✓ Health\s+phone/);
    expect(text.join('\n')).toMatch(/· Police\s+no phone: key its vote/);
    expect(text.join('\n')).toMatch(/Guest Wi-Fi may keep\s+devices apart|Guest Wi-Fi may keep devices apart/);
    // Every line of the code is drawn as one span the screen paints black on white.
    const qrSpans = layout.lines.flatMap((line) => line.filter((span) => span.qr));
    expect(qrSpans.map((span) => span.text)).toEqual(live.qr);
  });

  it('puts the code in the address the QR code holds, for the page to fill in', () => {
    expect(live.qr.length).toBeLessThanOrEqual(19);
    expect(live.qr.every((line) => /^[ █▀▄]+$/.test(line))).toBe(true);
  });

  it('opens with j and closes with j, and asks before freeing a seat', () => {
    expect(workshopKeys(initialWorkshopState(scenario, served), { serving: true }).some((row) => row.label === 'j')).toBe(true);
    expect(workshopKeys(initialWorkshopState(scenario, served)).some((row) => row.label === 'j')).toBe(false);
    expect(screenOf(joining)).toBe('join');
    expect(screenOf(run(joining, { type: 'join.toggle' }))).toBe('read');
    const asked = run(joining, { type: 'join.move', by: 1 }, { type: 'join.free' });
    expect(screenOf(asked)).toBe('confirm');
    const freed = run(asked, { type: 'confirm' });
    expect(freed.room.workshop.live?.seats).toEqual({});
    expect(run(joining, { type: 'join.free' }).notice).toMatch(/Police has no phone/);
  });
});

describe('the vote screen, served to phones', () => {
  it('names the tables still voting on their phones, above the next table to key', () => {
    const voting = run(initialWorkshopState(scenario, served), { type: 'go-on' }, { type: 'room', action: { type: 'vote', table: 0 } });
    const text = workshopLayout(voting, options(80, 24)).lines.map(lineText).join('\n');
    expect(text).toMatch(/Voting on their phones: Health/);
    expect(text).toMatch(/▶ Police: press 1-\d for this table's choice/);
  });
});
