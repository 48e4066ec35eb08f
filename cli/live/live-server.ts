/**
 * The workshop server on the trainer's laptop: the participant page over
 * HTTP and one WebSocket per phone (the `ws` library), on the address and
 * port the command chose. Every message is checked (size, rate, shape, room
 * code, seat token) before it reaches the room; a vote is acknowledged only
 * once the room holding it is saved; the phones hear of every change the
 * trainer makes. Nothing is fetched from or sent to anywhere but the phones.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  advanceActions,
  ballotAction,
  fullBucket,
  holdsSeat,
  LIVE_PATH,
  lobbyTables,
  MAX_MESSAGE_BYTES,
  newSeatToken,
  participantView,
  phonesNeedTelling,
  PHONE_RATE_LIMIT,
  readClientMessage,
  takeToken,
  type ClientMessage,
  type RandomBytes,
  type RateBucket,
  type RefusalCode,
  type Room,
  type ServerMessage,
} from '../../engine/index.js';
import type { LiveHub } from './live-hub.js';

/** The page's files, by URL path. */
export type LiveAssets = Map<string, { contentType: string; body: Buffer }>;

/** Options of {@link startLiveServer}. */
export interface LiveServerOptions {
  hub: LiveHub;
  host: string;
  /** 0 for any free port (tests). */
  port: number;
  assets: LiveAssets;
  /** Milliseconds on a steady clock, for the rate limit; default `performance.now`. */
  now?: () => number;
  random?: RandomBytes;
  /** The most phones connected at once; default 200 (twenty tables, a few phones each, with room for reconnects). */
  maxConnections?: number;
  /** How often a silent connection is checked for life, in milliseconds; default 15 000. */
  heartbeatMs?: number;
}

/** A running server. */
export interface LiveServer {
  host: string;
  port: number;
  /** The address phones open, e.g. `http://192.168.1.20:8420/`. */
  url: string;
  /** Phones connected now. */
  connections: () => number;
  /** Stops listening and closes every phone's connection. */
  close: () => Promise<void>;
}

/** The page may load only its own files and talk only to this server. */
const CONTENT_SECURITY_POLICY = "default-src 'self'; connect-src 'self' ws:; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/** One phone's connection. */
interface Phone {
  socket: WebSocket;
  bucket: RateBucket;
  seat: { table: number; token: string } | null;
  /** The last view and lobby sent, so an unchanged one is not sent again. */
  lastView: string | null;
  lastLobby: string | null;
  alive: boolean;
}

