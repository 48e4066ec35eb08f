/**
 * A table's phone as a test (or a benchmark) drives it: one real WebSocket
 * to the workshop server on 127.0.0.1, speaking the live protocol as the
 * participant page does. It takes a seat or takes it back with `hello`,
 * votes with a ballot id it made, remembers the vote not yet answered so it
 * can send it again after a reconnect, and keeps to the server's rate limit
 * the way a person tapping a phone does. Nothing here binds or connects to
 * anything but the loopback address it is given.
 *
 * `liveLoadFigures` turns what the phones heard and the rounds the rooms
 * recorded into the load test's figures (lost votes, double counts, …), so
 * a test can assert on them and a script can print them.
 */
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { fullBucket, LIVE_PATH, PHONE_RATE_LIMIT, takeToken, type ClientMessage, type ParticipantView, type RateBucket, type RateLimit, type ServerMessage } from '../../../engine/index.js';
import type { WorkshopRound } from '../../../engine/workshop/workshop.js';

/** A vote as the phone sent it. */
export interface PhoneVote {
  decision: number;
  choice: string;
  ballot: string;
}

/** A `received` the phone heard, in the order every phone in the process heard theirs. */
export interface PhoneAck extends PhoneVote {
  table: number;
  /** Position among all acks heard by any phone in this process (what "last acknowledged" is judged by). */
  order: number;
  at: number;
}

/** What one phone did, for the figures. */
export interface PhoneCounts {
  /** WebSocket connections it opened (the first and every reconnect). */
  connections: number;
  reconnects: number;
  /** `vote` messages sent, resends included. */
  votesSent: number;
  /** `vote` messages that carried a ballot id this phone had sent before. */
  resent: number;
  /** `received` messages heard. */
  acks: number;
}

/** Options of {@link LivePhone}. */
export interface LivePhoneOptions {
  /** `ws://127.0.0.1:PORT/live`: see {@link liveUrl}. */
  url: string;
  /** The room code. */
  code: string;
  /** For failure messages, e.g. "room 2, table 5". */
  name: string;
  /** Heard the moment each message arrives (before any waiter): a test checks acks against the saves here. */
  onMessage?: (phone: LivePhone, message: ServerMessage) => void;
  /** Told of each message just before it goes on the wire. */
  onSend?: (phone: LivePhone, message: ClientMessage) => void;
  /** Milliseconds on a steady clock; default `performance.now`. */
  now?: () => number;
}

/**
 * The server's limit with two messages to spare: the client's bucket starts
 * no earlier than the server's for the same connection, so keeping to this
 * keeps a phone inside {@link PHONE_RATE_LIMIT} whatever the timing.
 */
export const PHONE_PACE: RateLimit = { burst: PHONE_RATE_LIMIT.burst - 2, perSecond: PHONE_RATE_LIMIT.perSecond };

/** How long a phone waits for an answer before the test fails, by default. */
export const PHONE_WAIT_MS = 8_000;

let ackOrder = 0;

/**
 * The WebSocket address of a server listening on loopback.
 * @example
 * liveUrl(server.port); // 'ws://127.0.0.1:40123/live'
 */
