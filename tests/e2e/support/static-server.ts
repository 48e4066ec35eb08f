import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** Content types for the files a static Astro build produces. */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ics': 'text/calendar; charset=utf-8',
};

/** A running static server. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:43123`, no trailing slash. */
  origin: string;
  /** Every path requested so far, in order (for "this page loaded no .js" checks). */
  requests: string[];
  /** Stops the server and waits for it to close. */
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<{ path: string; size: number } | 'directory' | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'directory';
    return { path, size: info.size };
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(body);
}

/**
 * Serves a built static site from `root` on 127.0.0.1 and a free port, the
 * way a static host does: `/a/` serves `a/index.html`, `/a` redirects to
 * `/a/` when `a` is a folder, unknown paths get `404.html` (if built) with
 * status 404, and nothing outside `root` can be read.
 *
 * @example
 * ```ts
 * const server = await startStaticServer({ root: 'site/dist' });
 * await page.goto(`${server.origin}/guidance/`);
 * await server.close();
 * ```
 */
export async function startStaticServer(options: { root: string; headers?: Readonly<Record<string, string>> }): Promise<StaticServer> {
  const root = resolve(options.root);
  const requests: string[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method not allowed');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(response, 400, 'Bad request');
      return;
    }
    const target = resolve(join(root, pathname));
    if (target !== root && !target.startsWith(root + sep)) {
      send(response, 403, 'Forbidden');
      return;
    }

    let found = await fileAt(target);
    if (found === 'directory') {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      found = await fileAt(join(target, 'index.html'));
    }
    let status = 200;
    if (found === undefined || found === 'directory') {
      status = 404;
      found = await fileAt(join(root, '404.html'));
      if (found === undefined || found === 'directory') {
        send(response, 404, 'Not found');
        return;
      }
    }

    response.writeHead(status, {
      'Content-Type': contentTypes[extname(found.path)] ?? 'application/octet-stream',
      'Content-Length': String(found.size),
      'Cache-Control': 'no-store',
      // Extra headers on every file, as a host configured from site/public/_headers would send them.
      ...options.headers,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(found.path).pipe(response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, String(error));
      else response.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
