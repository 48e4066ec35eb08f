/**
 * A cmi5 launch's credential: POST once to the launch's `fetch` address,
 * which answers `{"auth-token": "…"}`, used as `Basic <token>` (cmi5
 * §8.2). The address answers only once (a second POST is an error, code
 * 1), so the token is kept for this tab's session (`sessionStorage`): a
 * reload of the same launch uses it again instead of asking twice.
 */

/** The cmi5 fetch's answer when it refuses: `{"error-code": "1", "error-text": "…"}`. */
interface FetchError {
  'error-code'?: unknown;
  'error-text'?: unknown;
}

/** Where the token of a launch is kept for the tab's session. */
const tokenKey = (fetchUrl: string) => `common-ground:xapi:cmi5-token:${fetchUrl}`;

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The `Authorization` value of a cmi5 launch, fetched once per tab.
 * @throws {Error} saying why, when the fetch address cannot be reached or refuses.
 * @example
 * const authorization = await cmi5Authorization(launch.fetch); // 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
 */
export async function cmi5Authorization(fetchUrl: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const store = sessionStore();
  const kept = store?.getItem(tokenKey(fetchUrl));
  if (kept) return `Basic ${kept}`;
  const response = await fetchImpl(fetchUrl, { method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer' });
  let answer: { 'auth-token'?: unknown } & FetchError;
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    throw new Error(`the cmi5 fetch address answered ${response.status} without JSON`);
  }
  if (!response.ok || typeof answer['auth-token'] !== 'string' || answer['auth-token'] === '') {
    const said = typeof answer['error-text'] === 'string' ? `: ${answer['error-text']}` : '';
    throw new Error(`the cmi5 fetch address gave no token (${response.status}${said})`);
  }
  try {
    store?.setItem(tokenKey(fetchUrl), answer['auth-token']);
  } catch {
    // Without the tab's storage a reload cannot reuse the token; this page still can.
  }
  return `Basic ${answer['auth-token']}`;
}
