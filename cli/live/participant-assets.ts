import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFolder } from '../built-folder.js';

/** One file of the participant page, ready to send. */
export interface ParticipantAsset {
  contentType: string;
  body: Buffer;
}

/** The page's files: URL path, file name in `dist/live/`, and content type. */
const FILES: ReadonlyArray<readonly [path: string, file: string, contentType: string]> = [
  ['/', 'index.html', 'text/html; charset=utf-8'],
  ['/participant.js', 'participant.js', 'text/javascript; charset=utf-8'],
  ['/participant.css', 'participant.css', 'text/css; charset=utf-8'],
];

/**
 * The participant page's files keyed by URL path (`/`, `/participant.js`,
 * `/participant.css`), read from `dist/live/` once per call: the workshop
 * server calls this once when it starts and serves them from memory.
 * Throws when the page has not been built.
 * @example
 * const assets = participantAssets();
 * const page = assets.get('/'); // { contentType: 'text/html; charset=utf-8', body: <Buffer …> }
 */
export function participantAssets(): Map<string, ParticipantAsset> {
  const dir = builtFolder(import.meta.url, 'live', 'index.html');
  if (dir === null) {
    throw new Error(`The participant page is not built: no dist/live/index.html above ${fileURLToPath(import.meta.url)}.\nhint: run npm run build`);
  }
  const assets = new Map<string, ParticipantAsset>();
  for (const [path, file, contentType] of FILES) {
    const location = join(dir, file);
    if (!existsSync(location)) throw new Error(`The participant page is only partly built: ${location} is missing.\nhint: run npm run build`);
    assets.set(path, { contentType, body: readFileSync(location) });
  }
  return assets;
}