function serveAsset(assets: LiveAssets, request: IncomingMessage, response: ServerResponse): void {
  const path = (request.url ?? '/').split(/[?#]/)[0]!;
  const asset = request.method === 'GET' || request.method === 'HEAD' ? assets.get(path) : undefined;
  if (!asset) {
    response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end('Not here. Open the address shown on the projector.');
    return;
  }
  response.writeHead(200, { 'Content-Type': asset.contentType, 'Content-Length': asset.body.length, ...SECURITY_HEADERS });
  response.end(request.method === 'HEAD' ? undefined : asset.body);
}

/** Whether a WebSocket's origin is this server's own page (a page elsewhere must not drive a table's phone). */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${request.headers.host ?? ''}`;
}

/**
 * Starts the server; resolves once it listens.
 * @example
 * const server = await startLiveServer({ hub, host: '127.0.0.1', port: 0, assets: participantAssets() });
 */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const { hub, assets } = options;
  const now = options.now ?? (() => performance.now());
  const random = options.random ?? ((count: number) => new Uint8Array(randomBytes(count)));
  const maxConnections = options.maxConnections ?? 200;
  const phones = new Set<Phone>();
  const http: Server = createServer((request, response) => serveAsset(assets, request, response));
  const sockets = new WebSocketServer({ server: http, path: LIVE_PATH, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });

  const code = () => hub.room().workshop.live?.code ?? '';
  const send = (phone: Phone, message: ServerMessage) => {
    if (phone.socket.readyState === phone.socket.OPEN) phone.socket.send(JSON.stringify(message));
  };
  const refuse = (phone: Phone, refusal: RefusalCode, message: string, hint: string, ballot?: string) => send(phone, { type: 'refused', code: refusal, message, hint, ...(ballot === undefined ? {} : { ballot }) });

  /** Sends each phone its view and the lobby, where they changed. */
  const tell = (room: Room, phone?: Phone) => {
    const lobby = JSON.stringify({ type: 'lobby', title: hub.scenario.frontmatter.title, tables: lobbyTables(room.workshop) } satisfies ServerMessage);
    const views = new Map<number, string>();
    for (const each of phone ? [phone] : phones) {
      if (each.socket.readyState !== each.socket.OPEN) continue;
      if (each.lastLobby !== lobby) {
        each.socket.send(lobby);
        each.lastLobby = lobby;
      }
      if (!each.seat) continue;
      const table = each.seat.table;
      // A seat freed by the trainer: the phone is told by the lobby and chooses again.
      if (!holdsSeat(room.workshop, table, each.seat.token)) {
        each.seat = null;
        each.lastView = null;
        continue;
      }
      let view = views.get(table);
      if (view === undefined) {
        view = JSON.stringify({ type: 'view', view: participantView(hub.scenario, room, table) } satisfies ServerMessage);
        views.set(table, view);
      }
      if (each.lastView !== view) {
        each.socket.send(view);
        each.lastView = view;
      }
    }
  };

  // The phones are told once per turn of the event loop, from the room as it is then: a burst of votes makes one
  // broadcast, each vote's `received` goes first, and a screen that reports a room it drew a moment ago can never
  // make the server forget a seat taken since.
  let told: Room | null = null;
  let scheduled = false;
  const unsubscribe = hub.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const room = hub.room();
      if (told !== null && !phonesNeedTelling(told, room)) return;
      told = room;
      tell(room);
    });
  });

  const handle = (phone: Phone, message: ClientMessage) => {
    if (message.code !== code()) return refuse(phone, 'wrong-room', 'That is not this room’s code.', 'Check the code on the projector and type it again.');
    const room = hub.room();
    if (room.workshop.tables[message.table] === undefined) return refuse(phone, 'no-such-table', 'There is no such table.', 'Choose a table from the list.');
    if (message.type === 'join') {
      const token = newSeatToken(random);
      const result = hub.apply([{ type: 'seat', table: message.table, token }]);
      // A seat taken while the disk is failing is still this phone's (the trainer's screen says the save failed):
      // refusing it would leave the seat held by a token no phone has. Votes, unlike seats, are only ever acknowledged once on disk.
      if (!result.ok && result.code !== 'not-saved') return refuse(phone, result.code, result.message, result.hint);
      phone.seat = { table: message.table, token };
      send(phone, { type: 'seated', table: message.table, name: room.workshop.tables[message.table]!, token });
      phone.lastView = null;
      tell(hub.room(), phone);
      return;
    }
    if (!holdsSeat(room.workshop, message.table, message.token)) {
      return refuse(phone, 'bad-token', 'This phone no longer holds that table’s seat.', 'Choose your table again; if it is taken, ask the trainer to free it.');
    }
    if (message.type === 'hello') {
      phone.seat = { table: message.table, token: message.token };
      send(phone, { type: 'seated', table: message.table, name: room.workshop.tables[message.table]!, token: message.token });
      phone.lastView = null;
      tell(room, phone);
      return;
    }
    phone.seat = { table: message.table, token: message.token };
    if (message.type === 'vote') {
      const result = hub.apply([ballotAction(message.table, message.decision, message.choice, message.ballot)]);
      if (!result.ok) return refuse(phone, result.code, result.message, result.hint, message.ballot);
      send(phone, { type: 'received', ballot: message.ballot, decision: message.decision, choice: message.choice });
      tell(hub.room(), phone);
      return;
    }
    let actions;
    try {
      actions = advanceActions(room, message.table, message.decision, message.from);
    } catch {
      return refuse(phone, 'bad-message', 'The trainer moves the room on.', 'Wait for the trainer.');
    }
    const result = actions.length === 0 ? { ok: true as const } : hub.apply(actions);
    if (!result.ok) return refuse(phone, result.code, result.message, result.hint);
    tell(hub.room(), phone);
  };

  sockets.on('connection', (socket, request) => {
    if (phones.size >= maxConnections || !sameOrigin(request)) {
      socket.close(1013, phones.size >= maxConnections ? 'The room is full.' : 'Open the page the projector shows.');
      return;
    }
    const phone: Phone = { socket, bucket: fullBucket(PHONE_RATE_LIMIT, now()), seat: null, lastView: null, lastLobby: null, alive: true };
    phones.add(phone);
    socket.on('pong', () => {
      phone.alive = true;
    });
    socket.on('close', () => phones.delete(phone));
    socket.on('error', () => phones.delete(phone));
    socket.on('message', (data: RawData, binary: boolean) => {
      phone.alive = true;
      const taken = takeToken(phone.bucket, PHONE_RATE_LIMIT, now());
      phone.bucket = taken.bucket;
      if (!taken.allowed) return refuse(phone, 'too-many-messages', 'Too many messages from this phone.', 'Wait a few seconds, then try again.');
      if (binary) return refuse(phone, 'bad-message', 'That message was not text.', 'Reload the page.');
      const read = readClientMessage(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'));
      if (!read.ok) return refuse(phone, 'bad-message', read.problem, 'Reload the page.');
      handle(phone, read.message);
    });
    tell(hub.room(), phone);
  });

  // A phone whose Wi-Fi dropped without closing is found and let go, so its seat's views stop queuing.
  const heartbeat = setInterval(() => {
    for (const phone of phones) {
      if (!phone.alive) {
        phone.socket.terminate();
        phones.delete(phone);
        continue;
      }
      phone.alive = false;
      phone.socket.ping();
    }
  }, options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    host: options.host,
    port,
    url: `http://${options.host}:${port}/`,
    connections: () => phones.size,
    close: async () => {
      clearInterval(heartbeat);
      unsubscribe();
      for (const phone of phones) phone.socket.terminate();
      phones.clear();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
