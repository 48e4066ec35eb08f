/**
 * The participant page a table's phone loads from the trainer's laptop,
 * driven in Debian's Chromium at phone size (390×844) against a scripted
 * fake of the workshop server (tests/e2e/live/support/fake-live-server.ts)
 * that serves the built page with the real server's Content-Security-Policy
 * and checks every message the phone sends with the protocol's own
 * `readClientMessage`. Every screen is checked with axe and for tap-target
 * size and sideways scrolling; the main ones are photographed to
 * /work/notes/shots/17/.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { participantAssets } from '../../../cli/live/participant-assets.js';
import { BALLOT_ID_PATTERN, type ServerMessage } from '../../../engine/workshop/live/live-protocol.js';
import { launchChromium } from '../support/chromium.js';
import { startFakeLiveServer, type FakeLiveServer } from './support/fake-live-server.js';
import { fakeRoom, type FakeRoom } from './support/fake-room.js';
import { CHOICES, OTHER_ROOM, ROOM, SEAT, viewAt } from './support/live-fixtures.js';
import { ParticipantPhone } from './support/participant-phone.js';
import { axeOnPage, phoneLayoutProblems } from './support/phone-checks.js';

const seatKey = `common-ground:v1:live-seat:${ROOM}`;
const voteKey = `common-ground:v1:live-vote:${ROOM}`;

/** Chromium reports a refused WebSocket as a console error; that is the test's doing, not the page's. */
const expectedConsoleError = /^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/live' failed/;

let browser: Browser;
let server: FakeLiveServer;
let room: FakeRoom;
let context: BrowserContext | undefined;
let phone: ParticipantPhone;

beforeAll(async () => {
  server = await startFakeLiveServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  room = fakeRoom();
  server.script = room.script;
  server.refuseSockets = false;
  server.messages.length = 0;
  server.badMessages.length = 0;
  phone = await newPhone();
});

afterEach(async () => {
  const errors = phone.errors.filter((error) => !expectedConsoleError.test(error));
  await context?.close();
  context = undefined;
  server.dropSockets();
  // Every message the page sent was one the protocol accepts, and nothing broke the CSP or threw.
  expect(server.badMessages).toEqual([]);
  expect(errors).toEqual([]);
});

/** A fresh phone: its own context (so its own localStorage), at phone size. */
async function newPhone(init?: () => void): Promise<ParticipantPhone> {
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  if (init) await context.addInitScript(init);
  return new ParticipantPhone(await context.newPage(), server.origin);
}

/** Axe and the phone layout checks on the screen as it is now, with the screen's name in a failure. */
async function expectAccessible(screen: string): Promise<void> {
  expect({ screen, axe: await axeOnPage(phone.page) }).toEqual({ screen, axe: '' });
  expect({ screen, layout: await phoneLayoutProblems(phone.page) }).toEqual({ screen, layout: '' });
}

/** Opens the room from its QR link and takes Table 2, arriving at `view`. */
async function takeSeat(view: ServerMessage = viewAt('read')): Promise<void> {
  room.view = view;
  await phone.open(`#${ROOM}`);
  await phone.table('Table 2').click();
  await phone.page.locator('#table-name', { hasText: SEAT.name }).waitFor();
}

