/**
 * The workshop server, with real sockets on 127.0.0.1 and a room with no
 * screen: the page is served with its security headers; a phone takes a
 * seat and gets its view; a vote is answered `received` only once saved,
 * and `refused` when the save failed; a wrong code, a stolen seat, a forged
 * token, a flood and an oversized message are all turned away.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { openRoom, roomReducer, type ServerMessage, type Workshop } from '../../../engine/index.js';
import { withLiveRoom } from '../../../engine/workshop/live/live-room.js';
import { startWorkshop } from '../../../engine/workshop/workshop-play.js';
import { createLiveHub, headlessRoom } from '../../../cli/live/live-hub.js';
import { startLiveServer, type LiveServer } from '../../../cli/live/live-server.js';
import { bundled } from '../../engine/workshop/load-bundled.js';

const scenario = bundled('closing-too-soon');
const CODE = 'K7M4QP';
const assets = new Map([['/', { contentType: 'text/html; charset=utf-8', body: Buffer.from('<!doctype html><title>x</title>') }]]);

interface Phone {
  socket: WebSocket;
  messages: ServerMessage[];
  next: (type: ServerMessage['type']) => Promise<ServerMessage>;
  send: (message: object) => void;
}

async function phone(server: LiveServer, headers: Record<string, string> = {}): Promise<Phone> {
  const socket = new WebSocket(`ws://127.0.0.1:${server.port}/live`, { headers });
  const messages: ServerMessage[] = [];
  const waiting: Array<{ type: string; resolve: (message: ServerMessage) => void }> = [];
  let read = 0;
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as ServerMessage);
    for (const wait of [...waiting]) {
      const found = messages.slice(read).find((message) => message.type === wait.type);
      if (found) {
        read = messages.indexOf(found) + 1;
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(found);
      }
    }
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    messages,
    send: (message) => socket.send(JSON.stringify(message)),
    next: (type) =>
      new Promise((resolve, reject) => {
        const found = messages.slice(read).find((message) => message.type === type);
        if (found) {
          read = messages.indexOf(found) + 1;
          resolve(found);
          return;
        }
        const timer = setTimeout(() => reject(new Error(`No "${type}" came; had: ${messages.map((message) => message.type).join(', ')}`)), 3000);
        waiting.push({ type, resolve: (message) => (clearTimeout(timer), resolve(message)) });
      }),
  };
}

let server: LiveServer | null = null;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await server?.close();
  server = null;
});

async function serve(options: { save?: (workshop: Workshop) => string | null; tables?: number; mode?: 'independent' } = {}) {
  const workshop = withLiveRoom(startWorkshop(scenario, { tables: options.tables ?? 3, ...(options.mode ? { mode: options.mode } : {}) }), () => CODE);
  const hub = createLiveHub(scenario, openRoom(scenario, workshop));
  const saved: Workshop[] = [];
  const room = headlessRoom(hub, openRoom(scenario, workshop), options.save ?? ((next) => (saved.push(next), null)));
  hub.attach(room);
  server = await startLiveServer({ hub, host: '127.0.0.1', port: 0, assets });
  // The trainer's moves are never refused here; while the disk fails they are not saved, which the phones' tests look at.
  const trainer = (...actions: Parameters<typeof roomReducer>[2][]) => {
    const result = room.apply(actions);
    if (!result.ok) expect(result.code).toBe('not-saved');
  };
  const open = async (headers?: Record<string, string>) => {
    const opened = await phone(server!, headers);
    sockets.push(opened.socket);
    return opened;
  };
  return { hub, room, saved, trainer, open };
}

async function seat(open: () => Promise<Phone>, table: number) {
  const opened = await open();
  await opened.next('lobby');
  opened.send({ type: 'join', code: CODE, table });
  const seated = (await opened.next('seated')) as Extract<ServerMessage, { type: 'seated' }>;
  return { ...opened, token: seated.token };
}

/** The phone's next view at `step`, passing over the earlier ones. */
async function viewAt(opened: Phone, step: string) {
  for (;;) {
    const message = (await opened.next('view')) as Extract<ServerMessage, { type: 'view' }>;
    if (message.view.step === step) return message.view;
  }
}

