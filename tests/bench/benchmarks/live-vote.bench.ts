/**
 * From a table's phone tapping its vote to the projector showing it: 20
 * phones on real WebSockets to the workshop server on 127.0.0.1, the real
 * full-screen workshop (`WorkshopApp`) rendered by Ink as in the terminal
 * (throttled frames, not ink-testing-library's debug mode) on a fake
 * 120×50 screen, and every change saved to a session file on disk through
 * the command's own saver, as `workshop --serve` does.
 *
 * Each vote is timed from just before the phone sends it to three moments:
 * the phone hearing `received` (saved), the screen telling the hub of a
 * room holding the ballot (the moment the server tells the other phones),
 * and the first frame written to the screen that shows the table's vote. The tables
 * vote in bursts, each phone at a random moment within half a second of
 * the vote opening, as a room does. The vote is opened and discarded
 * (back to the discussion, then to the vote again) a few times at each
 * decision, then recorded, along the author's path through the scenario.
 *
 * The baseline is a WebSocket echo on the same loopback in the same run: a
 * vote-sized message out and back, one at a time, between the vote bursts.
 * The phones and the echo client run in this process too, so their work is
 * in the figures; a real room's phones are elsewhere.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { render } from 'ink';
import { createElement } from 'react';
import { WebSocket, WebSocketServer } from 'ws';
import { openRoom, startWorkshop, tableDecisionNumber, voteStatus, withLiveRoom, type RoomAction } from '../../../engine/index.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import { createTheme } from '../../../cli/app/theme.js';
import { WorkshopApp } from '../../../cli/app/workshop/WorkshopApp.js';
import type { WorkshopServices } from '../../../cli/app/workshop/workshop-services.js';
import { workshopSaver } from '../../../cli/commands/workshop/workshop-session-file.js';
import { joinInfo } from '../../../cli/live/join-info.js';
import { createLiveHub, type LiveHub } from '../../../cli/live/live-hub.js';
import { startLiveServer } from '../../../cli/live/live-server.js';
import { createSessionStore, nodeSessionFs } from '../../../cli/session-store/index.js';
import { LivePhone, liveUrl, sleep } from '../../robustness/support/live-phones.js';
import { judge, type BenchRow } from '../lib/bench-row.js';
import { randomInt, seededRandom } from '../lib/seeded-random.js';
import { quantile, summarise } from '../lib/stats.js';

const TABLES = 20;
/** Vote bursts per decision: the last is recorded, the others discarded by stepping back. */
const BURSTS_PER_DECISION = 5;
/** Decisions along the author's path (closing-too-soon has six before its ending). */
const DECISIONS = 5;
/** Each phone votes at a random moment in this window after the vote opens. */
const BURST_WINDOW_MS = 500;
const ECHOES_PER_BURST = 20;
const CODE = 'K7M4QP';
const SCREEN = { columns: 120, rows: 50 };
/** Longest wait for any one vote to reach every place it is timed at before the benchmark gives up. */
const WAIT_MS = 10_000;

/** One vote's times, in milliseconds after it was sent. */
interface VoteTiming {
  table: number;
  number: number;
  sentAt: number;
  ack?: number;
  hub?: number;
  frame?: number;
}

/** A terminal as Ink sees it: sized, a TTY, recording when each write shows each table's vote. */
class FakeScreen extends EventEmitter {
  readonly isTTY = true;
  readonly columns = SCREEN.columns;
  readonly rows = SCREEN.rows;
  /** The newest frame's text, escape codes removed. */
  text = '';
  onFrame: (text: string, at: number) => void = () => {};
  write = (chunk: string | Uint8Array): boolean => {
    const at = performance.now();
    const text = String(chunk).replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
    // Ink wraps a frame in synchronised-output codes, written apart: those carry no text.
    if (text.trim().length === 0) return true;
    this.text = text;
    this.onFrame(text, at);
    return true;
  };
}

