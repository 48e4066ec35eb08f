/**
 * One POST of statements to a record store's `statements` resource
 * (xAPI-Communication.md §2.1.2), and what its answer means for the queue:
 *
 * | Answer | Means | The queue |
 * | --- | --- | --- |
 * | 2xx | stored | drops them |
 * | 409 Conflict | the store has a statement with that id | a batch is sent again one by one; one alone is dropped, as already recorded (ids are made from what a statement says, so the same id is the same fact) |
 * | 400, 413, 422 | the store will not take it as it is | a batch is sent again one by one; one alone is dropped and the page says so, so a statement the store refuses never loops |
 * | 401, 403, other 4xx | the credentials or the address are wrong | keeps them, tries again slowly, and the page says so |
 * | 408, 429, 5xx, no answer | the store is busy, down or out of reach | keeps them, tries again with backoff |
 */

/** What an answer means. */
export type PostOutcome =
  | { kind: 'stored' }
  | { kind: 'conflict' }
  | { kind: 'rejected'; status: number; message: string }
  | { kind: 'refused'; status: number; message: string }
  | { kind: 'retry'; status: number | null; message: string; retryAfterMs?: number };

/** Where to send, and with what. */
export interface PostTarget {
  /** The record store's base address, ending in `/`. */
  endpoint: string;
  /** The `Authorization` header's value. */
  authorization: string;
}

/** Browsers refuse `keepalive` bodies over 64 KiB; under this a send survives the page closing. */
const KEEPALIVE_LIMIT = 60_000;

/** The store's words: a JSON error's `message` (or `error`), or its text, shortened. */
async function answerText(response: Response): Promise<string> {
  let text = '';
  try {
    text = await response.text();
    const data = JSON.parse(text) as { message?: unknown; error?: unknown };
    const said = typeof data.message === 'string' ? data.message : typeof data.error === 'string' ? data.error : null;
    if (said !== null) text = said;
  } catch {
    // Not JSON (or no body): the text as it is.
  }
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '').slice(0, 200);
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * Sends `statements` as one batch.
 * @example
 * const outcome = await postStatements({ endpoint: 'https://lrs.example.org/xapi/', authorization: 'Basic …' }, statements);
 * if (outcome.kind === 'stored') queue.remove(ids);
 */
export async function postStatements(target: PostTarget, statements: readonly unknown[], fetchImpl: typeof fetch = fetch): Promise<PostOutcome> {
  const body = JSON.stringify(statements);
  let response: Response;
  try {
    response = await fetchImpl(`${target.endpoint}statements`, {
      method: 'POST',
      headers: { Authorization: target.authorization, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
      body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      keepalive: body.length < KEEPALIVE_LIMIT,
    });
  } catch (error) {
    // Offline, refused by the page's security policy, or the connection dropped: the browser does not say which.
    return { kind: 'retry', status: null, message: error instanceof Error ? error.message : String(error) };
  }
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: 'stored' };
  if (status === 409) return { kind: 'conflict' };
  const message = await answerText(response);
  if (status === 400 || status === 413 || status === 422) return { kind: 'rejected', status, message };
  if (status === 408 || status === 429 || status >= 500) {
    const wait = retryAfter(response);
    return { kind: 'retry', status, message, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
  }
  return { kind: 'refused', status, message };
}
