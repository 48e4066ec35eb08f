/**
 * `workshop --session FILE` never writes over a file it cannot resume: a
 * workshop of another scenario, one from a newer version, or a solo session
 * is refused with a clear message and left byte for byte as it was; and
 * decisions dropped after a scenario edit are named, the file as it was kept.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workshopCommand } from '../../../cli/commands/workshop-command.js';
import type { Workshop } from '../../../engine/index.js';
import { expectRefusedAndKept, runSessionCommand, shownText } from '../session-store/run-session-command.js';
import { workshopFileText } from './workshop-file.js';

let dir = '';
let dataDir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-workshop-'));
  dataDir = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('workshopCommand --session', () => {
  it('refuses a workshop of another scenario and leaves the file as it was', async () => {
    const file = join(dir, 'room.json');
    const before = workshopFileText('conference-refused');
    writeFileSync(file, before);
    const outcome = await runSessionCommand(workshopCommand, ['closing-too-soon', '--session', file], { dataDir, tty: true });
    expectRefusedAndKept(outcome, file, before, /conference-refused/);
  });

  it('refuses a workshop saved by a newer version, says to update, and leaves the file as it was', async () => {
    const file = join(dir, 'room.json');
    const before = workshopFileText('closing-too-soon', (workshop) => ({ ...workshop, formatVersion: 7 }));
    writeFileSync(file, before);
    const outcome = await runSessionCommand(workshopCommand, ['closing-too-soon', '--session', file], { dataDir, tty: true });
    expectRefusedAndKept(outcome, file, before, /newer version[\s\S]*Update Common Ground/);
  });

  it('refuses a solo session file, naming the play command', async () => {
    const file = join(dir, 'solo.json');
    const before = workshopFileText('closing-too-soon', () => undefined, { mode: 'solo', session: { formatVersion: 1, scenarioId: 'closing-too-soon', scenarioDigest: 'x', steps: [] } });
    writeFileSync(file, before);
    const outcome = await runSessionCommand(workshopCommand, ['closing-too-soon', '--session', file], { dataDir, tty: true });
    expectRefusedAndKept(outcome, file, before, /play/);
  });

  it('keeps the file as it was beside it, and names the decision dropped, when the scenario was edited since', async () => {
    const file = join(dir, 'room.json');
    const before = workshopFileText('closing-too-soon');
    writeFileSync(file, before);
    // The author renames the first scene and the choice both tables took.
    mkdirSync(join(dir, 'edited'));
    const edited = join(dir, 'edited', 'closing-too-soon.mdx');
    copyFileSync(new URL('../../../scenarios/closing-too-soon.mdx', import.meta.url), edited);
    writeFileSync(edited, readFileSync(edited, 'utf8').replaceAll('cin-review', 'review-of-the-plan').replace('id="ask-for-time-tomorrow"', 'id="ask-for-time"'));
    // Plain mode says the notice whole (the screen may wrap it).
    const outcome = await runSessionCommand(workshopCommand, [edited, '--session', file, '--plain'], { dataDir, input: 'q\n' });
    expect(outcome, shownText(outcome)).toMatchObject({ kind: 'exit', code: 0 });
    const copies = readdirSync(dir).filter((name) => name.startsWith('room.before-edit-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, copies[0]!), 'utf8')).toBe(before);
    const shown = shownText(outcome).replace(/\s+/g, ' ');
    expect(shown).toContain('Dropped: decision 1, at the scene “cin-review” (no longer in the scenario): the room chose “ask-for-time-tomorrow”.');
    expect(shown).toContain(copies[0]);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { workshop: Workshop }).workshop.rounds).toHaveLength(0);
  });

  it('resumes its own workshop file', async () => {
    const file = join(dir, 'room.json');
    writeFileSync(file, workshopFileText('closing-too-soon'));
    const outcome = await runSessionCommand(workshopCommand, ['closing-too-soon', '--session', file], { dataDir, tty: true });
    expect(outcome, shownText(outcome)).toMatchObject({ kind: 'exit', code: 0 });
    const record = JSON.parse(readFileSync(file, 'utf8')) as { workshop: Workshop };
    expect(record.workshop.rounds).toHaveLength(1);
    expect(readdirSync(dir).filter((name) => name !== 'data')).toEqual(['room.json']);
  });
});
