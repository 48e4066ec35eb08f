/**
 * The full-screen workshop driven by keys, through the decision cycle the
 * trainer runs: read, discuss, vote, reveal, next; the safe keys; notes,
 * names, export; honest saving and read-only viewing.
 */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { decideRound, startWorkshop, type Workshop } from '../../../engine/index.js';
import { bigText } from '../../../cli/app/workshop/big-digits.js';
import { farewellLine } from '../../../cli/app/workshop/WorkshopApp.js';
import { BACKSPACE, ENTER, ESC, mount, PAGE_DOWN, scenario, TABLES } from './workshop/workshop-harness.js';
import { waitFor } from './wait-for.js';

afterEach(() => cleanup());

type App = ReturnType<typeof mount>;

/** Presses keys one at a time, each after the screen has taken the last. */
async function press(app: App, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    const before = app.frame();
    app.stdin.write(key);
    await waitFor(() => expect(app.frame() !== before || true).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** From the first read to the vote: Enter (discuss), Enter and y (end the discussion early). */
async function toVote(app: App): Promise<void> {
  await waitFor(() => expect(app.frame()).toContain('[READ]'));
  await press(app, ENTER);
  await waitFor(() => expect(app.frame()).toContain('[DISCUSS]'));
  await press(app, ENTER);
  await waitFor(() => expect(app.frame()).toContain('End the discussion now'));
  await press(app, 'y');
  await waitFor(() => expect(app.frame()).toContain('[VOTE]'));
}

async function toReveal(app: App, votes = ['1', '1', '2', '4']): Promise<void> {
  await toVote(app);
  for (const vote of votes) await press(app, vote);
  await waitFor(() => expect(app.frame()).toContain('Press Enter for the reveal'));
  await press(app, ENTER);
  await waitFor(() => expect(app.frame()).toContain('[REVEAL]'));
}

describe('WorkshopApp', () => {
  it('reads the whole scene, paged, with its heading and its choices at the end', async () => {
    const app = mount();
    await waitFor(() => expect(app.frame()).toContain('Monday 5 October, 3.30pm: the child-in-need review'));
    expect(app.frame()).toContain('Closing too soon · Decision 1');
    expect(app.frame()).toContain('▼ more: PgDn or Space');
    for (let page = 0; page < 4; page += 1) await press(app, PAGE_DOWN);
    await waitFor(() => expect(app.frame()).toContain('4) Write straight to the safeguarding partnership'));
    expect(app.frame()).toContain('For the tables to discuss');
    expect(app.frame()).toContain('Closing too soon · Decision 1');
  });

  it('starts the discussion paused; p starts and pauses it; +/- change the minutes, not whether it runs', async () => {
    const app = mount();
    await waitFor(() => expect(app.frame()).toContain('[READ]'));
    await press(app, ENTER);
    await waitFor(() => expect(app.frame()).toContain('NOT STARTED'));
    app.clock.advance(30_000);
    await press(app, '+');
    await waitFor(() => expect(app.frame()).toContain('NOT STARTED'));
    await press(app, 'p');
    await waitFor(() => expect(app.clock.listening()).toBe(1));
    app.clock.advance(61_000);
    await waitFor(() => expect(app.frame()).toContain(bigText('02:59', 5)[3]));
    await press(app, '-');
    await waitFor(() => expect(app.frame()).toContain('RUNNING'));
    await waitFor(() => expect(app.frame()).toContain('RUNNING'));
    await press(app, 'p');
    await waitFor(() => expect(app.frame()).toContain('PAUSED'));
    // 1:59 left, in block digits.
    for (const row of bigText('01:59', 5)) expect(app.frame()).toContain(row);
  });

  it('rings the bell once when the time runs out, and shows it unmistakably', async () => {
    const app = mount({ workshop: startWorkshop(scenario, { tables: TABLES, minutes: 1 }), autostart: true });
    await waitFor(() => expect(app.frame()).toContain('[READ]'));
    await press(app, ENTER);
    await waitFor(() => expect(app.clock.listening()).toBe(1));
    app.clock.advance(60_000);
    await waitFor(() => expect(app.frame()).toContain('TIME IS UP'));
    app.clock.advance(1000);
    await waitFor(() => expect(app.bells()).toBe(1));
    // Time is up: Enter goes to the vote without asking.
    await press(app, ENTER);
    await waitFor(() => expect(app.frame()).toContain('[VOTE]'));
  });

  it('asks before ending a discussion that still has time, and n keeps it going', async () => {
    const app = mount();
    await waitFor(() => expect(app.frame()).toContain('[READ]'));
    await press(app, ENTER, ENTER);
    await waitFor(() => expect(app.frame()).toContain('End the discussion now, with 03:00 left?'));
    await press(app, 'n');
    await waitFor(() => expect(app.frame()).toContain('[DISCUSS]'));
  });

  it('takes one key per table, shows the split, saves the decision, then reveals it with the feedback', async () => {
    const app = mount();
    await toVote(app);
    await press(app, '1', '1');
    await waitFor(() => expect(app.frame()).toContain('▶ School'));
    await press(app, '2', '4');
    await waitFor(() => expect(app.frame()).toContain('The room follows the majority: 1) Catch Bea at the door'));
    expect(app.saved.at(-1)?.rounds).toHaveLength(0);
    await press(app, ENTER);
    await waitFor(() => expect(app.frame()).toContain('The room chose (by majority, 2 of 4 tables)'));
    expect(app.saved.at(-1)?.rounds).toHaveLength(1);
    expect(app.frame()).toContain('★ recommended');
    expect(app.frame()).toContain('You have named the disagreement straight away');
    expect(app.frame()).toContain('Chosen by Police, Health');
    expect(app.frame()).not.toContain('cin-review');
  });

  it('shows the feedback on the choices nobody made on request', async () => {
    const app = mount();
    await toReveal(app);
    await press(app, 'o');
    for (let page = 0; page < 6; page += 1) await press(app, PAGE_DOWN);
    await waitFor(() => expect(app.frame()).toContain('The choices nobody made'));
    expect(app.frame()).toContain('3) Email Bea tonight');
  });

  it('reveals where each table now stands, with the skipped-stages warning solo play gives', async () => {
    const app = mount();
    await toReveal(app, ['4', '4', '4', '1']);
    await waitFor(() => expect(app.frame()).toContain('Stage 5'));
    for (let page = 0; page < 4; page += 1) await press(app, PAGE_DOWN);
    await waitFor(() => expect(app.frame()).toContain('⚠ Not the process: skipped stages 2–4'));
  });

  it('steps back only after asking, and then discards the votes', async () => {
    const app = mount();
    await toReveal(app);
    await press(app, 'u');
    await waitFor(() => expect(app.frame()).toContain('Take back decision 1?'));
    await press(app, ESC);
    await waitFor(() => expect(app.frame()).toContain('[REVEAL]'));
    expect(app.saved.at(-1)?.rounds).toHaveLength(1);
    await press(app, 'u');
    await waitFor(() => expect(app.frame()).toContain('Take back decision 1?'));
    await press(app, 'y');
    await waitFor(() => expect(app.frame()).toContain('[VOTE]'));
    expect(app.saved.at(-1)?.rounds).toHaveLength(0);
  });

  it('maps a presenter clicker’s keys to harmless actions: b and . blank the screen, PgDn pages', async () => {
    const app = mount();
    await toReveal(app);
    const saves = app.saved.length;
    await press(app, 'b');
    await waitFor(() => expect(app.frame()).not.toContain('Closing too soon'));
    expect(app.frame()).toContain('show the screen');
    await press(app, PAGE_DOWN, ENTER, '1');
    expect(app.frame()).not.toContain('Closing too soon');
    await press(app, '.');
    await waitFor(() => expect(app.frame()).toContain('[REVEAL]'));
    await press(app, PAGE_DOWN, PAGE_DOWN);
    expect(app.frame()).toContain('[REVEAL]');
    expect(app.saved.length).toBe(saves);
  });

  it('saves a note a second after it is typed, and keeps it with its decision', async () => {
    const app = mount();
    await waitFor(() => expect(app.frame()).toContain('[READ]'));
    await press(app, 'n');
    await waitFor(() => expect(app.frame()).toContain('Note for decision 1'));
    app.stdin.write('Police want a strategy meeting');
    await waitFor(() => expect(app.frame()).toContain('Police want a strategy meeting'));
    expect(app.saved.at(-1)?.notes).toEqual({});
    // The draft's save is scheduled by an effect after the text is drawn: wait for it, as the next test does, before time moves.
    await waitFor(() => expect(app.clock.pending()).toBe(1));
    app.clock.advance(1000);
    await waitFor(() => expect(app.saved.at(-1)?.notes).toEqual({ 1: 'Police want a strategy meeting' }));
    await press(app, BACKSPACE, BACKSPACE, BACKSPACE, BACKSPACE, BACKSPACE, BACKSPACE, BACKSPACE, 'c', 'a', 'l', 'l');
    await press(app, ENTER);
    await waitFor(() => expect(app.saved.at(-1)?.notes).toEqual({ 1: 'Police want a strategy call' }));
    expect(app.frame()).toContain('Note kept with decision 1.');
  });

  it('keeps saving a note typed without a pause, a second at a time', async () => {
    const app = mount();
    await waitFor(() => expect(app.frame()).toContain('[READ]'));
    await press(app, 'n');
    app.stdin.write('one');
    await waitFor(() => expect(app.clock.pending()).toBe(1));
    // The save and the next key land together, before the screen is drawn again.
    app.clock.advance(1000);
    app.stdin.write(' two');
    await waitFor(() => expect(app.frame()).toContain('one two'));
    expect(app.saved.at(-1)?.notes).toEqual({ 1: 'one' });
    await waitFor(() => expect(app.clock.pending()).toBe(1));
    app.clock.advance(1000);
    await waitFor(() => expect(app.saved.at(-1)?.notes).toEqual({ 1: 'one two' }));
  });

  it('saves a note being typed when the app is closed (Ctrl-C unmounts it)', async () => {
    const app = mount();
    await waitFor(() => expect(app.frame()).toContain('[READ]'));
    await press(app, 'n');
    app.stdin.write('Last words');
    await waitFor(() => expect(app.frame()).toContain('Last words'));
    app.unmount();
    expect(app.saved.at(-1)?.notes).toEqual({ 1: 'Last words' });
  });

  it('renames a table in the app, and the record keeps the name', async () => {
    const app = mount();
    await waitFor(() => expect(app.frame()).toContain('[READ]'));
    await press(app, 't', '\u001B[B', ENTER);
    await waitFor(() => expect(app.frame()).toContain('New name for Health'));
    app.stdin.write('Health visiting');
    await waitFor(() => expect(app.frame()).toContain('> Health visiting'));
    await press(app, ENTER);
    await waitFor(() => expect(app.saved.at(-1)?.tables).toEqual(['Police', 'Health visiting', 'School', "Children's social care"]));
    await press(app, '\u001B[A', ENTER, ENTER);
    await waitFor(() => expect(app.frame()).toContain('A table name must not be blank'));
  });

  it('exports the record, even part way, to Markdown and HTML', async () => {
    const app = mount();
    await toReveal(app);
    await press(app, 'e');
    await waitFor(() => expect(app.frame()).toContain('Record written to /data/exports/record.md and /data/exports/record.html.'));
    expect(app.exports.map((entry) => entry.format)).toEqual(['markdown', 'html']);
    expect(app.exports[0]?.debrief.rounds).toHaveLength(1);
  });

  it('shows a failed save until a save works, and the quit question never says saved', async () => {
    let fail = false;
    const app = mount({ save: () => (fail ? 'Could not save to /data/sessions/workshop.json: the disk is full. Free some space.' : null) });
    await toVote(app);
    fail = true;
    await press(app, '1', '1', '2', '4', ENTER);
    await waitFor(() => expect(app.frame()).toContain('NOT SAVED: Could not save'));
    await press(app, ENTER);
    await waitFor(() => expect(app.frame()).toContain('Decision 2'));
    expect(app.frame()).toContain('NOT SAVED');
    await press(app, 'q');
    await waitFor(() => expect(app.frame()).toContain('Quit the workshop?'));
    expect(app.frame()).not.toMatch(/is saved in/);
    expect(app.frame()).toContain('NOT SAVED');
    await press(app, 'n');
    fail = false;
    await press(app, 'w');
    await waitFor(() => expect(app.frame()).not.toContain('NOT SAVED'));
  });

  it('says where the workshop is saved when it ends, and never says saved when it is not', () => {
    const facts = { path: '/w.json', resumeCommand: 'common-ground workshop x --session /w.json', readOnly: null };
    expect(farewellLine({ ...facts, unsaved: null })).toBe('The workshop is saved in /w.json. Resume it with: common-ground workshop x --session /w.json');
    expect(farewellLine({ ...facts, unsaved: 'disk full' })).toMatch(/NOT saved \(disk full\)/);
  });

  it('shows a read-only copy with a banner, and refuses every change', async () => {
    const app = mount({ readOnly: { heldBy: 'process 4242 on this computer' } });
    await waitFor(() => expect(app.frame()).toContain('READ-ONLY · held by process 4242 on this computer'));
    await press(app, ENTER, ENTER);
    await waitFor(() => expect(app.frame()).toContain('Read-only: this workshop is held by process 4242'));
    await press(app, 'n');
    expect(app.frame()).not.toContain('Note for decision');
    expect(app.saved).toHaveLength(0);
  });

  it('follows the copy that holds the workshop when a read-only viewer presses r', async () => {
    const later = decideRound(scenario, startWorkshop(scenario, { tables: TABLES }), [1, 1, 1, 1]);
    const app = mount({ readOnly: { heldBy: 'process 4242' }, reload: () => ({ workshop: later }) });
    await waitFor(() => expect(app.frame()).toContain('r reload'));
    await press(app, 'r');
    await waitFor(() => expect(app.frame()).toContain('Reloaded: 1 decision taken.'));
    expect(app.frame()).toContain('Planning the conversation');
    expect(app.saved).toHaveLength(0);
  });

  it('shows a neutral overview in independent mode; a table’s scene only on its own screen', async () => {
    const app = mount({ workshop: startWorkshop(scenario, { tables: TABLES, mode: 'independent' }) });
    await waitFor(() => expect(app.frame()).toContain('Closing too soon · All tables'));
    expect(app.frame()).toContain("Children's social care");
    expect(app.frame()).not.toContain('child-in-need review');
    await press(app, '\u001B[B', ENTER);
    await waitFor(() => expect(app.frame()).toContain('Decision 1 · Health'));
    expect(app.frame()).toContain('child-in-need review');
    await press(app, ENTER, 'p');
    await press(app, ESC);
    await waitFor(() => expect(app.frame()).toContain('Closing too soon · All tables'));
    expect(app.frame()).toMatch(/Health\s+1 discussing 03:00 ▶/);
    expect(app.frame()).not.toContain('child-in-need review');
  });

  it('ends with a debrief in titles and choice text, never ids', async () => {
    let workshop: Workshop = startWorkshop(scenario, { tables: TABLES });
    for (const votes of [[4, 4, 4, 1], [2, 1, 1, 1]]) workshop = decideRound(scenario, workshop, votes);
    const app = mount({ workshop });
    await waitFor(() => expect(app.frame()).toContain('[READ]'));
    await press(app, 'd');
    await waitFor(() => expect(app.frame()).toContain('Workshop debrief: Closing too soon'));
    let text = app.frame();
    for (let page = 0; page < 8; page += 1) {
      await press(app, PAGE_DOWN);
      text += app.frame();
    }
    expect(text).toContain('⚠ Not the process: skipped stages 2–4');
    expect(text).toContain('Who chose what');
    expect(text).toContain('Write straight to the safeguarding partnership to ask them to stop the closure.');
    expect(text).toContain('Police, Health, School');
    expect(text).not.toMatch(/cin-review|email-partnership|1\.target/);
  });
});
