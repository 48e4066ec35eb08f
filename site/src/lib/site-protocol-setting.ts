/**
 * The site's one protocol setting, read when the site is built: the
 * environment variable COMMON_GROUND_PROTOCOL names a built-in protocol by id
 * or gives the path of a partnership's protocol file. The file is checked
 * with the engine's located checker (every problem at file:line:column), so a
 * broken file stops the build with a clear message. The result is handed to
 * the browser code through Vite's `define` (see astro.config.mjs and
 * site-protocols.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtInProtocols, checkProtocolSource, DEFAULT_PROTOCOL, formatFinding, type Protocol } from '../../../engine/index.js';
import { SiteError } from './site-error.js';

/** The environment variable that chooses the site's protocol. */
export const SITE_PROTOCOL_VARIABLE = 'COMMON_GROUND_PROTOCOL';

/** What the build hands the site: the id of its protocol, and the protocol itself when it is not built in. */
export interface SiteProtocolSetting {
  id: string;
  protocol?: Protocol;
}

/**
 * Reads the setting from the environment.
 *
 * @throws {SiteError} when the value is neither a built-in id nor a readable, sound protocol file.
 * @example
 * siteProtocolSetting({ COMMON_GROUND_PROTOCOL: 'partnership.protocol.json' }, process.cwd()).id; // e.g. 'our-partnership'
 */
export function siteProtocolSetting(env: Record<string, string | undefined>, cwd: string): SiteProtocolSetting {
  const value = env[SITE_PROTOCOL_VARIABLE]?.trim();
  if (value === undefined || value === '') return { id: DEFAULT_PROTOCOL };
  if (Object.hasOwn(builtInProtocols, value)) return { id: value };
  let text: string;
  try {
    text = readFileSync(resolve(cwd, value), 'utf8');
  } catch {
    throw new SiteError(`${SITE_PROTOCOL_VARIABLE}=${value} is neither a built-in protocol (${Object.keys(builtInProtocols).join(', ')}) nor a readable file.`, {
      hint: 'Give a built-in protocol id, or the path of your protocol file relative to the project folder.',
    });
  }
  const { protocol, findings } = checkProtocolSource(text, value);
  if (protocol === undefined) {
    throw new SiteError(`${value} is not a protocol the site can use:\n${findings.map(formatFinding).join('\n')}`, {
      file: value,
      hint: `Fix the problems listed; \`common-ground protocol check ${value}\` lists them again.`,
    });
  }
  return { id: protocol.id, protocol };
}
