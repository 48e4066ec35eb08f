import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { participantAssets } from '../../../../cli/live/participant-assets.js';
import { LIVE_PATH, readClientMessage, type ClientMessage, type ServerMessage } from '../../../../engine/workshop/live/live-protocol.js';

/**
 * The Content-Security-Policy the real workshop server sends with the page:
 * the fake sends it too, so a test fails if the page needs an inline script,
 * an inline style or anything from another origin.
 */
export const WORKSHOP_CSP = "default-src 'self'; connect-src 'self' ws:; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** One phone's socket, as the script sees it. */
export interface FakePhone {
  /** Sends one server message to this phone. */
  send(message: ServerMessage): void;
}

/** How the fake answers: called on each new socket and each valid message. Replace it per test. */
export interface FakeScript {
  onConnect?(phone: FakePhone): void;
  onMessage?(message: ClientMessage, phone: FakePhone): void;
}

/** A scripted stand-in for the workshop server, serving the built participant page. */
export interface FakeLiveServer {
  /** e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** Every message phones sent that {@link readClientMessage} accepted, in order. */
  readonly messages: ClientMessage[];
  /** Every message it refused, with the reason: a test expects none. */
  readonly badMessages: string[];
  /** Every HTTP path requested. */
  readonly requests: string[];
  /** The answers; set per test. */
  script: FakeScript;
  /** Sends to every open socket (usually one phone). */
  broadcast(message: ServerMessage): void;
  /** How many sockets are open now. */
  openSockets(): number;
  /** While true, WebSocket upgrades are refused, so a dropped phone keeps retrying. */
  refuseSockets: boolean;
  /** Closes every open socket from the server's side, as a laptop's Wi-Fi blip would. */
  dropSockets(): void;
  /** Waits for a message (from index `from` on) that matches, or fails after `timeoutMs`. */
  waitForMessage<T extends ClientMessage['type']>(type: T, options?: { from?: number; timeoutMs?: number }): Promise<Extract<ClientMessage, { type: T }>>;
  close(): Promise<void>;
}

function phoneOf(socket: WebSocket): FakePhone {
  return { send: (message) => socket.send(JSON.stringify(message)) };
}

/**
 * Starts the fake on 127.0.0.1 and a free port: `/`, `/participant.js` and
 * `/participant.css` from {@link participantAssets} with the workshop's CSP,
 * and a WebSocket at {@link LIVE_PATH} whose answers come from `script`.
 *
 * @example
 * ```ts
 * const server = await startFakeLiveServer();
 * server.script = { onConnect: (phone) => phone.send(lobby) };
 * await page.goto(`${server.origin}/#K7M4QP`);
 * ```
 */
export async function startFakeLiveServer(): Promise<FakeLiveServer> {
  const assets = participantAssets();
  const messages: ClientMessage[] = [];
  const badMessages: string[] = [];
  const requests: string[] = [];
  const sockets = new Set<WebSocket>();
  const upgrader = new WebSocketServer({ noServer: true });

  function serve(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const asset = assets.get(path);
    if (!asset) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': asset.contentType,
      'Content-Length': String(asset.body.length),
      'Cache-Control': 'no-store',
      'Content-Security-Policy': WORKSHOP_CSP,
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(asset.body);
  }

  const http = createServer(serve);
  const fake: FakeLiveServer = {
    origin: '',
    messages,
    badMessages,
    requests,
    script: {},
    refuseSockets: false,
    broadcast: (message) => {
      for (const socket of sockets) socket.send(JSON.stringify(message));
    },
    openSockets: () => sockets.size,
    dropSockets: () => {
      for (const socket of sockets) socket.terminate();
    },
    async waitForMessage(type, options = {}) {
      const deadline = Date.now() + (options.timeoutMs ?? 10_000);
      for (;;) {
        const found = messages.slice(options.from ?? 0).find((message) => message.type === type);
        if (found) return found as Extract<ClientMessage, { type: typeof type }>;
        if (Date.now() > deadline) throw new Error(`No ${type} message arrived; got ${JSON.stringify(messages.slice(options.from ?? 0))}.`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.terminate();
        upgrader.close();
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };

  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== LIVE_PATH || fake.refuseSockets) {
      socket.destroy();
      return;
    }
    upgrader.handleUpgrade(request, socket, head, (webSocket) => {
      sockets.add(webSocket);
      webSocket.on('close', () => sockets.delete(webSocket));
      webSocket.on('message', (data, isBinary) => {
        const text = isBinary ? '' : data.toString('utf8');
        const reading = readClientMessage(text);
        if (!reading.ok) {
          badMessages.push(`${reading.problem} ${text}`);
          return;
        }
        messages.push(reading.message);
        fake.script.onMessage?.(reading.message, phoneOf(webSocket));
      });
      fake.script.onConnect?.(phoneOf(webSocket));
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  return Object.assign(fake, { origin: `http://127.0.0.1:${port}` });
}