describe('participant page: joining', () => {
  it('fills in the room code from the QR link and shows the lobby with the taken seat disabled', async () => {
    await phone.open(`#${ROOM}`);
    await phone.waitForHeading('Choose your table');
    expect(await phone.page.title()).toBe('Choose your table – Common Ground');
    expect(await phone.page.locator('.caption').textContent()).toBe('Closed at the front door');
    await expect.poll(() => phone.table('Table 1').isDisabled()).toBe(true);
    expect(await phone.table('Table 1').textContent()).toContain('Taken');
    for (const name of ['Table 2', 'Table 3', 'Table 4']) expect(await phone.table(name).isEnabled()).toBe(true);
    // The lobby comes by itself: nothing is sent until a table is tapped.
    expect(server.messages).toEqual([]);
    await expectAccessible('lobby');
    await phone.shoot('phone-lobby.png');
  });

  it('checks a typed room code and says what is wrong in a GOV.UK error summary', async () => {
    await phone.open();
    await phone.waitForHeading('Join the workshop');
    expect(server.openSockets()).toBe(0);
    await expectAccessible('code entry');
    await phone.shoot('phone-code.png');

    await phone.enterCode('k7m 4q0');
    await phone.errorSummary().waitFor();
    expect(await phone.errorSummary().textContent()).toContain('There is a problem');
    expect(await phone.errorSummary().textContent()).toContain('Room code must only include letters and the digits 2 to 9');
    expect(await phone.page.locator('#room-code-error').textContent()).toContain('Room code must only include');
    expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await phone.page.title()).toBe('Error: Join the workshop – Common Ground');
    expect(await phone.codeField().getAttribute('aria-invalid')).toBe('true');
    expect(await phone.codeField().inputValue()).toBe('K7M4Q0');
    await expectAccessible('code error');
    await phone.shoot('phone-code-error.png');

    // The summary's link goes to the field without touching the hash, where the page reads the code.
    await phone.errorSummary().getByRole('link').click();
    expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('room-code');
    expect(await phone.page.evaluate(() => location.hash)).toBe('');

    await phone.enterCode('k7m');
    await expect.poll(() => phone.errorSummary().textContent()).toContain('Room code must be 6 characters');
    await phone.enterCode('');
    await expect.poll(() => phone.errorSummary().textContent()).toContain('Enter the room code');

    await phone.enterCode(' k7m 4qp ');
    await phone.waitForHeading('Choose your table');
    expect(await phone.page.evaluate(() => location.hash)).toBe(`#${ROOM}`);
  });

  it('sends a phone with another room’s code back to the code field with the server’s words', async () => {
    await phone.open(`#${OTHER_ROOM}`);
    await phone.table('Table 2').click();
    expect(await server.waitForMessage('join')).toEqual({ type: 'join', code: OTHER_ROOM, table: 1 });
    await phone.errorSummary().waitFor();
    await phone.waitForHeading('Join the workshop');
    const summary = await phone.errorSummary().textContent();
    expect(summary).toContain('That code is not for the workshop running on this laptop');
    expect(summary).toContain("Check the room code on the trainer's screen and enter it again.");
    expect(await phone.codeField().inputValue()).toBe(OTHER_ROOM);
    expect(await phone.page.evaluate(() => location.hash)).toBe('');
    expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    await expectAccessible('wrong-room error');

    // The socket stays open: a lobby arriving while the code is retyped leaves the typing alone.
    await phone.codeField().fill('K7M');
    server.broadcast({ type: 'lobby', title: 'Closed at the front door', tables: [] });
    await phone.page.waitForTimeout(200);
    expect(await phone.codeField().inputValue()).toBe('K7M');
    expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('room-code');
    await phone.page.keyboard.type('4QP');
    await phone.page.keyboard.press('Enter');
    await phone.waitForHeading('Choose your table');
  });

  it('says so when another phone took the seat first, and shows it taken', async () => {
    room.taken.add(1);
    await phone.open(`#${ROOM}`);
    await phone.waitForHeading('Choose your table');
    // Make this phone's lobby out of date, as if the other phone joined a moment after it loaded.
    server.broadcast({ type: 'lobby', title: 'Closed at the front door', tables: [0, 1, 2, 3].map((index) => ({ index, name: `Table ${index + 1}`, taken: index === 0 })) });
    await expect.poll(() => phone.table('Table 2').isEnabled()).toBe(true);
    await phone.table('Table 2').click();
    await phone.page.locator('#problem', { hasText: 'Table 2 already has a phone' }).waitFor();
    expect(await phone.page.locator('#problem').textContent()).toContain('Choose your own table');
    server.broadcast({ type: 'lobby', title: 'Closed at the front door', tables: [0, 1, 2, 3].map((index) => ({ index, name: `Table ${index + 1}`, taken: index < 2 })) });
    await expect.poll(() => phone.table('Table 2').isDisabled()).toBe(true);
    expect(await phone.stored()).toEqual({});
    await expectAccessible('seat taken');
  });

  it('takes a seat, keeps its token for the room, and takes it back with hello after a reload', async () => {
    await takeSeat();
    expect(server.messages).toEqual([{ type: 'join', code: ROOM, table: 1 }]);
    await phone.waitForHeading('Read the scene');
    expect(await phone.stored()).toEqual({ [seatKey]: { code: ROOM, table: 1, token: SEAT.token } });

    const from = server.messages.length;
    await phone.page.reload();
    expect(await server.waitForMessage('hello', { from })).toEqual({ type: 'hello', code: ROOM, table: 1, token: SEAT.token });
    await phone.waitForHeading('Read the scene');
    expect(server.messages.slice(from).map((message) => message.type)).toEqual(['hello']);
  });

  it('forgets a seat the server no longer holds and shows the lobby again', async () => {
    await takeSeat();
    await phone.page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [seatKey, JSON.stringify({ code: ROOM, table: 1, token: 'f'.repeat(32) })] as const,
    );
    await phone.page.reload();
    await phone.page.locator('#problem', { hasText: 'no longer held' }).waitFor();
    await phone.waitForHeading('Choose your table');
    expect(await phone.stored()).toEqual({});
  });
});

