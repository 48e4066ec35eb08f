/**
 * `workshop --plain` in-process, as a script or a screen-reader user drives
 * it: the cycle read, discuss, vote, reveal and next, line by line; votes
 * checked and asked again; ties and trainer picks; independent tables in
 * parallel; notes and step-back saved; and the end of the input saving and
 * saying so, with the command that resumes it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workshopCommand } from '../../../cli/commands/workshop-command.js';
import type { Workshop } from '../../../engine/index.js';
import { runSessionCommand, shownText } from '../session-store/run-session-command.js';

const TABLES = ['--tables', "Police,Health,School,Children's social care"];

let dir = '';
let dataDir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-plain-workshop-'));
  dataDir = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[], input: string) => runSessionCommand(workshopCommand, ['closing-too-soon', ...argv], { dataDir, input });
const saved = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { finished: boolean; workshop: Workshop };

describe('workshop --plain', () => {
  it('runs a four-table workshop from a pipe to the debrief, in plain text with the table names', async () => {
    const file = join(dir, 'room.json');
    // Decision 1: three tables wait and see, one asks for time; decision 2: all accept the closure.
    const outcome = await run([...TABLES, '--session', file], '\n2 2 2 1\n\n\n1 1 1 1\n\n\n');
    const shown = shownText(outcome);
    expect(outcome, shown).toMatchObject({ kind: 'exit', code: 0 });
    expect(shown).toContain('Scene: Monday 5 October, 3.30pm: the child-in-need review');
    expect(shown).toContain('Discuss for 3 minutes. Press Enter when the room is ready to vote');
    expect(shown).toContain('The room follows 2) “Say nothing more for now and see how Amara is over the rest of the week.”: by majority (chosen by Police, Health and School).');
    expect(shown).toContain('1) “Catch Bea at the door and ask for a proper phone conversation first thing tomorrow, then prepare for it.” (recommended), chosen by Children\'s social care.');
    expect(shown).toContain('Feedback: You have named the disagreement straight away and to the right person');
    expect(shown).toContain('Poor ending: Closed without challenge (never resolved).');
    expect(shown).toMatch(/Debrief: Closing too soon\.[\s\S]*Police: Poor ending[\s\S]*Children's social care: Poor ending/);
    expect(shown).toContain(`The workshop is finished and saved in ${file}.`);
    // Plain text: no Markdown emphasis, links, tables or headings.
    expect(shown).not.toMatch(/\*\*|\]\(|^\s*\||^#+ |guidance:/m);
    expect(saved(file)).toMatchObject({ finished: true, workshop: { tables: ['Police', 'Health', 'School', "Children's social care"], rounds: [{ votes: ['wait-and-see', 'wait-and-see', 'wait-and-see', 'ask-for-time-tomorrow'] }, {}] } });
  });

  it('says plain mode is used when standard input is not a terminal', async () => {
    const outcome = await run([], '');
    expect(outcome.kind === 'exit' && outcome.stderr).toContain('note: Standard input is not a terminal, so the workshop runs in plain mode');
    const quiet = await run(['--plain'], '');
    expect(quiet.kind === 'exit' && quiet.stderr).not.toContain('not a terminal');
  });

  it('checks each line of votes, says what is wrong and asks again, or takes them one table at a time', async () => {
    const file = join(dir, 'room.json');
    const outcome = await run([...TABLES, '--session', file], '\n1 1 2\n1 1 2 9\n\n1\n1\nfour\n2\n4\nq\n');
    const shown = shownText(outcome);
    expect(shown).toContain('3 votes for 4 tables: type a number from 1 to 4 for each table, in this order: Police, Health, School, Children\'s social care.');
    expect(shown).toContain('9 is not a choice: type a number from 1 to 4 for each table.');
    expect(shown).toContain("School's choice (1-4):");
    expect(shown).toContain('“four” is not a choice');
    expect(saved(file).workshop.rounds[0]?.votes).toEqual(['ask-for-time-tomorrow', 'ask-for-time-tomorrow', 'wait-and-see', 'email-partnership']);
  });

  it('asks the trainer to break a tie, and to pick in trainer mode', async () => {
    const tie = join(dir, 'tie.json');
    const tied = shownText(await run([...TABLES, '--session', tie], '\n1 1 2 2\n3\n2\nq\n'));
    expect(tied).toMatch(/The vote is tied: 1\) “Catch Bea[^”]*”: Police and Health; 2\) “Say nothing[^”]*”: School and Children's social care\./);
    expect(tied).toContain('Please type 1 or 2.');
    expect(saved(tie).workshop.rounds[0]).toMatchObject({ decided: 'wait-and-see', decidedBy: 'tie-break' });
    const picked = join(dir, 'trainer.json');
    const trainer = shownText(await run([...TABLES, '--mode', 'trainer', '--session', picked], '\n2 2 2 2\n1\nq\n'));
    expect(trainer).toContain('Trainer, which choice does the room follow?');
    expect(saved(picked).workshop.rounds[0]).toMatchObject({ decided: 'ask-for-time-tomorrow', decidedBy: 'trainer' });
  });

  it('in independent mode takes whichever table is ready, reading its scene for it alone', async () => {
    const file = join(dir, 'room.json');
    const shown = shownText(await run(['--tables', 'Police,Health', '--mode', 'independent', '--session', file], '2\n\n1\n\n1\n\n2\n\nq\n'));
    expect(shown).toContain('Which table is ready to decide? Type its number (1, 2)');
    expect(shown).toContain('Decision 1 for Health only.');
    expect(shown).toContain('Each table follows its own choice.');
    expect(shown).toMatch(/Decision 2 for Police only\./);
    const { rounds } = saved(file).workshop;
    expect(rounds.map((round) => [round.tables, round.votes])).toEqual([[[1], ['ask-for-time-tomorrow']], [[0], ['wait-and-see']]]);
  });

  it('saves a note typed at any prompt, and steps back only when asked to confirm', async () => {
    const file = join(dir, 'room.json');
    const shown = shownText(await run([...TABLES, '--session', file], 'n The police table wanted a strategy meeting\n\n1 1 1 1\nb\nno\nb\ny\nq\n'));
    expect(shown).toContain('Note saved for decision 1.');
    expect(shown).toContain('Kept.');
    expect(shown).toContain('Stepped back: decision 1’s votes were discarded.');
    const { workshop } = saved(file);
    expect(workshop.notes).toEqual({ 1: 'The police table wanted a strategy meeting' });
    expect(workshop.rounds).toEqual([]);
  });

  it('saves and says so at the end of the input, with the command that resumes it, which carries on at the same decision', async () => {
    const file = join(dir, 'room 1.json');
    const first = await run([...TABLES, '--session', file], '\n1 1 2 4\n');
    const shown = shownText(first);
    expect(first).toMatchObject({ kind: 'exit', code: 0 });
    expect(shown).toContain(`End of input. The workshop is saved in ${file}. Resume it with: common-ground workshop closing-too-soon --session '${file}'`);
    const again = shownText(await run(['--session', file], 'q\n'));
    expect(again).toContain('Tables: Police, Health, School and Children\'s social care.');
    expect(again).toContain('Decision 2.');
    expect(again).toContain('Scene: Planning the conversation');
    expect(again).toContain('Stopped. The workshop is saved in');
    expect(readdirSync(dir)).toEqual(['room 1.json']);
  });

  it('exports the record so far at any prompt, beside the session', async () => {
    const file = join(dir, 'room.json');
    const shown = shownText(await run([...TABLES, '--session', file, '--site-url', 'https://common-ground.example.org'], '\n1 1 2 4\ne\nq\n'));
    expect(shown).toContain(`The record so far was exported to ${join(dir, 'room-record.md')}.`);
    expect(shown).toContain(`The record so far was exported to ${join(dir, 'room-record.html')}.`);
    expect(readFileSync(join(dir, 'room-record.md'), 'utf8')).toMatch(/\]\(https:\/\/common-ground\.example\.org\/guidance\//);
  });
});