export function liveUrl(port: number): string {
  return `ws://127.0.0.1:${port}${LIVE_PATH}`;
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Waiter {
  done: () => boolean;
  resolve: () => void;
}

/**
 * One table's phone.
 * @example
 * const phone = new LivePhone({ url: liveUrl(server.port), code: 'K7M4QP', name: 'table 1' });
 * await phone.connect();
 * await phone.join(0);
 * await phone.waitForView((view) => view.step === 'vote', 'the vote');
 * await phone.sendVote({ decision: 1, choice: 'ask-for-time-tomorrow', ballot: 'b-0001-abcd' });
 * await phone.waitForAck('b-0001-abcd');
 */
export class LivePhone {
  readonly name: string;
  readonly counts: PhoneCounts = { connections: 0, reconnects: 0, votesSent: 0, resent: 0, acks: 0 };
  /** Every `received` heard, in order. */
  readonly acks: PhoneAck[] = [];
  /** Every `refused` heard. */
  readonly refusals: Array<Extract<ServerMessage, { type: 'refused' }>> = [];
  /** The seat this phone holds (after `seated`). */
  seat: { table: number; token: string } | null = null;
  /** The latest view. */
  view: ParticipantView | null = null;
  /** The vote sent and not yet answered `received` (what a reconnect sends again). */
  pending: PhoneVote | null = null;
  /** The messages of the current connection. */
  inbox: ServerMessage[] = [];

  private readonly options: LivePhoneOptions;
  private readonly now: () => number;
  private socket: WebSocket | null = null;
  private bucket: RateBucket = { tokens: 0, at: 0 };
  private readonly sent = new Set<string>();
  private waiters: Waiter[] = [];

  constructor(options: LivePhoneOptions) {
    this.options = options;
    this.name = options.name;
    this.now = options.now ?? (() => performance.now());
  }

  /** True while the connection is open. */
  get connected(): boolean {
    return this.socket !== null && this.socket.readyState === WebSocket.OPEN;
  }

  /** Opens a connection and waits for the lobby, as the page does on load. */
  async connect(timeoutMs = PHONE_WAIT_MS): Promise<void> {
    if (this.socket) throw new Error(`${this.name}: already connected.`);
    const socket = new WebSocket(this.options.url, { perMessageDeflate: false });
    this.socket = socket;
    this.inbox = [];
    this.counts.connections += 1;
    socket.on('message', (data) => this.hear(socket, JSON.parse(String(data)) as ServerMessage));
    socket.on('close', () => {
      if (this.socket === socket) this.socket = null;
      this.wake();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: the WebSocket did not open within ${timeoutMs} ms.`)), timeoutMs);
      socket.once('open', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`${this.name}: the WebSocket failed to open: ${error.message}`));
      });
    });
    this.bucket = fullBucket(PHONE_PACE, this.now());
    await this.waitFor(() => this.inbox.some((message) => message.type === 'lobby'), 'the lobby', timeoutMs);
  }

  /** Takes a free table's seat; resolves once seated with a view. */
  async join(table: number, timeoutMs = PHONE_WAIT_MS): Promise<void> {
    await this.send({ type: 'join', code: this.options.code, table });
    await this.waitFor(() => this.seat?.table === table && this.inbox.some((message) => message.type === 'view'), `a seat and a view at table ${table + 1}`, timeoutMs);
  }

  /**
   * Takes back a seat with its token (after a reconnect, or as a table's
   * second phone); with `wait`, resolves once the server says `seated`.
   */
  async hello(seat: { table: number; token: string }, options: { wait?: boolean; timeoutMs?: number } = {}): Promise<void> {
    this.seat = seat;
    await this.send({ type: 'hello', code: this.options.code, table: seat.table, token: seat.token });
    if (options.wait !== false) await this.waitFor(() => this.inbox.some((message) => message.type === 'seated'), `"seated" after hello at table ${seat.table + 1}`, options.timeoutMs);
  }

  /** Sends a vote (the same ballot again, or a new one); does not wait for its answer. */
  async sendVote(vote: PhoneVote): Promise<void> {
    const seat = this.seatOrThrow();
    this.pending = vote;
    this.counts.votesSent += 1;
    if (this.sent.has(vote.ballot)) this.counts.resent += 1;
    this.sent.add(vote.ballot);
    await this.send({ type: 'vote', code: this.options.code, table: seat.table, token: seat.token, decision: vote.decision, choice: vote.choice, ballot: vote.ballot });
  }

  /** Notes a vote to send once connected again (tapped while the phone was offline). */
  queueVote(vote: PhoneVote): void {
    this.pending = vote;
  }

  /** True once the server has said `received` for this ballot. */
  acked(ballot: string): boolean {
    return this.acks.some((ack) => ack.ballot === ballot);
  }

  /** Resolves once the ballot is `received`; fails on a refusal of it or a timeout. */
  async waitForAck(ballot: string, timeoutMs = PHONE_WAIT_MS): Promise<void> {
    await this.waitFor(() => {
      const refused = this.refusals.find((refusal) => refusal.ballot === ballot);
      if (refused) throw new Error(`${this.name}: ballot ${ballot} was refused (${refused.code}: ${refused.message})`);
      return this.acked(ballot);
    }, `"received" for ballot ${ballot}`, timeoutMs);
  }

  /** Resolves once the latest view passes `test`. */
  async waitForView(test: (view: ParticipantView) => boolean, what: string, timeoutMs = PHONE_WAIT_MS): Promise<ParticipantView> {
    await this.waitFor(() => this.view !== null && test(this.view), what, timeoutMs);
    return this.view!;
  }

  /** Drops the connection abruptly, as a phone losing its Wi-Fi does (no closing handshake). */
  drop(): void {
    const socket = this.socket;
    this.socket = null;
    socket?.terminate();
  }

  /**
   * Connects again, takes the seat back with `hello` and sends the vote
   * not yet answered with its same ballot id. `atOnce` sends the vote
   * straight after the hello without waiting for `seated` (the protocol
   * allows it: a reconnect sends both in one burst).
   */
  async reconnect(options: { atOnce?: boolean; timeoutMs?: number } = {}): Promise<void> {
    const seat = this.seatOrThrow();
    if (this.socket) this.drop();
    this.counts.reconnects += 1;
    await this.connect(options.timeoutMs);
    await this.hello(seat, { wait: options.atOnce !== true, timeoutMs: options.timeoutMs });
    if (this.pending) await this.sendVote(this.pending);
  }

  /** Closes the connection politely. */
  close(): void {
    const socket = this.socket;
    this.socket = null;
    socket?.close();
  }

  /** The messages of the current connection, by type, for a failure message. */
  describeInbox(): string {
    return this.inbox.map((message) => (message.type === 'view' ? `view(${message.view.step} ${message.view.decision})` : message.type === 'refused' ? `refused(${message.code})` : message.type)).join(', ') || 'nothing';
  }

  private seatOrThrow(): { table: number; token: string } {
    if (!this.seat) throw new Error(`${this.name}: holds no seat.`);
    return this.seat;
  }

  /** Sends one message, first waiting for the rate limit as a phone's pace would. */
  private async send(message: ClientMessage): Promise<void> {
    for (;;) {
      const taken = takeToken(this.bucket, PHONE_PACE, this.now());
      this.bucket = taken.bucket;
      if (taken.allowed) break;
      await sleep(Math.ceil(((1 - taken.bucket.tokens) / PHONE_PACE.perSecond) * 1000) + 5);
    }
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) throw new Error(`${this.name}: cannot send ${message.type}: not connected.`);
    this.options.onSend?.(this, message);
    socket.send(JSON.stringify(message));
  }

  private hear(socket: WebSocket, message: ServerMessage): void {
    if (socket !== this.socket) return;
    this.inbox.push(message);
    switch (message.type) {
      case 'seated':
        this.seat = { table: message.table, token: message.token };
        break;
      case 'view':
        this.view = message.view;
        break;
      case 'received':
        this.counts.acks += 1;
        ackOrder += 1;
        this.acks.push({ table: this.seat?.table ?? -1, decision: message.decision, choice: message.choice, ballot: message.ballot, order: ackOrder, at: this.now() });
        if (this.pending?.ballot === message.ballot) this.pending = null;
        break;
      case 'refused':
        this.refusals.push(message);
        break;
      case 'lobby':
        break;
    }
    this.options.onMessage?.(this, message);
    this.wake();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) {
      let done = false;
      try {
        done = waiter.done();
      } catch {
        done = true;
      }
      if (done) {
        this.waiters = this.waiters.filter((each) => each !== waiter);
        waiter.resolve();
      }
    }
  }

  /** Polls nothing: re-checks `done` on every message, and fails after `timeoutMs` naming `what` and what did arrive. */
  private waitFor(done: () => boolean, what: string, timeoutMs = PHONE_WAIT_MS): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const check = () => {
        try {
          return done();
        } catch (error) {
          reject(error);
          return true;
        }
      };
      if (check()) return resolve();
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((each) => each !== waiter);
        reject(new Error(`${this.name}: waited ${timeoutMs} ms for ${what}; this connection heard: ${this.describeInbox()}`));
      }, timeoutMs);
      const waiter: Waiter = {
        done: check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }
}

/** One decision of one room, as the load test checks it. */
export interface DecisionRecord {
  /** e.g. "room 2". */
  room: string;
  /** The tables' decision number (1 for the first). */
  decision: number;
  /** The round the room recorded. */
  round: WorkshopRound;
  /** The phones of this room (every phone of every table). */
  phones: readonly LivePhone[];
  /** The tables of the room. */
  tables: number;
}

/** The load test's figures. */
export interface LiveLoadFigures {
  /** Phones (sockets held at once). */
  phones: number;
  /** WebSocket connections opened, reconnects included. */
  connections: number;
  reconnects: number;
  votesSent: number;
  resent: number;
  /** `received` messages heard. */
  acked: number;
  /** Decisions recorded and checked. */
  decisions: number;
  /** Table decisions whose counted vote is not the table's last acknowledged ballot, or missing. */
  lost: number;
  /** Extra appearances of a table in a recorded round. */
  doubleCounted: number;
  /** `refused` messages heard. */
  refused: number;
}

/**
 * The last ballot each table's phones heard `received` for at a decision.
 * @example
 * lastAcknowledged(phones, 1).get(0); // 'ask-for-time-tomorrow'
 */
export function lastAcknowledged(phones: readonly LivePhone[], decision: number): Map<number, string> {
  const last = new Map<number, PhoneAck>();
  for (const ack of phones.flatMap((phone) => phone.acks)) {
    if (ack.decision !== decision) continue;
    const before = last.get(ack.table);
    if (!before || ack.order > before.order) last.set(ack.table, ack);
  }
  return new Map([...last].map(([table, ack]) => [table, ack.choice]));
}

/**
 * Counted votes that are not a table's last acknowledged ballot (or are
 * missing), as "table N: counted x, acknowledged y" lines.
 * @example
 * lostVotes(record); // []
 */
export function lostVotes(record: DecisionRecord): string[] {
  const expected = lastAcknowledged(record.phones, record.decision);
  const problems: string[] = [];
  for (let table = 0; table < record.tables; table += 1) {
    const at = record.round.tables.indexOf(table);
    const counted = at < 0 ? undefined : record.round.votes[at];
    const acknowledged = expected.get(table);
    if (acknowledged === undefined || counted !== acknowledged) problems.push(`${record.room} decision ${record.decision} table ${table + 1}: counted ${counted ?? 'nothing'}, acknowledged ${acknowledged ?? 'nothing'}`);
  }
  return problems;
}

/**
 * Tables counted more than once in a round, as "table N counted k times" lines.
 * @example
 * doubleCounts(record); // []
 */
export function doubleCounts(record: DecisionRecord): string[] {
  const times = new Map<number, number>();
  for (const table of record.round.tables) times.set(table, (times.get(table) ?? 0) + 1);
  return [...times].filter(([, count]) => count > 1).map(([table, count]) => `${record.room} decision ${record.decision} table ${table + 1} counted ${count} times`);
}

/**
 * The figures of a load run from its phones and the decisions recorded.
 * @example
 * const figures = liveLoadFigures(phones, decisions);
 * figures.lost; // 0
 */
export function liveLoadFigures(phones: readonly LivePhone[], decisions: readonly DecisionRecord[]): LiveLoadFigures {
  const sum = (pick: (counts: PhoneCounts) => number) => phones.reduce((total, phone) => total + pick(phone.counts), 0);
  return {
    phones: phones.length,
    connections: sum((counts) => counts.connections),
    reconnects: sum((counts) => counts.reconnects),
    votesSent: sum((counts) => counts.votesSent),
    resent: sum((counts) => counts.resent),
    acked: sum((counts) => counts.acks),
    decisions: decisions.length,
    lost: decisions.reduce((total, record) => total + lostVotes(record).length, 0),
    doubleCounted: decisions.reduce((total, record) => total + record.round.tables.length - new Set(record.round.tables).size, 0),
    refused: phones.reduce((total, phone) => total + phone.refusals.length, 0),
  };
}
