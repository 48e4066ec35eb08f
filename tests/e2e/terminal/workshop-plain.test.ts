/**
 * The built CLI's plain workshop, driven from a pipe as a script or a
 * screen reader's user would: a four-table workshop of a bundled scenario
 * read, discussed, voted, revealed and debriefed to the end, with a note
 * and the record exported on the way. The output is checked for the scene
 * heading, the author's feedback and the table names; the saved file and
 * the exported records for what they hold.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from '../../support/built-cli.js';

const TABLES = ['Police', 'Health', 'School', "Children's social care"];
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-e2e-workshop-plain-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built CLI with `input` piped to it (standard input is then not a terminal). */
function workshop(args: string[], input: string) {
  return spawnSync(process.execPath, [cli, 'workshop', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, COMMON_GROUND_DATA_DIR: join(dir, 'data'), NO_COLOR: '1' },
  });
}

describe('common-ground workshop from a pipe', () => {
  it('runs a four-table workshop to the debrief, line by line, and exports its record with absolute links', () => {
    const session = join(dir, 'room.json');
    // Decision 1, the recommended path: the room asks for time (one table dissents); a note; then the record so far.
    // Decision 2 onwards: the room follows the recommended choices to the ending; then the record again, and Enter to end.
    const recommended = Array.from({ length: 5 }, () => ['1 1 1 1', '']).flat();
    const input = ['', '1 1 2 1', 'n School wanted to wait for more evidence', 'e', '', ...recommended, 'e', ''].join('\n');
    const result = workshop(['closing-too-soon', '--tables', TABLES.join(','), '--session', session, '--site-url', 'https://common-ground.example.org'], `${input}\n`);
    const output = `${result.stderr}${result.stdout}`;
    expect(result.status, output).toBe(0);
    expect(result.stderr).toContain('note: Standard input is not a terminal, so the workshop runs in plain mode');
    // Read: the scene heading, as plain text.
    expect(output).toContain('Scene: Monday 5 October, 3.30pm: the child-in-need review');
    expect(output).toContain('Discuss for 3 minutes. Press Enter when the room is ready to vote');
    // Reveal: the room's choice, the feedback for every choice made, the recommended one marked, the clock and stage.
    expect(output).toContain('The room follows 1) “Catch Bea at the door and ask for a proper phone conversation first thing tomorrow, then prepare for it.” (recommended): by majority (chosen by Police, Health and Children\'s social care).');
    expect(output).toContain('Feedback: You have named the disagreement straight away and to the right person');
    expect(output).toContain('2) “Say nothing more for now and see how Amara is over the rest of the week.”, chosen by School.');
    expect(output).toMatch(/All tables: Mon 5 Oct 2026, 16:00, stage 1, Talk it through between the agencies\./);
    expect(output).toContain('Note saved for decision 1.');
    // Debrief: every table by name, to the end.
    expect(output).toMatch(/Debrief: Closing too soon\./);
    for (const table of TABLES) expect(output).toMatch(new RegExp(`^${table}: Good ending: `, 'm'));
    expect(output).toContain("Trainer’s note: School wanted to wait for more evidence");
    expect(output).toContain(`The workshop is finished and saved in ${session}.`);
    expect(output).not.toMatch(/\*\*|\]\(|^\s*\|.*\|\s*$|^#+ |guidance:/m);

    const saved = JSON.parse(readFileSync(session, 'utf8')) as { finished: boolean; workshop: { tables: string[]; notes: Record<string, string> } };
    expect(saved).toMatchObject({ finished: true, workshop: { tables: TABLES, notes: { 1: 'School wanted to wait for more evidence' } } });

    // Two exports of each format, the second never over the first.
    expect(readdirSync(dir).filter((name) => name.startsWith('room-record')).sort()).toEqual(['room-record-2.html', 'room-record-2.md', 'room-record.html', 'room-record.md']);
    const partial = readFileSync(join(dir, 'room-record.md'), 'utf8');
    expect(partial).toMatch(/not finished: 1 decision taken/);
    const final = readFileSync(join(dir, 'room-record-2.md'), 'utf8');
    expect(final).toContain('- **Status:** finished');
    for (const table of TABLES) expect(final).toContain(table);
    const page = readFileSync(join(dir, 'room-record-2.html'), 'utf8');
    const links = [...`${final}\n${page}`.matchAll(/\]\(([^)\s]*)\)|href="([^"]*)"/g)].map((match) => match[1] ?? match[2] ?? '');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\/common-ground\.example\.org\/|^mailto:/);
  });

  it('saves at the end of the input, says so with the resume command, and resumes from it', () => {
    const session = join(dir, 'cut-short.json');
    const first = workshop(['closing-too-soon', '--tables', '4', '--session', session, '--plain'], '\n1 1 2 4\n');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`End of input. The workshop is saved in ${session}. Resume it with: node dist/cli.js workshop closing-too-soon --session ${session}`);
    const again = workshop(['closing-too-soon', '--session', session, '--plain'], 'd\nq\n');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('The record so far: Closing too soon.');
    expect(again.stdout).toContain('Decision 1: Monday 5 October, 3.30pm: the child-in-need review (stage 1).');
    expect(again.stdout).toContain('Scene: Planning the conversation');
    // No relative link ever, without a site address.
    const exported = workshop(['closing-too-soon', '--session', session, '--plain', '--export-dir', join(dir, 'records')], 'e\nq\n');
    expect(exported.status, exported.stderr).toBe(0);
    for (const name of readdirSync(join(dir, 'records'))) {
      const text = readFileSync(join(dir, 'records', name), 'utf8');
      for (const match of text.matchAll(/\]\(([^)\s]*)\)|href="([^"]*)"/g)) expect(match[1] ?? match[2], name).toMatch(/^(https?:|mailto:)/);
    }
  });
});
