/**
 * A small learning record store for the xAPI tests, on 127.0.0.1 only: it
 * answers a browser's CORS preflight as a real store on another origin
 * must, records every statement POSTed to `/xapi/statements` with the
 * request's headers, and answers 200 with their ids, as xAPI's statement
 * resource does. Like a real store, it refuses a batch holding an id it
 * has already (409 Conflict, which xAPI allows for a duplicate) and a
 * statement it is told it will not take (400), rejecting the whole batch
 * either way. It can be told to fail for a while, with a 503 or by closing
 * the connection without an answer, to test the player's queue.
 * And it plays a cmi5 platform's `fetch` address: `POST /cmi5/fetch` gives
 * an auth token once, and refuses the second time, as cmi5 says.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One statement as it arrived. */
export interface RecordedStatement {
  statement: Record<string, any>;
  /** The request's headers, lower-cased names. */
  headers: Record<string, string | undefined>;
  /** Which POST it came in (from 1). */
  post: number;
}

/** How the store answers statement POSTs. */
export type LrsMode = 'ok' | 'unavailable' | 'close';

/** The running store. */
export interface RecordingLrs {
  /** e.g. `http://127.0.0.1:43123`. */
  origin: string;
  /** The xAPI endpoint, ending in `/`: `${origin}/xapi/`. */
  endpoint: string;
  /** Every statement stored, in order. */
  statements: RecordedStatement[];
  /** Statement POSTs answered with a failure (503 or a closed connection). */
  failedPosts: number;
  /** Statements POSTed again after the store had them (each answered 409). */
  conflicts: number;
  /** Statements answered 400, and so never stored. */
  refused: number;
  /** Which statements to refuse with 400; none unless set. */
  refuse: (statement: Record<string, any>) => boolean;
  /** Fetch-address POSTs, and the token it hands out. */
  cmi5: { fetches: number; token: string };
  setMode(mode: LrsMode): void;
  /** Forgets what was recorded, and answers again. */
  clear(): void;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, PUT, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Expose-Headers': 'X-Experience-API-Version',
  'Access-Control-Max-Age': '600',
};

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...CORS, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
  response.end(JSON.stringify(body));
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the store on 127.0.0.1 and a free port.
 * @example
 * const lrs = await startRecordingLrs();
 * // package built with --xapi-endpoint ${lrs.endpoint}
 * await lrs.close();
 */
export async function startRecordingLrs(): Promise<RecordingLrs> {
  let mode: LrsMode = 'ok';
  let posts = 0;
  const lrs: Omit<RecordingLrs, 'origin' | 'endpoint' | 'close'> = {
    statements: [],
    failedPosts: 0,
    conflicts: 0,
    refused: 0,
    refuse: () => false,
    cmi5: { fetches: 0, token: Buffer.from('cmi5-learner:one-time-secret').toString('base64') },
    setMode: (next) => {
      mode = next;
    },
    clear: () => {
      mode = 'ok';
      lrs.statements.length = 0;
      lrs.failedPosts = 0;
      lrs.conflicts = 0;
      lrs.refused = 0;
      lrs.refuse = () => false;
      lrs.cmi5.fetches = 0;
    },
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS);
      response.end();
      return;
    }
    if (request.method === 'POST' && path === '/cmi5/fetch') {
      lrs.cmi5.fetches += 1;
      // cmi5 §8.2.3: the fetch address answers once; again is error 1.
      if (lrs.cmi5.fetches > 1) return json(response, 400, { 'error-code': '1', 'error-text': 'Already in use' });
      return json(response, 200, { 'auth-token': lrs.cmi5.token });
    }
    if (request.method !== 'POST' || path !== '/xapi/statements') return json(response, 404, { message: `no ${request.method} ${path} here` });
    const text = await bodyOf(request);
    if (mode === 'close') {
      lrs.failedPosts += 1;
      request.socket.destroy();
      return;
    }
    if (mode === 'unavailable') {
      lrs.failedPosts += 1;
      return json(response, 503, { message: 'The store is down for maintenance.' });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return json(response, 400, { message: 'The body is not JSON.' });
    }
    const batch = (Array.isArray(body) ? body : [body]) as Record<string, any>[];
    const known = new Set(lrs.statements.map((entry) => entry.statement.id));
    const again = batch.filter((statement) => known.has(statement.id)).length;
    if (again > 0) {
      lrs.conflicts += again;
      return json(response, 409, { message: `${again} of these statements are stored already.` });
    }
    const refused = batch.filter((statement) => lrs.refuse(statement)).length;
    if (refused > 0) {
      lrs.refused += refused;
      return json(response, 400, { message: 'A statement was refused by the test.' });
    }
    posts += 1;
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
    for (const statement of batch) lrs.statements.push({ statement, headers, post: posts });
    json(response, 200, batch.map((statement) => statement.id));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) json(response, 500, { message: String(error) });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return Object.assign(lrs, {
    origin,
    endpoint: `${origin}/xapi/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  }) as RecordingLrs;
}
