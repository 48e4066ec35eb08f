/**
 * The workshop server under a full house: three rooms of twenty tables, each
 * served on its own port on 127.0.0.1 in this process, one phone per table
 * plus a second phone at a few tables (a `hello` with the table's token), 66
 * real WebSockets at once. The test is the trainer: it opens the vote, every
 * table votes with a fresh ballot id, some phones drop their connection
 * abruptly before their `received` comes and reconnect and send the same
 * ballot again, some tables change their minds with a new ballot (sometimes
 * from the other phone), and once every table's latest ballot is answered
 * the trainer records the decision, three decisions in a row.
 *
 * Every decision recorded must count each table once, with the choice of
 * the last ballot its phones were told was received; and every `received`
 * must be for a ballot already in a workshop handed to `save`. The phones
 * keep to the server's rate limit as people tapping phones do. The plan of
 * who votes what and who drops comes from a fixed seed, so a failure
 * repeats; the timing on the wire is real.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openRoom, startWorkshop, tableDecisionNumber, voteStatus, withLiveRoom, type RoomAction, type ServerMessage, type Workshop } from '../../engine/index.js';
import { createLiveHub, headlessRoom, type RoomPort } from '../../cli/live/live-hub.js';
import { startLiveServer, type LiveServer } from '../../cli/live/live-server.js';
import { randomInt, seededRandom, type Random } from '../bench/lib/seeded-random.js';
import { bundled } from '../engine/workshop/load-bundled.js';
import { lastAcknowledged, liveLoadFigures, liveUrl, LivePhone, lostVotes, doubleCounts, sleep, type DecisionRecord, type PhoneVote } from './support/live-phones.js';
import { printReport } from '../support/print-report.js';

const scenario = bundled('closing-too-soon');

/** The shape of the run: fixed, so the figures in a report can be compared. */
export const LIVE_LOAD = { seed: 20_261_217, rooms: 3, tables: 20, secondPhones: 2, decisions: 3 } as const;

/** One code per room, from the room-code alphabet. */
const CODES = ['K7M4QP', 'R8W2ZD', 'H3T9XN'];

/** How a vote reaches the server. */
type Delivery =
  /** Sent and answered on the same connection. */
  | 'steady'
  /** Sent, then the connection dropped at once: the server may or may not have it; the ack is lost either way. */
  | 'drop-after-send'
  /** Sent, then dropped a few milliseconds later unless the ack came first. */
  | 'drop-soon-after'
  /** Tapped while the connection was down: sent once it is back. */
  | 'offline-then-send';

interface VotePlan {
  phone: LivePhone;
  vote: PhoneVote;
  delivery: Delivery;
  delayMs: number;
  /** On reconnecting, send the hello and the vote in one burst, without waiting for `seated`. */
  atOnce: boolean;
}

interface ServedRoom {
  label: string;
  code: string;
  port: RoomPort;
  server: LiveServer;
  /** Every workshop handed to `save`, in order. */
  saved: Workshop[];
  /** `table:decision:ballot:choice` of every ballot in a saved workshop. */
  savedBallots: Set<string>;
  /** Acks heard for a ballot no saved workshop held at that moment. */
  unsavedAcks: string[];
  /** Votes sent again that the server had already saved (their ack was lost with the connection): the double-count guard at work. */
  resentSaved: number;
  /** The phone of each table. */
  phones: LivePhone[];
  /** Second phones, by table. */
  seconds: Map<number, LivePhone>;
  decisions: DecisionRecord[];
  /** Views at the reveal that did not show the table's acknowledged vote. */
  revealMismatches: string[];
}

const ballotKey = (table: number, decision: number, ballot: string, choice: string) => `${table}:${decision}:${ballot}:${choice}`;

const rooms: ServedRoom[] = [];

afterAll(async () => {
  for (const room of rooms) {
    for (const phone of [...room.phones, ...room.seconds.values()]) phone.drop();
    await room.server.close();
  }
});