describe('participant page: the steps', () => {
  it('shows each step with its own heading, title and announcement', async () => {
    await takeSeat(viewAt('read'));
    await phone.waitForHeading('Read the scene');
    expect(await phone.page.title()).toBe('Read the scene – Table 2 – Common Ground');
    const main = phone.page.locator('main');
    expect(await main.textContent()).toContain('Kai');
    expect(await main.textContent()).toContain('Mon 23 Nov 2026, 08:40');
    expect(await main.textContent()).toContain('Stage 1: Talk it through between the agencies');
    expect(await phone.page.locator('#waiting-for').textContent()).toBe('Read the scene. Waiting for the trainer to start the discussion.');
    await expectAccessible('read');
    await phone.shoot('phone-read.png');

    server.broadcast(viewAt('discuss'));
    await phone.waitForHeading('Discuss as a table');
    expect(await phone.page.title()).toBe('Discuss as a table – Table 2 – Common Ground');
    await expect.poll(() => phone.announced()).toBe('The discussion has started.');
    expect(await phone.page.locator('.countdown__time').textContent()).toMatch(/^(5:00|4:59)$/);
    // Counts down on the phone between the server's views.
    await expect.poll(() => phone.page.locator('.countdown__time').textContent(), { timeout: 4000 }).toMatch(/^4:5[0-8]$/);
    expect(await main.textContent()).toContain('Questions for your table');
    expect(await main.textContent()).toContain('What might the front door know');
    expect(await phone.page.locator('details summary').textContent()).toBe('Read the scene again');
    // The seconds are not a live region: only the step was announced.
    expect(await phone.page.locator('#countdown').getAttribute('aria-live')).toBeNull();
    await expectAccessible('discuss');
    await phone.shoot('phone-discuss.png');

    // A new view of the same step (the trainer paused the timer) leaves the scene open if the table opened it.
    await phone.page.locator('details summary').click();
    server.broadcast(viewAt('discuss', { timer: { remainingMs: 123_000, running: false, ranOut: false } }));
    await expect.poll(() => phone.page.locator('.countdown__time').textContent()).toBe('2:03');
    expect(await phone.page.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => phone.page.locator('.countdown__note').textContent()).toBe('Paused');
    expect(await phone.page.locator('.countdown__time').textContent()).toBe('2:03');
    await phone.page.waitForTimeout(1200);
    expect(await phone.page.locator('.countdown__time').textContent()).toBe('2:03');

    server.broadcast(viewAt('discuss', { timer: { remainingMs: 0, running: false, ranOut: true } }));
    await expect.poll(() => phone.page.locator('.countdown__note').textContent()).toBe('Time is up');
    await expect.poll(() => phone.announced()).toBe('Time is up.');
    await expectAccessible('discuss, time up');

    server.broadcast(viewAt('vote'));
    await phone.waitForHeading('Vote for your table');
    expect(await phone.page.locator('.choice').count()).toBe(3);
    await expect.poll(() => phone.announced()).toContain('The vote is open');

    server.broadcast(viewAt('reveal'));
    await phone.waitForHeading('How the room voted');
    expect(await phone.page.title()).toBe('How the room voted – Table 2 – Common Ground');
    const lines = phone.page.locator('.tally__line');
    expect(await lines.count()).toBe(3);
    expect(await lines.nth(0).textContent()).toContain('3 tables');
    expect(await lines.nth(0).textContent()).toContain('Your table');
    expect(await lines.nth(0).textContent()).toContain('Followed');
    expect(await lines.nth(1).textContent()).toContain('1 table');
    expect(await lines.nth(1).textContent()).not.toContain('Your table');
    expect(await lines.nth(2).textContent()).toContain('0 tables');
    expect(await phone.page.locator('.followed').textContent()).toBe(`The story follows: ${CHOICES[0].label}`);
    expect(await main.textContent()).toContain('A strong choice.');
    await expectAccessible('reveal');
    await phone.shoot('phone-reveal.png');

    server.broadcast(viewAt('finished'));
    await phone.waitForHeading('The scenario has ended');
    expect(await main.textContent()).toContain('A strategy discussion is held');
    expect(await main.textContent()).toContain('Thank you for taking part.');
    expect(await phone.page.locator('#waiting-for').textContent()).toBe('Your table has reached an ending. The trainer will lead the debrief.');
    await expectAccessible('finished');
    await phone.shoot('phone-finished.png');
  });
});