/** A keyboard the benchmark types on, as ink-testing-library's. */
class FakeKeyboard extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  type(text: string): void {
    this.data = text;
    this.emit('readable');
    this.emit('data', text);
  }
  read = (): string | null => {
    const data = this.data;
    this.data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

/** The table votes a frame's "Votes" block shows, by table index (null: not voted). */
function votesOnScreen(text: string): Map<number, number | null> {
  const start = text.indexOf('Votes');
  const end = text.indexOf('The split', start);
  const shown = new Map<number, number | null>();
  if (start < 0 || end < 0) return shown;
  for (const match of text.slice(start, end).matchAll(/Table (\d+) +([0-9]+|\?|·)/g)) shown.set(Number(match[1]) - 1, /\d/.test(match[2]!) ? Number(match[2]) : null);
  return shown;
}

async function waitUntil(done: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`live-vote: waited ${timeoutMs} ms for ${what}.`);
    await sleep(2);
  }
}

/** A WebSocket echo on loopback, and a client timing round trips of vote-sized text. */
async function startEcho(): Promise<{ roundTrip: () => Promise<number>; close: () => Promise<void> }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  server.on('connection', (socket) => socket.on('message', (data) => socket.send(String(data))));
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const client = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    client.once('open', () => resolve());
    client.once('error', reject);
  });
  const text = JSON.stringify({ type: 'vote', code: CODE, table: 7, token: '0'.repeat(32), decision: 3, choice: 'ask-for-time-tomorrow', ballot: 'K7M4QP-t8-d3-b1-abcdef' });
  return {
    roundTrip: () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        client.once('message', () => resolve(performance.now() - start));
        client.send(text);
      }),
    close: async () => {
      client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The trainer's move through the screen's port; it must be taken. */
function trainer(hub: LiveHub, ...actions: RoomAction[]): void {
  const result = hub.apply(actions);
  if (!result.ok) throw new Error(`live-vote: the trainer's ${actions.map((action) => action.type).join(', ')} was refused: ${result.message}`);
}

/** The row of one timed moment. */
function latencyRow(figure: string, samples: number[], echoP95: number, echo: number[], target: boolean): BenchRow {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = quantile(sorted, 0.95);
  const note = `p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms over ${sorted.length} votes (echo p95 ${echoP95.toFixed(2)} ms)`;
  return {
    group: 'live',
    figure,
    unit: 'ms',
    summary: summarise(samples),
    baseline: { label: 'WebSocket echo on loopback', unit: 'ms', summary: summarise(echo) },
    ratio: { value: p95 / echoP95, label: 'x echo, at p95' },
    ...(target ? { target: 'p95 < 100 ms' } : {}),
    status: target ? judge(p95, '<', 100) : 'report',
    note,
  };
}

/** The live-vote figures. */
export async function benchLiveVote(root: string): Promise<BenchRow[]> {
  const file = join(root, 'scenarios', 'closing-too-soon.mdx');
  const { scenario } = parseScenario(readFileSync(file, 'utf8'), 'scenarios/closing-too-soon.mdx');
  if (!scenario) throw new Error('closing-too-soon did not parse');
  const dir = mkdtempSync(join(tmpdir(), 'common-ground-live-bench-'));
  const store = createSessionStore({ fs: nodeSessionFs(), dir, now: () => new Date(), token: 'live-bench' });
  const path = join(dir, 'workshop-live-bench.json');
  const save = workshopSaver(store, path, { scenario, scenarioFile: file, startedAt: new Date().toISOString() }, () => new Date());
  const workshop = withLiveRoom(startWorkshop(scenario, { tables: TABLES, mode: 'majority' }), () => CODE);
  const hub = createLiveHub(scenario, openRoom(scenario, workshop));
  const timings = new Map<string, VoteTiming>();
  const waitingHub = new Set<string>();
  const waitingFrame = new Set<string>();
  // Subscribed before the server, so this hears each change first.
  let seatsDrawn = 0;
  hub.subscribe((room) => {
    const at = performance.now();
    seatsDrawn = Object.keys(room.workshop.live?.seats ?? {}).length;
    for (const ballot of room.workshop.ballots ?? []) {
      if (ballot.ballot === null || !waitingHub.has(ballot.ballot) || Number.isNaN(timings.get(ballot.ballot)!.sentAt)) continue;
      timings.get(ballot.ballot)!.hub = at - timings.get(ballot.ballot)!.sentAt;
      waitingHub.delete(ballot.ballot);
    }
  });
  const server = await startLiveServer({ hub, host: '127.0.0.1', port: 0, assets: new Map() });
  const screen = new FakeScreen();
  const keyboard = new FakeKeyboard();
  screen.onFrame = (text, at) => {
    if (waitingFrame.size === 0) return;
    const shown = votesOnScreen(text);
    for (const ballot of [...waitingFrame]) {
      const timing = timings.get(ballot)!;
      if (Number.isNaN(timing.sentAt) || shown.get(timing.table) !== timing.number) continue;
      timing.frame = at - timing.sentAt;
      waitingFrame.delete(ballot);
    }
  };
  const services: WorkshopServices = {
    save,
    exportRecord: () => ({ files: [] }),
    ticker: () => () => {},
    path,
    resumeCommand: 'common-ground workshop closing-too-soon',
    autostart: false,
    bell: () => {},
    live: { hub, join: await joinInfo(server.url, CODE, 'loopback') },
  };
  const app = render(createElement(WorkshopApp, { start: { scenario, workshop, notice: null }, theme: createTheme(false), services }), {
    stdout: screen as unknown as NodeJS.WriteStream,
    stderr: new FakeScreen() as unknown as NodeJS.WriteStream,
    stdin: keyboard as unknown as NodeJS.ReadStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const echo = await startEcho();
  // Views that, after the phone heard `received` for this burst's vote, show it missing (an older room, passed on by the screen).
  let regressions = 0;
  let burstBallots = new Set<string>();
  const phones = Array.from({ length: TABLES }, (_, table) =>
    new LivePhone({
      url: liveUrl(server.port),
      code: CODE,
      name: `table ${table + 1}`,
      onSend: (_phone, message) => {
        if (message.type === 'vote') timings.get(message.ballot)!.sentAt = performance.now();
      },
      onMessage: (phone, message) => {
        const acked = phone.acks.at(-1);
        if (message.type === 'view' && acked !== undefined && burstBallots.has(acked.ballot) && message.view.myVote !== acked.choice) regressions += 1;
      },
    }),
  );
  const random = seededRandom(2026);
  const echoes: number[] = [];
  try {
    // The screen attaches the room to the hub once it is up; the join screen shows first, and j closes it.
    await waitUntil(() => hub.apply([]).ok, 'the workshop screen to attach to the hub');
    // One phone at a time, each seat drawn on the screen before the next joins. The screen tells the hub of the
    // room it drew, which can be older than the room the server seated a phone in, and the server then drops that
    // phone's seat without a word, so it never hears the vote open: a bug of the server and screen, reported with
    // this benchmark. Waiting here keeps the figures about votes, not about that.
    for (const [table, phone] of phones.entries()) {
      await phone.connect();
      await phone.join(table);
      await waitUntil(() => seatsDrawn > table, `the screen to draw table ${table + 1}'s seat`);
    }
    keyboard.type('j');
    let bursts = 0;
    for (let decision = 0; decision < DECISIONS; decision += 1) {
      let cycle = hub.room().cycles[0];
      while (cycle?.decision.kind === 'continue') {
        trainer(hub, { type: 'discuss', table: 0 }, { type: 'next', table: 0 });
        cycle = hub.room().cycles[0];
      }
      if (!cycle) break;
      const node = cycle.decision.view.node;
      if (node.kind !== 'scene') break;
      const recommended = scenario.scenes[node.id]?.choices.find((choice) => choice.recommended)?.id ?? node.choices[0]!.id;
      trainer(hub, { type: 'discuss', table: 0 }, { type: 'vote', table: 0 });
      const number = tableDecisionNumber(hub.room(), 0);
      for (let burst = 0; burst < BURSTS_PER_DECISION; burst += 1) {
        if (burst > 0) trainer(hub, { type: 'back', table: 0 }, { type: 'vote', table: 0 });
        // Every phone at the vote, and the screen showing no votes yet, before the burst starts.
        await Promise.all(phones.map((phone) => phone.waitForView((view) => view.step === 'vote' && view.decision === number && view.myVote === null, `the vote of decision ${number}`)));
        await waitUntil(() => { const shown = votesOnScreen(screen.text); return shown.size === TABLES && [...shown.values()].every((vote) => vote === null); }, 'the vote screen with no votes');
        const ballots = phones.map((phone, table) => {
          const choice = random() < 0.7 ? recommended : node.choices[randomInt(random, 0, node.choices.length - 1)]!.id;
          const ballot = `${CODE}-t${table + 1}-d${number}-b${burst}-${randomInt(random, 0, 0xffffff).toString(16).padStart(6, '0')}`;
          timings.set(ballot, { table, number: node.choices.find((entry) => entry.id === choice)!.number, sentAt: Number.NaN });
          waitingHub.add(ballot);
          waitingFrame.add(ballot);
          burstBallots.add(ballot);
          return { phone, vote: { decision: number, choice, ballot }, delay: randomInt(random, 0, BURST_WINDOW_MS) };
        });
        await Promise.all(ballots.map(async ({ phone, vote, delay }) => {
          await sleep(delay);
          await phone.sendVote(vote);
          await phone.waitForAck(vote.ballot, WAIT_MS);
          timings.get(vote.ballot)!.ack = phone.acks.find((ack) => ack.ballot === vote.ballot)!.at - timings.get(vote.ballot)!.sentAt;
        }));
        await waitUntil(() => waitingHub.size === 0 && waitingFrame.size === 0, `${waitingFrame.size} votes to reach the screen and ${waitingHub.size} the hub`);
        burstBallots = new Set();
        // The first burst warms the JIT and is not counted.
        if (bursts === 0) for (const { vote } of ballots) timings.delete(vote.ballot);
        bursts += 1;
        for (let n = 0; n < ECHOES_PER_BURST; n += 1) echoes.push(await echo.roundTrip());
      }
      const status = voteStatus(hub.room().workshop, hub.room().cycles[0]!);
      const recommendedNumber = node.choices.find((choice) => choice.id === recommended)!.number;
      const pick = status.needs?.kind === 'pick' ? (status.needs.among.includes(recommendedNumber) ? recommendedNumber : status.needs.among[0]) : undefined;
      trainer(hub, { type: 'decide', table: 0, ...(pick === undefined ? {} : { trainerPick: pick }) });
      trainer(hub, { type: 'next', table: 0 });
    }
  } finally {
    for (const phone of phones) phone.drop();
    app.unmount();
    await echo.close();
    await server.close();
    store.release();
    rmSync(dir, { recursive: true, force: true });
  }
  const all = [...timings.values()];
  const echoP95 = quantile([...echoes].sort((a, b) => a - b), 0.95);
  const ack = latencyRow('vote → `received` on the phone (saved)', all.map((timing) => timing.ack!), echoP95, echoes, false);
  return [
    latencyRow(`vote → projector frame (real WorkshopApp under Ink, ${TABLES} tables, saved to disk)`, all.map((timing) => timing.frame!), echoP95, echoes, true),
    latencyRow('vote → hub notified by the screen (its room holds the ballot; the other phones are told from here)', all.map((timing) => timing.hub!), echoP95, echoes, true),
    { ...ack, note: `${ack.note}; ${regressions} views after \`received\` showed the table's vote missing again` },
  ];
}
