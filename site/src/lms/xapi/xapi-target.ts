/**
 * Where this page's statements go, and about whom: a cmi5 launch's
 * parameters when the page was launched with them (they override the
 * package), else the record store the package was built for, else nowhere
 * (xAPI is off by default). A launch with only some of the parameters is
 * not half-followed: the page says it is broken and falls back on the
 * package's own settings.
 */
import type { PackageData } from '../package-data.js';
import { cmi5Authorization } from './cmi5-auth-token.js';
import { readCmi5Launch, type Cmi5Launch } from './xapi-engine.js';

/** Where statements go. */
export type XapiTarget =
  | { kind: 'off'; brokenLaunch: string | null }
  | {
      kind: 'on';
      endpoint: string;
      /** The `Authorization` value; a cmi5 launch fetches it the first time. */
      authorization: () => Promise<string>;
      /** The launch, when the platform launched the page with cmi5. */
      launch: Cmi5Launch | null;
      /** Why a cmi5 launch in the address was not followed; null when there was none or it was. */
      brokenLaunch: string | null;
    };

/**
 * The target for this page.
 * @example
 * xapiTarget(data.xapi, location.search); // { kind: 'off', brokenLaunch: null } for a package built without xAPI
 */
export function xapiTarget(built: PackageData['xapi'], search: string, fetchImpl?: typeof fetch): XapiTarget {
  const reading = readCmi5Launch(search);
  if (reading.kind === 'launch') {
    const { launch } = reading;
    let token: Promise<string> | null = null;
    const authorization = () => {
      // A failed fetch is asked again on the next try; a token, once had, is kept.
      token ??= cmi5Authorization(launch.fetch, fetchImpl).catch((error: unknown) => {
        token = null;
        throw error;
      });
      return token;
    };
    return { kind: 'on', endpoint: launch.endpoint, authorization, launch, brokenLaunch: null };
  }
  const brokenLaunch = reading.kind === 'broken' ? reading.problem : null;
  if (built === null) return { kind: 'off', brokenLaunch };
  return { kind: 'on', endpoint: built.endpoint, authorization: async () => built.authorization, launch: null, brokenLaunch };
}