describe('the workshop server', () => {
  it('serves the page with a content security policy, and nothing else', async () => {
    await serve();
    const page = await fetch(`http://127.0.0.1:${server!.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`http://127.0.0.1:${server!.port}/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server!.port}/`, { method: 'POST' })).status).toBe(405);
  });

  it('shows the lobby, seats a phone and sends its view; the seat is saved', async () => {
    const { open, saved } = await serve();
    const police = await open();
    const lobby = await police.next('lobby');
    expect(lobby).toMatchObject({ type: 'lobby', title: scenario.frontmatter.title, tables: [{ index: 0, name: 'Table 1', taken: false }, { index: 1 }, { index: 2 }] });
    police.send({ type: 'join', code: CODE, table: 0 });
    const seated = (await police.next('seated')) as Extract<ServerMessage, { type: 'seated' }>;
    expect(seated).toMatchObject({ table: 0, name: 'Table 1', token: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(saved.at(-1)?.live?.seats['0']).toBe(seated.token);
    expect(await police.next('view')).toMatchObject({ view: { step: 'read', table: 0 } });
  });

  it('never lets a held seat be taken over, and takes it back only with its token', async () => {
    const { open } = await serve();
    const first = await seat(open, 1);
    const thief = await open();
    await thief.next('lobby');
    thief.send({ type: 'join', code: CODE, table: 1 });
    expect(await thief.next('refused')).toMatchObject({ code: 'seat-taken' });
    thief.send({ type: 'hello', code: CODE, table: 1, token: 'f'.repeat(32) });
    expect(await thief.next('refused')).toMatchObject({ code: 'bad-token' });
    // The phone itself, after a reload: the same seat.
    const again = await open();
    again.send({ type: 'hello', code: CODE, table: 1, token: first.token });
    expect(await again.next('seated')).toMatchObject({ table: 1, token: first.token });
  });

  it('turns away a wrong room code and a table that does not exist', async () => {
    const { open } = await serve();
    const lost = await open();
    lost.send({ type: 'join', code: 'ZZZZZZ', table: 0 });
    expect(await lost.next('refused')).toMatchObject({ code: 'wrong-room', hint: expect.stringMatching(/projector/) });
    lost.send({ type: 'join', code: CODE, table: 9 });
    expect(await lost.next('refused')).toMatchObject({ code: 'no-such-table' });
  });

  it('answers a vote only once it is saved, counts a vote sent twice once, and refuses one out of time', async () => {
    const { open, saved, trainer, room } = await serve();
    const school = await seat(open, 2);
    await school.next('view');
    const vote = (ballot: string, choice: string) => school.send({ type: 'vote', code: CODE, table: 2, token: school.token, decision: 1, choice, ballot });
    const early = room.room().cycles[0]!.decision.view.node;
    if (early.kind !== 'scene') throw new Error('not a scene');
    vote('ballot-early-1', early.choices[0]!.id);
    expect(await school.next('refused')).toMatchObject({ code: 'not-voting', ballot: 'ballot-early-1' });
    trainer({ type: 'discuss', table: 0 }, { type: 'vote', table: 0 });
    const choice = early.choices[1]!.id;
    vote('ballot-school-1', choice);
    expect(await school.next('received')).toEqual({ type: 'received', ballot: 'ballot-school-1', decision: 1, choice });
    // Saved before the phone was told.
    expect(saved.at(-1)?.ballots).toEqual([{ table: 2, decision: 1, sceneId: early.id, choiceId: choice, ballot: 'ballot-school-1' }]);
    const saves = saved.length;
    vote('ballot-school-1', choice);
    expect(await school.next('received')).toMatchObject({ ballot: 'ballot-school-1' });
    expect(saved.length).toBe(saves);
    expect(room.room().cycles[0]!.voters).toEqual([2]);
    school.send({ type: 'vote', code: CODE, table: 2, token: school.token, decision: 1, choice: 'no-such-choice', ballot: 'ballot-school-2' });
    expect(await school.next('refused')).toMatchObject({ code: 'no-such-choice' });
  });

  it('says a vote was not saved when the save failed, never that it was received, and takes it once the disk is back', async () => {
    let failing = true;
    const { open, trainer } = await serve({ save: () => (failing ? 'The disk is full.' : null) });
    // A seat is the phone's even while the disk fails: refused, it would be held by a token no phone has.
    const health = await seat(open, 1);
    trainer({ type: 'discuss', table: 0 }, { type: 'vote', table: 0 });
    const view = await viewAt(health, 'vote');
    const vote = { type: 'vote', code: CODE, table: 1, token: health.token, decision: 1, choice: view.choices[0]!.id, ballot: 'ballot-health-1' };
    health.send(vote);
    expect(await health.next('refused')).toMatchObject({ code: 'not-saved', ballot: 'ballot-health-1', hint: expect.stringMatching(/disk is full/) });
    expect(health.messages.some((message) => message.type === 'received')).toBe(false);
    // The phone sends it again once the laptop can save: received, and counted once.
    // The vote sent again is itself the moment to try the disk again.
    failing = false;
    health.send(vote);
    expect(await health.next('received')).toMatchObject({ ballot: 'ballot-health-1' });
  });

  it('keeps every seat when the screen reports a room it drew before a phone sat down', async () => {
    const { open, trainer, hub, room } = await serve();
    const police = await seat(open, 0);
    const drawn = room.room();
    const health = await seat(open, 1);
    hub.changed(drawn);
    trainer({ type: 'discuss', table: 0 }, { type: 'vote', table: 0 });
    expect(await viewAt(police, 'vote')).toMatchObject({ table: 0 });
    expect(await viewAt(health, 'vote')).toMatchObject({ table: 1 });
  });

  it('tells every seated phone when the trainer moves the room on', async () => {
    const { open, trainer } = await serve();
    const phones = [await seat(open, 0), await seat(open, 1)];
    for (const each of phones) expect(await each.next('view')).toMatchObject({ view: { step: 'read' } });
    trainer({ type: 'discuss', table: 0 });
    for (const each of phones) expect(await each.next('view')).toMatchObject({ view: { step: 'discuss' } });
    // The timer counting down is not news: each phone counts by itself.
    trainer({ type: 'timer', table: 0, action: { type: 'resume' } });
    for (const each of phones) await each.next('view');
    const count = phones[0]!.messages.length;
    trainer({ type: 'tick', elapsedMs: 1000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(phones[0]!.messages.length).toBe(count);
  });

  it('lets a phone move its own table on in independent mode, once per step, and never in the room modes', async () => {
    const { open, room } = await serve({ mode: 'independent' });
    const gp = await seat(open, 1);
    await viewAt(gp, 'read');
    const advance = { type: 'advance', code: CODE, table: 1, token: gp.token, decision: 1, from: 'read' };
    gp.send(advance);
    expect(await viewAt(gp, 'discuss')).toMatchObject({ timer: { running: true }, advance: { label: 'We are ready to vote' } });
    gp.send(advance);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(room.room().cycles.find((cycle) => cycle.tables.includes(1))?.step).toBe('discuss');
    expect(room.room().cycles.find((cycle) => cycle.tables.includes(0))?.step).toBe('read');
    await server!.close();
    const majority = await serve();
    const police = await seat(majority.open, 0);
    police.send({ ...advance, table: 0, token: police.token });
    expect(await police.next('refused')).toMatchObject({ message: 'The trainer moves the room on.' });
  });

  it('limits how fast a phone may send', async () => {
    const { open } = await serve();
    const noisy = await open();
    await noisy.next('lobby');
    for (let index = 0; index < 15; index += 1) noisy.send({ type: 'join', code: 'ZZZZZZ', table: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refusals = noisy.messages.filter((message) => message.type === 'refused');
    expect(refusals.filter((message) => message.type === 'refused' && message.code === 'wrong-room')).toHaveLength(10);
    expect(refusals.filter((message) => message.type === 'refused' && message.code === 'too-many-messages')).toHaveLength(5);
  });

  it('closes the connection of a phone that sends an oversized message', async () => {
    const { open } = await serve();
    const big = await open();
    const closed = new Promise<number>((resolve) => big.socket.once('close', (code) => resolve(code)));
    big.socket.send('x'.repeat(5000));
    expect(await closed).toBe(1009);
  });

  it('refuses a page from somewhere else driving a phone', async () => {
    await serve();
    const foreign = new WebSocket(`ws://127.0.0.1:${server!.port}/live`, { headers: { Origin: 'http://evil.example' } });
    sockets.push(foreign);
    const code = await new Promise<number>((resolve) => foreign.once('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(1013);
  });

  it('stops listening when closed', async () => {
    await serve();
    const port = server!.port;
    await server!.close();
    server = null;
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});

