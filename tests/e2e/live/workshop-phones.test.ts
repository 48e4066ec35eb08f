/**
 * A whole workshop with the tables voting from their phones, as a room runs
 * it: the built CLI in a real terminal (tmux, 100x30) with `--serve --host
 * 127.0.0.1`, and six Chromium pages at phone size as the six tables'
 * phones, each in a browser context of its own (its own storage, as six
 * phones would have).
 *
 * From the join screen to the debrief: the phones scan in with the code
 * from the projector and take their seats; they follow read, discuss, vote
 * and reveal; one phone reloads in the middle of a vote and keeps its seat
 * and its counted vote; then, in the middle of the second vote, the laptop
 * app is killed with SIGKILL, a phone votes while the laptop is gone, and
 * `workshop --resume --serve` comes back with the same room code and port:
 * the phones reconnect by themselves, the votes already counted are still
 * there, the one kept on the phone is sent and counted once, and the
 * workshop goes on to its debrief. axe checks the real screens at phone size.
 *
 * Only loopback is used: no test may bind to or call the machine's own
 * network address.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasTmux, startPane, type TmuxPane } from '../../robustness/support/tmux-pane.js';
import { cli } from '../../support/built-cli.js';
import { launchChromium } from '../support/chromium.js';
import { ParticipantPhone } from './support/participant-phone.js';
import { axeOnPage, phoneLayoutProblems } from './support/phone-checks.js';

const TABLES = ['Police', 'Health', 'School', 'Social care', 'GP', 'Housing'];
const NOTES = '/work/notes/shots/17';
let dir = '';
let browser: Browser;
const contexts: BrowserContext[] = [];
const panes: TmuxPane[] = [];

/** A port free on loopback now, for the server to take. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function keep(name: string, text: string): void {
  if (existsSync('/work/notes')) {
    mkdirSync(NOTES, { recursive: true });
    writeFileSync(join(NOTES, name), text);
  }
}

const flat = (screen: string) => screen.replace(/\s+/g, ' ');

/** What `kill(pid, 0)` and `/proc/PID/stat` say of a process, for a failure message. */
function processReport(pid: number): string {
  let signal = 'answers kill(0)';
  try {
    process.kill(pid, 0);
  } catch (error) {
    signal = `kill(0): ${(error as NodeJS.ErrnoException).code}`;
  }
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8').trim();
  } catch (error) {
    stat = `no /proc entry (${(error as NodeJS.ErrnoException).code})`;
  }
  return `${signal}; ${stat}`;
}

async function laptop(name: string, args: string[]): Promise<TmuxPane> {
  const pane = await startPane({
    name: `cg-phones-${name}-${process.pid}`,
    cli,
    args: ['workshop', 'closing-too-soon', ...args],
    env: { COMMON_GROUND_DATA_DIR: join(dir, 'data'), NO_COLOR: '1', COMMON_GROUND_CHOICE_ORDER: 'written' },
    stderrFile: join(dir, `${name}.stderr.log`),
    columns: 100,
    rows: 30,
  });
  panes.push(pane);
  return pane;
}

async function step(pane: TmuxPane, key: string, shows: (text: string) => boolean, what: string): Promise<string> {
  await pane.keys(key);
  return pane.waitFor(shows, what);
}

/** Every phone's heading says `heading`. */
async function allAt(phones: readonly ParticipantPhone[], heading: string): Promise<void> {
  await Promise.all(phones.map((phone) => phone.waitForHeading(heading)));
}

/** The page at phone size passes axe and the tap-target and no-sideways-scroll checks. */
async function checked(phone: ParticipantPhone, what: string): Promise<void> {
  expect(await axeOnPage(phone.page), `axe on ${what}`).toBe('');
  expect(await phoneLayoutProblems(phone.page), `layout of ${what}`).toBe('');
}

