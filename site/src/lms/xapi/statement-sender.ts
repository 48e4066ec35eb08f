/**
 * Sends the queued statements to the record store: in batches, oldest
 * first, as soon as there are any, and again with backoff
 * (`retry-delay.ts`) when the store cannot be reached, or at once when the
 * browser says it is back online. A statement leaves the queue only when
 * the store has taken it (2xx), says it has it (409), or refuses it as it
 * is (400, 413, 422: dropped and said, never looped; see
 * `post-statements.ts`). One tab sends at a time (the Web Locks API, where
 * the browser has it), so two tabs never post the same batch at once.
 *
 * The page is told what is waiting and what went wrong, through
 * {@link StatementSender.subscribe}.
 */
import { postStatements, type PostOutcome } from './post-statements.js';
import { LONGEST_RETRY_MS, retryDelay } from './retry-delay.js';
import type { QueuedStatement, StatementQueue } from './statement-queue.js';
import type { XapiStatementKind } from './xapi-engine.js';

/** How many statements go in one POST. */
export const BATCH_SIZE = 25;

/** What went wrong last, for the page to say. */
export type SenderProblem =
  /** The store could not be reached, or was busy: statements wait and are tried again. */
  | { kind: 'unreachable'; detail: string }
  /** The store refused the credentials or the address: statements wait and are tried again, slowly. */
  | { kind: 'refused'; status: number; detail: string }
  /** No credentials could be had (a cmi5 launch's fetch failed): statements wait. */
  | { kind: 'no-credentials'; detail: string };

/** What the page shows. */
export interface SenderStatus {
  /** Statements waiting to be sent. */
  queued: number;
  /** Statements the store refused as they were, dropped this page; with the store's words for the last. */
  rejected: { count: number; status: number; detail: string } | null;
  problem: SenderProblem | null;
  /** False when the browser's storage refused the queue, so it lasts only as long as the page. */
  durable: boolean;
}

/** How a sender is made; the clock, the network and randomness can be replaced in tests. */
export interface SenderOptions {
  endpoint: string;
  /** The `Authorization` value, which a cmi5 launch has to fetch first. */
  authorization: () => Promise<string>;
  queue: StatementQueue;
  fetch?: typeof fetch;
  setTimeout?: (run: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  random?: () => number;
  /** Runs `send` holding the lock named `name`, or not at all when another tab holds it. */
  withLock?: (name: string, send: () => Promise<void>) => Promise<boolean>;
}

/** The sender. */
export interface StatementSender {
  /** Queues statements and starts sending. */
  send(items: readonly QueuedStatement[]): void;
  /** Sends what is queued now. Resolves when this round is done. */
  flush(): Promise<void>;
  /** The browser is back online: forget the backoff and send now. */
  backOnline(): void;
  /** Drops the unsent statements of a kind. */
  withdraw(kind: XapiStatementKind): void;
  status(): SenderStatus;
  /** Tells `listener` each time the status changes; returns how to stop. */
  subscribe(listener: (status: SenderStatus) => void): () => void;
}

/** The Web Locks API, where the browser has it; otherwise every tab sends (the store keeps one statement per id anyway). */
async function browserLock(name: string, send: () => Promise<void>): Promise<boolean> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) {
    await send();
    return true;
  }
  return await locks.request(name, { ifAvailable: true }, async (lock) => {
    if (lock === null) return false;
    await send();
    return true;
  });
}

/**
 * A sender for one record store.
 * @example
 * const sender = statementSender({ endpoint, authorization: async () => 'Basic …', queue });
 * sender.send(statements.map((statement) => ({ kind: statementKind(statement)!, statement })));
 */
export function statementSender(options: SenderOptions): StatementSender {
  const { endpoint, queue } = options;
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const later = options.setTimeout ?? ((run, ms) => setTimeout(run, ms));
  const cancel = options.clearTimeout ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const random = options.random ?? Math.random;
  const withLock = options.withLock ?? browserLock;
  const listeners = new Set<(status: SenderStatus) => void>();

  let problem: SenderProblem | null = null;
  let rejected: SenderStatus['rejected'] = null;
  let failures = 0;
  let timer: unknown = null;
  let sending: Promise<void> | null = null;

  const status = (): SenderStatus => ({ queued: queue.items().length, rejected, problem, durable: queue.durable() });
  const tell = () => {
    const now = status();
    for (const listener of listeners) listener(now);
  };
  const retryIn = (ms: number) => {
    if (timer !== null) cancel(timer);
    timer = later(() => {
      timer = null;
      void flush();
    }, ms);
  };

  /** What to do after one POST: whether to go on with the next batch. */
  function settle(batch: readonly QueuedStatement[], outcome: PostOutcome, oneByOne: { left: number }): boolean {
    const ids = new Set(batch.map((item) => item.statement.id));
    switch (outcome.kind) {
      case 'stored':
        queue.remove(ids);
        failures = 0;
        problem = null;
        oneByOne.left = Math.max(0, oneByOne.left - batch.length);
        return true;
      case 'conflict':
      case 'rejected':
        // A store rejects a whole batch for one statement it will not take: send the batch again one by one to find it.
        if (batch.length > 1) {
          oneByOne.left = batch.length;
          return true;
        }
        queue.remove(ids);
        oneByOne.left = Math.max(0, oneByOne.left - 1);
        if (outcome.kind === 'rejected') rejected = { count: (rejected?.count ?? 0) + 1, status: outcome.status, detail: outcome.message };
        return true;
      case 'refused':
        problem = { kind: 'refused', status: outcome.status, detail: outcome.message };
        retryIn(LONGEST_RETRY_MS);
        return false;
      case 'retry':
        failures += 1;
        // The browser's words for no answer ("Failed to fetch") say nothing a learner can pass on.
        problem = { kind: 'unreachable', detail: outcome.status === null ? 'no answer' : `error ${outcome.status}${outcome.message ? `: ${outcome.message}` : ''}` };
        retryIn(retryDelay(failures, { random, ...(outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs }) }));
        return false;
    }
  }

  async function sendAll(): Promise<void> {
    const oneByOne = { left: 0 };
    for (;;) {
      const batch = queue.items().slice(0, oneByOne.left > 0 ? 1 : BATCH_SIZE);
      if (batch.length === 0) return;
      let authorization: string;
      try {
        authorization = await options.authorization();
      } catch (error) {
        failures += 1;
        problem = { kind: 'no-credentials', detail: error instanceof Error ? error.message : String(error) };
        retryIn(retryDelay(failures, { random }));
        return;
      }
      const outcome = await postStatements({ endpoint, authorization }, batch.map((item) => item.statement), fetchImpl);
      const goOn = settle(batch, outcome, oneByOne);
      tell();
      if (!goOn) return;
    }
  }

  function flush(): Promise<void> {
    if (sending) return sending;
    if (timer !== null) {
      cancel(timer);
      timer = null;
    }
    sending = withLock(`common-ground:xapi:${endpoint}`, sendAll)
      .then((sent) => {
        // Another tab is sending: it reads the same queue, but look again shortly in case it stops first.
        if (!sent) retryIn(retryDelay(1, { random }));
      })
      .catch((error: unknown) => {
        problem = { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
        failures += 1;
        retryIn(retryDelay(failures, { random }));
      })
      .finally(() => {
        sending = null;
        tell();
      });
    return sending;
  }

  return {
    send(items) {
      queue.add(items);
      tell();
      void flush();
    },
    flush,
    backOnline() {
      failures = 0;
      void flush();
    },
    withdraw(kind) {
      queue.withdraw(kind);
      tell();
    },
    status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