async function serveRoom(index: number): Promise<ServedRoom> {
  const code = CODES[index]!;
  const workshop = withLiveRoom(startWorkshop(scenario, { tables: LIVE_LOAD.tables, mode: 'majority' }), () => code);
  const start = openRoom(scenario, workshop);
  const hub = createLiveHub(scenario, start);
  const saved: Workshop[] = [];
  const savedBallots = new Set<string>();
  const port = headlessRoom(hub, start, (next) => {
    saved.push(next);
    for (const ballot of next.ballots ?? []) if (ballot.ballot !== null) savedBallots.add(ballotKey(ballot.table, ballot.decision, ballot.ballot, ballot.choiceId));
    return null;
  });
  hub.attach(port);
  const server = await startLiveServer({ hub, host: '127.0.0.1', port: 0, assets: new Map() });
  const room: ServedRoom = { label: `room ${index + 1}`, code, port, server, saved, savedBallots, unsavedAcks: [], resentSaved: 0, phones: [], seconds: new Map(), decisions: [], revealMismatches: [] };
  rooms.push(room);
  return room;
}

/** A phone of `room` that checks, the moment each `received` arrives, that the ballot was saved first. */
function phoneOf(room: ServedRoom, name: string): LivePhone {
  return new LivePhone({
    url: liveUrl(room.server.port),
    code: room.code,
    name: `${room.label}, ${name}`,
    onSend: (_phone, message) => {
      if (message.type === 'vote' && room.savedBallots.has(ballotKey(message.table, message.decision, message.ballot, message.choice))) room.resentSaved += 1;
    },
    onMessage: (phone, message: ServerMessage) => {
      if (message.type !== 'received') return;
      if (!room.savedBallots.has(ballotKey(phone.seat?.table ?? -1, message.decision, message.ballot, message.choice))) room.unsavedAcks.push(`${phone.name}: "received" for ballot ${message.ballot} before any save held it`);
    },
  });
}

/** Seats a phone at every table, then second phones at a few, by `hello` with the table's token. */
async function seatPhones(room: ServedRoom, random: Random): Promise<void> {
  room.phones = Array.from({ length: LIVE_LOAD.tables }, (_, table) => phoneOf(room, `table ${table + 1}`));
  await Promise.all(
    room.phones.map(async (phone, table) => {
      await phone.connect();
      await phone.join(table);
    }),
  );
  while (room.seconds.size < LIVE_LOAD.secondPhones) {
    const table = randomInt(random, 0, LIVE_LOAD.tables - 1);
    if (!room.seconds.has(table)) room.seconds.set(table, phoneOf(room, `table ${table + 1}, second phone`));
  }
  await Promise.all(
    [...room.seconds].map(async ([table, phone]) => {
      await phone.connect();
      await phone.hello(room.phones[table]!.seat!);
    }),
  );
}

/** The trainer's move, which must be taken and saved. */
function trainer(room: ServedRoom, ...actions: RoomAction[]): void {
  const result = room.port.apply(actions);
  if (!result.ok) throw new Error(`${room.label}: the trainer's ${actions.map((action) => action.type).join(', ')} was refused: ${result.message}`);
}

/** Moves the room on to its next vote (through any scene that simply moves on); returns the tables' decision number there. */
function openNextVote(room: ServedRoom): number {
  for (;;) {
    const cycle = room.port.room().cycles[0];
    if (!cycle) throw new Error(`${room.label} reached an ending after ${room.decisions.length} decisions; the seed's votes must keep it playing for ${LIVE_LOAD.decisions}.`);
    trainer(room, { type: 'discuss', table: 0 });
    if (cycle.decision.kind === 'continue') {
      trainer(room, { type: 'next', table: 0 });
      continue;
    }
    trainer(room, { type: 'vote', table: 0 });
    return tableDecisionNumber(room.port.room(), 0);
  }
}