/** Taps choice `index` (0-based, in the order the projector numbers them) and waits for the laptop's receipt. */
async function vote(phone: ParticipantPhone, index: number): Promise<void> {
  await phone.page.locator('.choice').nth(index).click();
  await phone.page.locator('#vote-status', { hasText: 'Vote received' }).waitFor();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cg-phones-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(panes.map((pane) => pane.close()));
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasTmux())('a workshop voted from six phones', () => {
  it('runs from join to debrief through a phone reload and a kill -9 of the laptop app', async () => {
    const port = await freePort();
    const first = await laptop('first', ['--tables', TABLES.join(','), '--serve', '--host', '127.0.0.1', '--port', String(port)]);

    // The projector: the address, the QR code and the room code.
    const joinScreen = await first.waitFor((text) => /Room code: (?:[A-Z0-9] ){5}[A-Z0-9]/.test(text), 'the join screen');
    expect(joinScreen).toContain(`http://127.0.0.1:${port}/`);
    expect(joinScreen).toContain('Phones: 0 of 6 tables');
    expect(joinScreen).toMatch(/[█▀▄]{7}/);
    const code = /Room code: ((?:[A-Z0-9] ){5}[A-Z0-9])/.exec(joinScreen)![1]!.replace(/ /g, '');
    keep('projector-join-100x30.txt', joinScreen);

    // Six phones scan the code (the address with the code after #) and take the six seats.
    const phones: ParticipantPhone[] = [];
    for (const [index, name] of TABLES.entries()) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      contexts.push(context);
      const phone = new ParticipantPhone(await context.newPage(), `http://127.0.0.1:${port}`);
      await phone.open(`#${code}`);
      await phone.waitForHeading('Choose your table');
      if (index === 0) await checked(phone, 'the lobby');
      await phone.table(name).click();
      await phone.waitForHeading('Read the scene');
      phones.push(phone);
    }
    const joined = await first.waitFor((text) => text.includes('Phones: 6 of 6 tables'), 'every table with a phone');
    for (const name of TABLES) expect(joined).toMatch(new RegExp(`✓ ${name}\\s+phone`));
    keep('projector-joined-100x30.txt', joined);

    // Decision 1: read, discuss, vote on the phones, reveal.
    await step(first, 'Escape', (text) => text.includes('[READ]'), 'the read step');
    await checked(phones[0]!, 'the read step');
    expect(await phones[0]!.page.locator('main').textContent()).toContain('Monday 5 October, 3.30pm: the child-in-need review');
    await step(first, 'Enter', (text) => text.includes('[DISCUSS]'), 'the discussion');
    await allAt(phones, 'Discuss as a table');
    await checked(phones[1]!, 'the discussion');
    await step(first, 'Enter', (text) => text.includes('End the discussion now'), 'the question before ending early');
    await step(first, 'y', (text) => text.includes('[VOTE]'), 'the vote');
    await allAt(phones, 'Vote for your table');
    await checked(phones[2]!, 'the vote');
    const votingNow = await first.waitFor((text) => text.includes('Voting on their phones:'), 'the projector naming the phones still to vote');
    expect(flat(votingNow)).toContain('Voting on their phones: Police, Health, School, Social care, GP, Housing');

    for (const index of [0, 1, 2, 3]) await vote(phones[index]!, 3);
    // A phone mid-vote, for the closing note.
    if (existsSync('/work/notes')) await phones[3]!.shoot('phone-mid-vote-real.png');
    await checked(phones[3]!, 'a vote received');
    // School reloads its page mid-vote: the same seat, its vote still counted, nothing sent twice.
    await phones[2]!.page.reload();
    await phones[2]!.waitForHeading('Vote for your table');
    await phones[2]!.page.locator('#vote-status', { hasText: 'Vote received' }).waitFor();
    expect(await phones[2]!.page.locator('#table-name').textContent()).toContain('School');
    await vote(phones[4]!, 3);
    await vote(phones[5]!, 0);
    const split = await first.waitFor((text) => text.includes('The room follows the majority'), 'the split, every phone in');
    expect(flat(split)).toContain('The room follows the majority: 4)');
    keep('projector-vote-100x30.txt', split);
    await step(first, 'Enter', (text) => text.includes('[REVEAL]'), 'the reveal');
    await allAt(phones, 'How the room voted');
    await checked(phones[5]!, 'the reveal');
    expect(flat((await phones[5]!.page.locator('main').textContent()) ?? '')).toContain('Write straight to the safeguarding partnership');

    // Decision 2: three phones vote, then the laptop app dies.
    await step(first, 'Enter', (text) => text.includes('Decision 2') && text.includes('[READ]'), 'the second decision');
    await step(first, 'Enter', (text) => text.includes('[DISCUSS]'), 'the second discussion');
    await step(first, 'Enter', (text) => text.includes('End the discussion now'), 'the question before ending early');
    await step(first, 'y', (text) => text.includes('[VOTE]'), 'the second vote');
    await allAt(phones, 'Vote for your table');
    for (const index of [0, 1, 2]) await vote(phones[index]!, 1);
    const killed = await first.pid();
    process.kill(killed, 'SIGKILL');
    await expect.poll(() => first.alive(), { timeout: 10_000 }).toBe(false);
    await phones[3]!.page.locator('#connection-status', { hasText: /Connection lost|reconnecting/i }).waitFor();
    await checked(phones[3]!, 'the reconnecting banner');
    // Social care votes while the laptop is down: the vote waits on the phone.
    await phones[3]!.page.locator('.choice').nth(1).click();

    // The trainer starts it again: the same room code, the same port, the votes still there.
    const second = await laptop('second', ['--resume', '--serve', '--host', '127.0.0.1']);
    const again = await second
      .waitFor((text) => /Room code: /.test(text) && text.includes('Phones: 6 of 6 tables'), 'the join screen again, the seats kept')
      // CI once saw the file still held by the killed app: say what the system then said of it.
      .catch((error: Error) => Promise.reject(new Error(`${error.message}\nThe killed app (pid ${killed}) now: ${processReport(killed)}`)));
    expect(again).toContain(`Room code: ${code.split('').join(' ')}`);
    expect(again).toContain(`http://127.0.0.1:${port}/`);
    await step(second, 'Escape', (text) => text.includes('[VOTE]'), 'back at the second vote');
    // The phones reconnect by themselves, and Social care's kept vote is sent and counted.
    await phones[3]!.page.locator('#vote-status', { hasText: 'Vote received' }).waitFor({ timeout: 20_000 });
    await vote(phones[4]!, 1);
    await vote(phones[5]!, 1);
    const secondSplit = await second.waitFor((text) => text.includes('The room follows the majority'), 'the second split');
    expect(flat(secondSplit)).toContain('The room follows the majority: 2)');
    await step(second, 'Enter', (text) => text.includes('[REVEAL]'), 'the second reveal');
    await allAt(phones, 'How the room voted');
    await step(second, 'Enter', (text) => text.includes('Workshop debrief: Closing too soon'), 'the debrief');
    await allAt(phones, 'The scenario has ended');
    await checked(phones[0]!, 'the end');

    // The trainer quits: the server stops with the workshop.
    await step(second, 'q', (text) => text.includes('Quit the workshop?'), 'the quit question');
    await second.keys('y');
    await expect.poll(() => second.alive(), { timeout: 10_000 }).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();

    // The saved workshop: each table counted once in each decision, the phones' votes as they were cast.
    const sessions = join(dir, 'data', 'sessions');
    const saved = readdirSync(sessions).filter((name) => name.endsWith('.json')).map((name) => JSON.parse(readFileSync(join(sessions, name), 'utf8')) as { workshop?: { rounds: Array<{ tables: number[]; votes: string[] }>; ballots?: unknown[]; live?: { code: string } } });
    const workshop = saved.find((record) => record.workshop?.live?.code === code)!.workshop!;
    expect(workshop.rounds).toHaveLength(2);
    for (const round of workshop.rounds) expect(round.tables).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(workshop.rounds[1]!.votes).size).toBe(1);
    expect(workshop.ballots).toBeUndefined();
    // Chromium logs each refused reconnection while the laptop was down; anything else is a fault.
    for (const phone of phones) expect(phone.errors.filter((error) => !/^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/live' failed/.test(error)), 'console errors on a phone').toEqual([]);
  });
});
