/**
 * Who the statements are about. Common Ground never knows a learner's name
 * or email, and does not go looking for them: the actor is
 *
 * - the agent a cmi5 launch gives (its `actor` parameter), exactly as the
 *   launching platform wrote it, when the package was launched that way:
 *   the platform decided what identifies its learner;
 * - otherwise an anonymous account: `homePage` the origin the package is
 *   served from (the platform's, inside Moodle), `name` a random UUID this
 *   browser keeps. The record store can tell one browser's plays apart
 *   and put them together, and nothing in them names a person.
 */
import type { XapiAgent } from './xapi-statement.js';
import { XAPI_BASE_IRI } from './xapi-iris.js';

/** xAPI's four inverse functional identifiers: an agent has exactly one. */
export const INVERSE_FUNCTIONAL_IDENTIFIERS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/**
 * The anonymous actor: an account on `origin` named `name`. A page with no
 * web origin (a package opened from a folder, whose origin is `null`) uses
 * Common Ground's base IRI as the home page instead, since xAPI requires
 * one.
 *
 * @example
 * anonymousActor('https://moodle.example.org', '3f1c…'); // { objectType: 'Agent', account: { homePage: 'https://moodle.example.org', name: '3f1c…' } }
 */
export function anonymousActor(origin: string, name: string): XapiAgent {
  const homePage = /^https?:\/\/[^/]+$/i.test(origin) ? origin : XAPI_BASE_IRI;
  return { objectType: 'Agent', account: { homePage, name } };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The agent of a cmi5 launch's `actor` parameter (JSON), checked: one
 * inverse functional identifier, of the right form. Only the properties an
 * agent may have are kept.
 *
 * @returns the agent, or why it cannot be used, in words.
 * @example
 * readLaunchActor('{"objectType":"Agent","account":{"homePage":"https://lms.example.org","name":"learner-42"}}');
 * // { ok: true, actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } } }
 */
export function readLaunchActor(json: string): { ok: true; actor: XapiAgent } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'the launch’s actor is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'the launch’s actor is not an object' };
  const given = value as Record<string, unknown>;
  if (given.objectType !== undefined && given.objectType !== 'Agent') return { ok: false, problem: 'the launch’s actor is not an Agent' };
  const present = INVERSE_FUNCTIONAL_IDENTIFIERS.filter((key) => given[key] !== undefined);
  if (present.length !== 1) return { ok: false, problem: `the launch’s actor has ${present.length} identifiers where xAPI needs exactly one` };
  const actor: XapiAgent = { objectType: 'Agent' };
  if (given.name !== undefined) {
    if (typeof given.name !== 'string') return { ok: false, problem: 'the launch’s actor has a name that is not text' };
    actor.name = given.name;
  }
  const key = present[0]!;
  const ifi = given[key];
  if (key === 'account') {
    const account = ifi as Record<string, unknown> | null;
    if (typeof account !== 'object' || account === null || !isText(account.homePage) || !isText(account.name) || !/^https?:\/\//i.test(account.homePage)) {
      return { ok: false, problem: 'the launch’s actor account needs a homePage web address and a name' };
    }
    actor.account = { homePage: account.homePage, name: account.name };
  } else if (key === 'mbox') {
    if (!isText(ifi) || !/^mailto:[^@\s]+@[^@\s]+$/i.test(ifi)) return { ok: false, problem: 'the launch’s actor mbox is not a mailto: address' };
    actor.mbox = ifi;
  } else if (key === 'mbox_sha1sum') {
    if (!isText(ifi) || !/^[0-9a-f]{40}$/i.test(ifi)) return { ok: false, problem: 'the launch’s actor mbox_sha1sum is not 40 hex digits' };
    actor.mbox_sha1sum = ifi;
  } else {
    if (!isText(ifi) || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(ifi)) return { ok: false, problem: 'the launch’s actor openid is not a URI' };
    actor.openid = ifi;
  }
  return { ok: true, actor };
}
