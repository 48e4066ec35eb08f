/**
 * A cmi5 launch, read from the launch address's query (cmi5 §8.1): the
 * platform opens the package with `endpoint` (its record store), `fetch`
 * (where to get a one-time credential), `actor`, `registration` and
 * `activityId`. When all five are there they override what the package was
 * built with: the platform says where the statements go, whom they are
 * about and which attempt they belong to. When some are missing the launch
 * is broken, and the page says so rather than guess.
 *
 * Only the launch is cmi5's: the statements are Common Ground's own (see
 * `new-statements.ts`), without cmi5's `launched`/`initialized`/`terminated`
 * statements, its category or its session id.
 */
import { readLaunchActor } from './xapi-actor.js';
import { UUID_PATTERN } from './name-uuid.js';
import type { XapiAgent } from './xapi-statement.js';

/** The five launch parameters. */
export const CMI5_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** A cmi5 launch's facts. */
export interface Cmi5Launch {
  /** The record store's base address, ending in `/`. */
  endpoint: string;
  /** The address to POST to once for the credential. */
  fetch: string;
  actor: XapiAgent;
  /** The attempt, a UUID. */
  registration: string;
  /** The platform's IRI for this package (its AU). */
  activityId: string;
}

/** What the query says. */
export type Cmi5LaunchReading = { kind: 'none' } | { kind: 'launch'; launch: Cmi5Launch } | { kind: 'broken'; problem: string };

function webAddress(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The cmi5 launch in a page address's query, if any.
 * @example
 * readCmi5Launch(location.search); // { kind: 'none' } when opened any other way
 */
export function readCmi5Launch(search: string): Cmi5LaunchReading {
  const query = new URLSearchParams(search);
  const present = CMI5_PARAMETERS.filter((name) => query.has(name));
  if (present.length === 0) return { kind: 'none' };
  const missing = CMI5_PARAMETERS.filter((name) => !query.has(name));
  if (missing.length > 0) return { kind: 'broken', problem: `the launch address lacks ${missing.join(', ')}` };
  const endpoint = webAddress(query.get('endpoint')!);
  if (!endpoint) return { kind: 'broken', problem: 'the launch’s endpoint is not a web address' };
  const fetch = webAddress(query.get('fetch')!);
  if (!fetch) return { kind: 'broken', problem: 'the launch’s fetch is not a web address' };
  const actor = readLaunchActor(query.get('actor')!);
  if (!actor.ok) return { kind: 'broken', problem: actor.problem };
  const registration = query.get('registration')!.toLowerCase();
  if (!UUID_PATTERN.test(registration)) return { kind: 'broken', problem: 'the launch’s registration is not a UUID' };
  const activityId = query.get('activityId')!;
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(activityId)) return { kind: 'broken', problem: 'the launch’s activityId is not an IRI' };
  const base = endpoint.href.endsWith('/') ? endpoint.href : `${endpoint.href}/`;
  return { kind: 'launch', launch: { endpoint: base, fetch: fetch.href, actor: actor.actor, registration, activityId } };
}