/** The choices at the vote, the author's recommended one first in the weighting (so the story runs on). */
function choicesNow(room: ServedRoom): { ids: string[]; recommended: string; numberOf: (id: string) => number } {
  const node = room.port.room().cycles[0]!.decision.view.node;
  if (node.kind !== 'scene') throw new Error(`${room.label}: the vote is not at a scene.`);
  // The view leaves out which choice the author recommends (the room must not see it); the scenario has it.
  const recommended = scenario.scenes[node.id]?.choices.find((choice) => choice.recommended)?.id ?? node.choices[0]!.id;
  return { ids: node.choices.map((choice) => choice.id), recommended, numberOf: (id) => node.choices.find((choice) => choice.id === id)!.number };
}

/** Who votes what, how it travels, and who changes their mind: drawn before anything is sent, so the plan repeats. */
function planVotes(room: ServedRoom, decision: number, random: Random): VotePlan[][] {
  const { ids, recommended } = choicesNow(room);
  const deliveries: Delivery[] = ['steady', 'steady', 'steady', 'steady', 'drop-after-send', 'drop-after-send', 'drop-soon-after', 'drop-soon-after', 'offline-then-send'];
  const pickChoice = (not?: string) => {
    const allowed = ids.filter((id) => id !== not);
    return random() < 0.6 && recommended !== not ? recommended : allowed[randomInt(random, 0, allowed.length - 1)]!;
  };
  const hex = () => randomInt(random, 0, 0xffffff).toString(16).padStart(6, '0');
  return room.phones.map((phone, table) => {
    const plan = (by: LivePhone, choice: string, n: number): VotePlan => ({
      phone: by,
      vote: { decision, choice, ballot: `${room.code}-t${table + 1}-d${decision}-v${n}-${hex()}` },
      delivery: deliveries[randomInt(random, 0, deliveries.length - 1)]!,
      delayMs: randomInt(random, 0, 4),
      atOnce: random() < 0.5,
    });
    const first = plan(phone, pickChoice(), 1);
    if (random() >= 0.3) return [first];
    const second = room.seconds.get(table);
    const by = second && random() < 0.5 ? second : phone;
    return [first, plan(by, pickChoice(first.vote.choice), 2)];
  });
}

/** Sends one vote as planned and waits until it is answered `received`, reconnecting when the plan dropped the connection. */
async function cast(plan: VotePlan): Promise<void> {
  const { phone, vote } = plan;
  switch (plan.delivery) {
    case 'steady':
      await phone.sendVote(vote);
      break;
    case 'drop-after-send':
      await phone.sendVote(vote);
      phone.drop();
      break;
    case 'drop-soon-after':
      await phone.sendVote(vote);
      await sleep(plan.delayMs);
      if (!phone.acked(vote.ballot)) phone.drop();
      break;
    case 'offline-then-send':
      phone.drop();
      phone.queueVote(vote);
      break;
  }
  if (!phone.connected) await phone.reconnect({ atOnce: plan.atOnce });
  await phone.waitForAck(vote.ballot);
}

