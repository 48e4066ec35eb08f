/**
 * The statements not yet taken by the record store, kept in this browser's
 * storage so they survive a reload, a closed tab or a day offline, one
 * queue per record store. Every read and write goes to storage (another tab
 * of the same package may have sent some or added some since), and a
 * statement already queued is not queued twice. When storage refuses (full,
 * or switched off) the queue carries on in this page's memory and says so,
 * so statements are still sent while the page is open.
 *
 * Stored as `{ "version": 1, "items": [{ "kind", "statement" }] }`.
 */
import type { KeyValueStore, XapiStatement, XapiStatementKind } from './xapi-engine.js';

/** The stored format's version. */
export const QUEUE_FORMAT_VERSION = 1;

/** One queued statement. */
export interface QueuedStatement {
  kind: XapiStatementKind;
  statement: XapiStatement;
}

/** The queue. */
export interface StatementQueue {
  /** Everything queued, oldest first. */
  items(): QueuedStatement[];
  /** Adds statements, leaving out any whose id is queued already. */
  add(items: readonly QueuedStatement[]): void;
  /** Drops the statements with these ids. */
  remove(ids: ReadonlySet<string>): void;
  /** Drops every statement of a kind (a learner's opt-out withdraws what they wrote). */
  withdraw(kind: XapiStatementKind): void;
  /** False once storage has refused a write: the queue then lives only as long as the page. */
  durable(): boolean;
}

function readItems(text: string | null): QueuedStatement[] {
  if (text === null) return [];
  try {
    const data = JSON.parse(text) as { version?: unknown; items?: unknown };
    if (data.version !== QUEUE_FORMAT_VERSION || !Array.isArray(data.items)) return [];
    return data.items.filter((item): item is QueuedStatement => typeof item?.statement?.id === 'string' && typeof item?.kind === 'string');
  } catch {
    return [];
  }
}

/**
 * The queue for the record store at `endpoint`, in `store`.
 * @example
 * const queue = statementQueue(browserStore(), 'https://lrs.example.org/xapi/');
 */
export function statementQueue(store: KeyValueStore, endpoint: string): StatementQueue {
  const key = `common-ground:xapi:queue:${endpoint}`;
  let memory: QueuedStatement[] | null = null;

  const load = (): QueuedStatement[] => {
    if (memory !== null) return memory;
    try {
      return readItems(store.getItem(key));
    } catch {
      memory = [];
      return memory;
    }
  };
  const save = (items: QueuedStatement[]) => {
    if (memory === null) {
      try {
        if (items.length === 0) store.removeItem(key);
        else store.setItem(key, JSON.stringify({ version: QUEUE_FORMAT_VERSION, items }));
        return;
      } catch {
        // Storage refused (full, or switched off): what was read is carried on in memory from now on.
      }
    }
    memory = items;
  };

  return {
    items: () => load(),
    add(items) {
      const queued = load();
      const ids = new Set(queued.map((item) => item.statement.id));
      const fresh = items.filter((item) => !ids.has(item.statement.id) && ids.add(item.statement.id));
      if (fresh.length > 0) save([...queued, ...fresh]);
    },
    remove(ids) {
      const queued = load();
      const kept = queued.filter((item) => !ids.has(item.statement.id));
      if (kept.length !== queued.length) save(kept);
    },
    withdraw(kind) {
      const queued = load();
      const kept = queued.filter((item) => item.kind !== kind);
      if (kept.length !== queued.length) save(kept);
    },
    durable: () => memory === null,
  };
}