describe('participant page: independent mode', () => {
  it('moves the table on with the view’s own button, once per step', async () => {
    await takeSeat(viewAt('read', { advance: { label: 'Start our discussion' }, waitingFor: 'Tap the button below when your table has read the scene.' }));
    const button = phone.page.getByRole('button', { name: 'Start our discussion' });
    await button.waitFor();
    await expectAccessible('read, independent');
    await phone.shoot('phone-read-independent.png');
    const from = server.messages.length;
    await button.click();
    expect(await server.waitForMessage('advance', { from })).toEqual({ type: 'advance', code: ROOM, table: 1, token: SEAT.token, decision: 1, from: 'read' });
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('advance');
    // A second tap (forced: Playwright will not tap what says it is disabled, a person will) sends nothing more.
    await button.click({ force: true });
    server.broadcast(viewAt('discuss', { advance: { label: 'Go to the vote' } }));
    await phone.waitForHeading('Discuss as a table');
    expect(await phone.page.getByRole('button', { name: 'Go to the vote' }).isEnabled()).toBe(true);
    expect(server.messages.slice(from).filter((message) => message.type === 'advance')).toHaveLength(1);
  });
});

describe('participant page: voting', () => {
  it('sends a well-formed vote in one tap, shows Sending then Received, and a change sends a new ballot', async () => {
    room.acknowledgeVotes = false;
    await takeSeat(viewAt('vote'));
    await phone.waitForHeading('Vote for your table');
    expect(await phone.voteStatus().textContent()).toBe('Your table has not voted yet.');
    await expectAccessible('vote');
    await phone.shoot('phone-vote.png');

    const from = server.messages.length;
    await phone.choice('Phone Dan today').click();
    const vote = await server.waitForMessage('vote', { from });
    expect(vote).toMatchObject({ type: 'vote', code: ROOM, table: 1, token: SEAT.token, decision: 1, choice: CHOICES[0].id });
    expect(vote.ballot).toMatch(BALLOT_ID_PATTERN);
    expect(vote.ballot).toMatch(/^[0-9a-f]{32}$/);
    expect(await phone.voteStatus().textContent()).toBe('Sending…');
    expect(await phone.choice('Phone Dan today').getAttribute('aria-pressed')).toBe('true');
    expect(await phone.choice('Accept the outcome').getAttribute('aria-pressed')).toBe('false');
    // Kept on the phone until the server says it is counted, and focus stays on the tapped choice.
    expect((await phone.stored())[voteKey]).toEqual({ code: ROOM, decision: 1, choice: CHOICES[0].id, ballot: vote.ballot });
    expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('choice-1');

    server.broadcast({ type: 'received', ballot: vote.ballot, decision: 1, choice: CHOICES[0].id });
    await expect.poll(() => phone.voteStatus().textContent()).toBe(`Vote received: ${CHOICES[0].label}. You can change it until the trainer closes the vote.`);
    await expect.poll(() => phone.announced()).toBe(`Vote received: ${CHOICES[0].label}.`);
    // The receipt says what the server's "Vote received. You can change it…" would, so that is not shown twice.
    server.broadcast(viewAt('vote', { myVote: CHOICES[0].id, waitingFor: 'Vote received. You can change it until the trainer closes the vote.' }));
    await expect.poll(() => phone.page.locator('#waiting-for').count()).toBe(0);
    expect((await phone.stored())[voteKey]).toBeUndefined();
    await expectAccessible('vote received');
    await phone.shoot('phone-received.png');

    // A second tap on the counted choice sends nothing; another choice sends a new ballot.
    await phone.choice('Phone Dan today').click();
    await phone.choice('Accept the outcome').click();
    const change = await server.waitForMessage('vote', { from: server.messages.indexOf(vote) + 1 });
    expect(change).toMatchObject({ choice: CHOICES[1].id, decision: 1 });
    expect(change.ballot).not.toBe(vote.ballot);
    expect(server.messages.slice(from).filter((message) => message.type === 'vote')).toHaveLength(2);
    server.broadcast({ type: 'received', ballot: change.ballot, decision: 1, choice: CHOICES[1].id });
    server.broadcast(viewAt('vote', { myVote: CHOICES[1].id }));
    await expect.poll(() => phone.voteStatus().textContent()).toBe(`Vote received: ${CHOICES[1].label}. You can change it until the trainer closes the vote.`);
    expect(await phone.choice('Accept the outcome').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the vote the server counted (the view’s myVote) when the phone arrives at the vote', async () => {
    await takeSeat(viewAt('vote', { myVote: CHOICES[2].id }));
    await expect.poll(() => phone.voteStatus().textContent()).toContain(`Vote received: ${CHOICES[2].label}.`);
    expect(await phone.choice('Email Dan’s team manager').getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps a vote through a dropped connection and sends it again with the same ballot id', async () => {
    room.acknowledgeVotes = false;
    await takeSeat(viewAt('vote'));
    await phone.choice('Email Dan’s team manager').click();
    const vote = await server.waitForMessage('vote');

    server.refuseSockets = true;
    server.dropSockets();
    await expect
      .poll(() => phone.banner())
      .toBe('Connection lost — reconnecting. Your vote is kept on this phone and will be sent when the connection is back.');
    expect(await phone.voteStatus().textContent()).toContain('Not sent yet: Email Dan’s team manager');
    expect((await phone.stored())[voteKey]).toMatchObject({ ballot: vote.ballot });
    await expect.poll(() => phone.announced()).toBe('Connection lost. Reconnecting.');
    await expectAccessible('reconnecting');
    await phone.shoot('phone-reconnecting.png');

    const from = server.messages.length;
    room.acknowledgeVotes = true;
    server.refuseSockets = false;
    expect(await server.waitForMessage('hello', { from })).toEqual({ type: 'hello', code: ROOM, table: 1, token: SEAT.token });
    const again = await server.waitForMessage('vote', { from });
    expect(again).toEqual(vote);
    await expect.poll(() => phone.voteStatus().textContent()).toContain(`Vote received: ${CHOICES[2].label}.`);
    await expect.poll(() => phone.banner()).toBe('');
    expect((await phone.stored())[voteKey]).toBeUndefined();
  });

  it('sends a kept vote again with the same ballot id after a reload while the laptop is out of reach', async () => {
    room.acknowledgeVotes = false;
    await takeSeat(viewAt('vote'));
    await phone.choice('Phone Dan today').click();
    const vote = await server.waitForMessage('vote');

    server.refuseSockets = true;
    server.dropSockets();
    await phone.page.reload();
    await phone.waitForHeading('Rejoining as Table 2');
    await expect.poll(() => phone.banner()).toMatch(/^(Connecting…|Still trying to reach the trainer's laptop\.)/);
    await expectAccessible('rejoining');

    const from = server.messages.length;
    server.refuseSockets = false;
    await server.waitForMessage('hello', { from });
    expect(await server.waitForMessage('vote', { from })).toEqual(vote);
    await expect.poll(() => phone.voteStatus().textContent()).toBe('Sending…');
  });

  it('drops a kept vote once the room has moved past its decision', async () => {
    room.acknowledgeVotes = false;
    await takeSeat(viewAt('vote'));
    await phone.choice('Phone Dan today').click();
    await server.waitForMessage('vote');
    expect((await phone.stored())[voteKey]).toBeDefined();
    server.broadcast(viewAt('reveal'));
    await phone.waitForHeading('How the room voted');
    expect((await phone.stored())[voteKey]).toBeUndefined();
  });

  it('shows the server’s reason when it refuses a vote for good, and forgets the vote so it can be tapped again', async () => {
    room.acknowledgeVotes = false;
    await takeSeat(viewAt('vote'));
    await phone.choice('Phone Dan today').click();
    const vote = await server.waitForMessage('vote');
    server.broadcast({ type: 'refused', code: 'no-such-choice', message: 'That choice is not in this vote', hint: 'Tap your choice again.', ballot: vote.ballot });
    await phone.page.locator('#problem', { hasText: 'not in this vote' }).waitFor();
    expect(await phone.page.locator('#problem').textContent()).toContain('Tap your choice again.');
    expect((await phone.stored())[voteKey]).toBeUndefined();
    expect(await phone.voteStatus().textContent()).toBe('Your table has not voted yet.');
    await expectAccessible('vote refused');
  });

  it('keeps a vote the laptop could not save and sends it again by itself, with the same ballot id', async () => {
    // The real server's words for a failed save; the page says what it is doing about it instead.
    room.voteRefusals.push({ code: 'not-saved', message: 'The trainer’s laptop could not save that.', hint: 'Try again in a moment; tell the trainer if it goes on (the disk is full).' });
    await takeSeat(viewAt('vote'));
    const from = server.messages.length;
    await phone.choice('Phone Dan today').click();
    const vote = await server.waitForMessage('vote', { from });

    const problem = phone.page.locator('#problem');
    await problem.filter({ hasText: "The trainer's laptop could not save your vote yet." }).waitFor();
    expect(await problem.textContent()).toContain('It will be sent again in a moment.');
    expect(await problem.textContent()).not.toContain('Try again');
    expect(await phone.voteStatus().textContent()).toBe(`Not saved yet: ${CHOICES[0].label}. It is kept on this phone.`);
    expect(await phone.choice('Phone Dan today').getAttribute('aria-pressed')).toBe('true');
    expect((await phone.stored())[voteKey]).toEqual({ code: ROOM, decision: 1, choice: CHOICES[0].id, ballot: vote.ballot });
    // Not sent again at once: the laptop is given a few seconds.
    expect(server.messages.slice(from).filter((message) => message.type === 'vote')).toHaveLength(1);
    await expect.poll(() => phone.announced()).toBe("The trainer's laptop could not save your vote yet. It will be sent again in a moment.");
    await phone.shoot('phone-vote-not-saved.png');

    const again = await server.waitForMessage('vote', { from: server.messages.indexOf(vote) + 1 });
    expect(again).toEqual(vote);
    await expect.poll(() => phone.voteStatus().textContent()).toBe(`Vote received: ${CHOICES[0].label}. You can change it until the trainer closes the vote.`);
    expect(await problem.count()).toBe(0);
    expect((await phone.stored())[voteKey]).toBeUndefined();
    // Sent again by itself: no hello, no second join, just the one vote twice.
    expect(server.messages.slice(from)).toEqual([vote, vote]);
  });
});

describe('participant page: the phone and the laptop', () => {
  it('works when the browser refuses localStorage, keeping the seat in memory', async () => {
    await context?.close();
    phone = await newPhone(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await takeSeat(viewAt('vote'));
    await phone.choice('Accept the outcome').click();
    await expect.poll(() => phone.voteStatus().textContent()).toContain(`Vote received: ${CHOICES[1].label}.`);

    const from = server.messages.length;
    server.dropSockets();
    expect(await server.waitForMessage('hello', { from })).toEqual({ type: 'hello', code: ROOM, table: 1, token: SEAT.token });
  });

  it('loads only from the laptop, within its Content-Security-Policy, in under 60 KB', async () => {
    const urls: string[] = [];
    phone.page.on('request', (request) => urls.push(request.url()));
    await takeSeat(viewAt('reveal'));
    await phone.waitForHeading('How the room voted');
    expect(urls.every((url) => url.startsWith(`${server.origin}/`) || url.startsWith('data:'))).toBe(true);
    expect(new Set(urls.map((url) => new URL(url).pathname))).toEqual(new Set(['/', '/participant.css', '/participant.js']));
    // The bars' widths are set through the CSSOM, which the CSP allows; a style attribute would be refused.
    expect(await phone.page.locator('.tally__fill').first().evaluate((element) => (element as HTMLElement).style.width)).toBe('100%');
    const bytes = [...participantAssets().values()].reduce((total, asset) => total + asset.body.length, 0);
    expect(bytes).toBeLessThan(60 * 1024);
  });
});