/** One decision: open the vote, every table votes as planned, record it, check the phones' reveals, move on. */
async function runDecision(room: ServedRoom, random: Random): Promise<void> {
  const decision = openNextVote(room);
  const everyPhone = [...room.phones, ...room.seconds.values()];
  await Promise.all(everyPhone.map((phone) => phone.waitForView((view) => view.step === 'vote' && view.decision === decision, `the vote of decision ${decision}`)));
  const plans = planVotes(room, decision, random);
  // A table's votes go one after another (a person waits for "received" before changing their mind); the tables all at once.
  await Promise.all(plans.map(async (votes) => {
    for (const plan of votes) await cast(plan);
  }));
  const cycle = room.port.room().cycles[0]!;
  const status = voteStatus(room.port.room().workshop, cycle);
  if (status.waiting.length > 0) throw new Error(`${room.label} decision ${decision}: every ballot was acknowledged but the room still waits for ${status.waiting.join(', ')}.`);
  const { recommended, numberOf } = choicesNow(room);
  const pick = status.needs?.kind === 'pick' ? (status.needs.among.includes(numberOf(recommended)) ? numberOf(recommended) : status.needs.among[0]) : undefined;
  trainer(room, { type: 'decide', table: 0, ...(pick === undefined ? {} : { trainerPick: pick }) });
  const round = room.port.room().workshop.rounds.at(-1)!;
  room.decisions.push({ room: room.label, decision, round, phones: everyPhone, tables: LIVE_LOAD.tables });
  // What each phone shows at the reveal is the vote counted, and the last one it was told was received.
  const expected = lastAcknowledged(everyPhone, decision);
  await Promise.all(
    everyPhone.map(async (phone) => {
      const view = await phone.waitForView((each) => each.step === 'reveal' && each.decision === decision, `the reveal of decision ${decision}`);
      if (view.myVote !== expected.get(view.table)) room.revealMismatches.push(`${phone.name}: the reveal shows ${view.myVote ?? 'no vote'}, acknowledged ${expected.get(view.table) ?? 'nothing'}`);
    }),
  );
  trainer(room, { type: 'next', table: 0 });
}

describe('startLiveServer under load', () => {
  it(
    'counts every acknowledged vote exactly once across 3 rooms of 20 tables, with drops, reconnects, resends and changed votes',
    async () => {
      const served = await Promise.all(Array.from({ length: LIVE_LOAD.rooms }, (_, index) => serveRoom(index)));
      await Promise.all(
        served.map(async (room, index) => {
          const random = seededRandom(LIVE_LOAD.seed + index);
          await seatPhones(room, random);
          for (let n = 0; n < LIVE_LOAD.decisions; n += 1) await runDecision(room, random);
        }),
      );
      const phones = served.flatMap((room) => [...room.phones, ...room.seconds.values()]);
      const decisions = served.flatMap((room) => room.decisions);
      expect(served.map((room) => room.server.connections())).toEqual(served.map(() => LIVE_LOAD.tables + LIVE_LOAD.secondPhones));
      expect(served.flatMap((room) => room.unsavedAcks)).toEqual([]);
      // The room as it ends is the one last handed to save: nothing the phones did is only in memory. And one save
      // per seat, per new ballot and per decision: a ballot sent again changed nothing, so it was not saved again.
      for (const room of served) {
        expect(room.saved.at(-1)).toBe(room.port.room().workshop);
        const ballots = new Set([...room.phones, ...room.seconds.values()].flatMap((phone) => phone.acks.map((ack) => ack.ballot)));
        expect(room.saved).toHaveLength(LIVE_LOAD.tables + ballots.size + room.decisions.length);
      }
      expect(decisions.flatMap(lostVotes)).toEqual([]);
      expect(decisions.flatMap(doubleCounts)).toEqual([]);
      expect(served.flatMap((room) => room.revealMismatches)).toEqual([]);
      expect(phones.flatMap((phone) => phone.refusals.map((refusal) => `${phone.name}: ${refusal.code} ${refusal.message}`))).toEqual([]);
      const figures = liveLoadFigures(phones, decisions);
      // The figures for a report (the closing note), only when asked: the suite stays quiet.
      printReport(`live-load figures: ${JSON.stringify(figures)}`, 'LIVE_LOAD_REPORT');
      expect(figures).toMatchObject({ phones: LIVE_LOAD.rooms * (LIVE_LOAD.tables + LIVE_LOAD.secondPhones), decisions: LIVE_LOAD.rooms * LIVE_LOAD.decisions, lost: 0, doubleCounted: 0, refused: 0 });
      // The run exercised what it claims to: connections dropped, votes sent again, every round full.
      expect(figures.reconnects).toBeGreaterThan(20);
      expect(figures.resent).toBeGreaterThan(10);
      expect(served.reduce((total, room) => total + room.resentSaved, 0)).toBeGreaterThan(10);
      expect(decisions.every((record) => record.round.tables.length === LIVE_LOAD.tables)).toBe(true);
    },
    20_000,
  );
});
