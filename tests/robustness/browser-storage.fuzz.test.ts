/**
 * Hostile stored data for the two things the site keeps in the browser, the
 * reflective log and a scenario's saved session, read and then written
 * through the site's own store functions against every way a browser's
 * storage misbehaves: working, full (QuotaExceededError on setItem), full
 * except for the key itself, reads that throw, switched off, and writes
 * silently dropped. Each input is time-capped. Each result is either
 * accepted or rejected with a clear sentence (never a stack or a raw
 * object), nothing throws, and nothing is lost: what was stored is still
 * under its key, or copied whole under a `:corrupt:` key, or (for log
 * entries) split between the rewritten log and the set-aside entries; and
 * whatever was not read is offered to the learner as a download.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choose, startSession, writeResponse } from '../../engine/runner/session-moves.js';
import { serialiseSession } from '../../engine/runner/serialise-session.js';
import { parseScenario } from '../../engine/scenario/parse-scenario.js';
import { reflectiveLogStorageKey, sessionStorageKey } from '../../engine/storage/storage-keys.js';
import { unwrapStored, wrapStored } from '../../engine/storage/stored-envelope.js';
import { compactScenario } from '../../engine/scenario/compact-scenario.js';
import { loadReflectiveLog, recordLogEntry } from '../../site/src/lib/reflective-log-store.js';
import { loadSession, saveSession } from '../../site/src/lib/session-persistence.js';
import { bounded } from './support/bounded.js';
import { disabledStore, forgetfulStore, fullStore, type InspectableStore, unreadableStore, workingStore } from './support/hostile-stores.js';
import { mutatedText } from './support/mutated-text.js';

/** Inputs tried per property. */
export const STORAGE_FUZZ_RUNS = { log: 300, session: 200 } as const;

const now = '2026-12-18T10:00:00.000Z';
const LOG_KEY = reflectiveLogStorageKey();
const file = 'scenarios/closing-too-soon.mdx';
const scenario = compactScenario(parseScenario(readFileSync(file, 'utf8'), file).scenario!);
const SESSION_KEY = sessionStorageKey(scenario.id);

// ---------------------------------------------------------------- the corpus

const entry = {
  scenarioId: 'closing-too-soon',
  scenarioTitle: 'Closing too soon',
  promptId: 'plan-the-call',
  kind: 'reflect' as const,
  phase: 'before' as const,
  prompt: 'What do you want to achieve?',
  text: 'Keep the case open.',
  updatedAt: now,
};
const logEnvelope = (data: unknown, overrides: Record<string, unknown> = {}) => JSON.stringify({ envelope: 1, kind: 'reflective-log', savedAt: now, data, ...overrides });
const logOf = (entries: unknown) => logEnvelope({ formatVersion: 1, entries });
/** A list nested 5,000 deep, as JSON text: JSON.parse reads it, JSON.stringify cannot write it again. */
const DEEP = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
const VALID_LOG = logOf([entry, { ...entry, promptId: 'call-record', kind: 'record', text: 'Agreed.' }]);

const sessionEnvelope = (data: unknown, overrides: Record<string, unknown> = {}) => JSON.stringify({ envelope: 1, kind: 'session', savedAt: now, data, ...overrides });
const played = writeResponse(scenario, choose(scenario, startSession(scenario), 1), 'plan-the-call', 'Bring the figures.');
const VALID_SESSION = sessionEnvelope(serialiseSession(played));
const sessionJson = JSON.parse(serialiseSession(played)) as Record<string, unknown>;
const sessionOf = (overrides: Record<string, unknown>) => sessionEnvelope(JSON.stringify({ ...sessionJson, ...overrides }));

/** Damaged JSON and wrong envelopes, which both readers must refuse the same way. */
const damaged = (valid: string, kind: string): Record<string, string> => ({
  'an empty value': '',
  'text that is not JSON': 'not a log at all',
  'JSON cut off half-way': valid.slice(0, Math.floor(valid.length / 2)),
  'JSON null': 'null',
  'a JSON number': '42',
  'a JSON string': '"saved"',
  'a JSON list': '[1,2,3]',
  'a byte-order mark and NUL bytes': `\uFEFF\u0000${valid}`,
  'an envelope from a future storage format': valid.replace('"envelope":1', '"envelope":99'),
  'an envelope version written as text': valid.replace('"envelope":1', '"envelope":"1"'),
  'an envelope holding another kind of data': valid.replace(`"kind":"${kind}"`, '"kind":"something-else"'),
  'an envelope with no data': JSON.stringify({ envelope: 1, kind, savedAt: now }),
  'an envelope with __proto__ keys': valid.replace('{"envelope":1', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"envelope":1'),
  'an envelope whose data is nested 5,000 deep': `{"envelope":1,"kind":"${kind}","savedAt":"${now}","data":${DEEP}}`,
});

const HOSTILE_LOGS: Record<string, string> = {
  'a readable log': VALID_LOG,
  ...damaged(VALID_LOG, 'reflective-log'),
  'a log from a future format': logEnvelope({ formatVersion: 99, entries: [entry] }),
  'a log whose format version is text': logEnvelope({ formatVersion: '1', entries: [entry] }),
  'a log whose entries are not a list': logEnvelope({ formatVersion: 1, entries: 'all of them' }),
  'entries of the wrong types': logOf([entry, { ...entry, promptId: 'a', text: 5 }, { ...entry, promptId: 'b', kind: 'poem' }, { ...entry, promptId: 'c', phase: 'later' }, null, 'text', [entry], { ...entry, promptId: 'd', updatedAt: 1 }]),
  'a readable entry with a 4 MB text': logOf([{ ...entry, text: 'x'.repeat(4_000_000) }]),
  'an unreadable entry 4 MB long': logOf([entry, { ...entry, promptId: 'big', text: ['x'.repeat(4_000_000)] }]),
  '50,000 readable entries': logOf(Array.from({ length: 50_000 }, (_, index) => ({ ...entry, promptId: `p${index}` }))),
  '20,000 unreadable entries': logOf([entry, ...Array.from({ length: 20_000 }, (_, index) => index)]),
  'an entry nested too deeply to write out again': logOf([entry, 'deep']).replace('"deep"', DEEP),
};

const HOSTILE_SESSIONS: Record<string, string> = {
  'a resumable session': VALID_SESSION,
  ...damaged(VALID_SESSION, 'session'),
  'session data that is not text': sessionEnvelope({ formatVersion: 1 }),
  'session text that is not JSON': sessionEnvelope('{"formatVersion":1,"scenarioId":'),
  'a session from a future format': sessionOf({ formatVersion: 99 }),
  'a session from before the oldest format': sessionOf({ formatVersion: 0 }),
  'steps that are not a list': sessionOf({ steps: 'all of them' }),
  'steps of the wrong types': sessionOf({ steps: [1, null, 'choose', { type: 'choose', choiceId: 5 }] }),
  'a choice the scenario does not have': sessionOf({ steps: [{ type: 'choose', choiceId: 'no-such-choice' }] }),
  'a session for another scenario': sessionOf({ scenarioId: 'several-voices' }),
  'a 4 MB reflection': sessionOf({ steps: [{ type: 'write', promptId: 'first-reaction', text: 'x'.repeat(4_000_000) }] }),
  '20,000 steps': sessionOf({ steps: Array.from({ length: 20_000 }, (_, index) => ({ type: 'write', promptId: 'first-reaction', text: `draft ${index}` })) }),
};

/** Every way a browser's storage can behave, each holding `initial`; `key` is the one being read. */
const STORES: Record<string, (initial: Record<string, string>, key: string) => InspectableStore> = {
  'working storage': (initial) => workingStore(initial),
  'storage full (QuotaExceededError on setItem)': (initial) => fullStore(initial),
  'full except for rewriting the key itself': (initial, key) => fullStore(initial, (written) => written === key),
  'getItem throws': (initial) => unreadableStore(initial),
  'storage switched off': (initial) => disabledStore(initial),
  'writes silently dropped': (initial) => forgetfulStore(initial),
};

// ---------------------------------------------------------------- the checks

/** A reader's check of one stored text in one kind of store. */
type StoredTextCheck = (original: string, makeStore: (initial: Record<string, string>, key: string) => InspectableStore, what: string) => void;

/** A message a learner can read: a sentence or two, no stack, no raw objects. */
function expectClearMessage(message: string | null, what: string): void {
  if (message === null) return;
  expect(message, what).toMatch(/^[A-Z0-9].*[.)]$/s);
  expect(message, what).not.toMatch(/\n\s+at |\[object |undefined|NaN|TypeError|ReferenceError/);
  expect(message.length, what).toBeLessThan(1_500);
}

/** The values of the envelopes stored under `key`'s `:corrupt:` keys. */
function setAsideValues(snapshot: Record<string, string>, key: string): string[] {
  return Object.entries(snapshot)
    .filter(([stored]) => stored.startsWith(`${key}:corrupt:`))
    .map(([, value]) => value);
}

/** A value as JSON with its keys sorted, so a rewritten entry compares equal to the stored one. */
function canonical(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, inner: unknown) =>
      typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
    );
  } catch {
    return 'nested too deeply to compare';
  }
}

/** The stored log's entries as canonical JSON, or null when the text is not a log with a list of entries. */
function entriesOf(text: string | undefined): string[] | null {
  try {
    const data = unwrapStored(text ?? '', 'reflective-log') as { entries?: unknown };
    return Array.isArray(data.entries) ? data.entries.map(canonical) : null;
  } catch {
    return null;
  }
}

/** Every entry of `original` is still kept: in the log, or in set-aside entries, or the whole text copied. */
function expectNoLogEntryLost(original: string, store: InspectableStore, what: string): void {
  const snapshot = store.snapshot();
  const aside = setAsideValues(snapshot, LOG_KEY);
  if (snapshot[LOG_KEY] === original || aside.includes(original)) return;
  const before = entriesOf(original);
  expect(before, `${what}: the original was neither kept nor copied whole`).not.toBeNull();
  const kept = new Set([
    ...(entriesOf(snapshot[LOG_KEY]) ?? []),
    ...aside.flatMap((text) => (unwrapStored(text, 'reflective-log-unreadable-entries') as Array<{ value: unknown }>).map((item) => canonical(item.value))),
  ]);
  expect(before!.filter((stored) => !kept.has(stored)), `${what}: entries lost`).toEqual([]);
}

const checkLog: StoredTextCheck = (original, makeStore, what) => {
  const store = makeStore({ [LOG_KEY]: original }, LOG_KEY);
  const loaded = bounded(() => loadReflectiveLog(store, now));
  expectClearMessage(loaded.problem, what);
  // Rejected data is offered back whole, unless storage would not even hand it over.
  if (loaded.problem !== null && loaded.held !== 'unavailable') expect(loaded.setAside, what).not.toBeNull();
  if (loaded.held === 'held') expect(loaded.setAside?.text, what).toBe(original);
  expectNoLogEntryLost(original, store, `${what}, after reading`);

  const added = { ...entry, promptId: 'fuzz-added', text: 'Written after the damage.' };
  const recorded = bounded(() => recordLogEntry(store, added, now));
  expectClearMessage(recorded.problem, what);
  if (recorded.saved.ok) expect(entriesOf(store.snapshot()[LOG_KEY]), what).toContain(canonical(added));
  else expect(['full', 'unavailable', 'held'], what).toContain(recorded.saved.refusal);
  expectNoLogEntryLost(original, store, `${what}, after writing`);
};

const checkSession: StoredTextCheck = (original, makeStore, what) => {
  const store = makeStore({ [SESSION_KEY]: original }, SESSION_KEY);
  const loaded = bounded(() => loadSession(store, scenario, now));
  expectClearMessage(loaded.message, what);
  const accepted = loaded.resumed;
  const keptWhole = () => store.snapshot()[SESSION_KEY] === original || setAsideValues(store.snapshot(), SESSION_KEY).includes(original);
  if (!accepted) expect(keptWhole(), `${what}: the save is neither in place nor set aside`).toBe(true);
  if (!accepted && loaded.held !== 'unavailable' && loaded.message !== null) expect(loaded.setAside?.text, what).toBe(original);
  // The player saves only when nothing is held, as here.
  if (loaded.held === null) {
    const saved = bounded(() => saveSession(store, loaded.session, now));
    if (!saved.ok) expect(['full', 'unavailable'], what).toContain(saved.refusal);
  }
  if (!accepted) expect(keptWhole(), `${what}: the save was lost on the next save`).toBe(true);
};

// ---------------------------------------------------------------- the tests

/** One test per corpus entry and kind of store. */
function corpusTests(corpus: Record<string, string>, check: StoredTextCheck): void {
  for (const [storeName, makeStore] of Object.entries(STORES)) {
    it.each(Object.entries(corpus))(`${storeName}: %s is accepted or refused clearly, and nothing is lost`, (name, text) => {
      check(text, makeStore, `${name} in ${storeName}`);
    });
  }
}

/** Runs `check` on generated stored texts, each in a kind of store chosen with it. */
function assertOnGenerated(texts: fc.Arbitrary<string>, check: StoredTextCheck, label: string, runs: number, seed: number): void {
  fc.assert(
    fc.property(texts, fc.constantFrom(...Object.keys(STORES)), (text, storeName) => check(text, STORES[storeName]!, `${label} in ${storeName}`)),
    { numRuns: runs, seed },
  );
}

describe('the stored reflective log, against hostile data and hostile storage', () => {
  corpusTests(HOSTILE_LOGS, checkLog);

  it('reads a readable log whole, and keeps every readable entry of a damaged one', () => {
    expect(loadReflectiveLog(workingStore({ [LOG_KEY]: VALID_LOG }), now)).toMatchObject({ problem: null, setAside: null, held: null });
    const loaded = loadReflectiveLog(workingStore({ [LOG_KEY]: HOSTILE_LOGS['entries of the wrong types']! }), now);
    expect(loaded.log.entries).toEqual([entry]);
    expect(loaded.problem).toMatch(/^7 entries of your saved reflective log could not be read \(.* And 4 more\.\), so they were set aside/);
  });

  it('never throws or loses an entry on mutations of a stored log', () => {
    assertOnGenerated(mutatedText(VALID_LOG.replaceAll(',', ',\n')), checkLog, 'mutated log', STORAGE_FUZZ_RUNS.log, 23);
  });

  it('never throws or loses an entry on random JSON in place of the entries', () => {
    const entries = fc.array(fc.oneof(fc.constant(entry), fc.jsonValue({ maxDepth: 4 })), { maxLength: 12 });
    assertOnGenerated(entries.map(logOf), checkLog, 'random entries', STORAGE_FUZZ_RUNS.log, 29);
  });
});

describe('the saved session, against hostile data and hostile storage', () => {
  corpusTests(HOSTILE_SESSIONS, checkSession);

  it('resumes a resumable session, and refuses the rest with the reason', () => {
    expect(loadSession(workingStore({ [SESSION_KEY]: VALID_SESSION }), scenario, now)).toMatchObject({ resumed: true, message: null });
    expect(loadSession(workingStore({ [SESSION_KEY]: HOSTILE_SESSIONS['a session from a future format']! }), scenario, now).message).toMatch(
      /^Your saved progress in this scenario could not be resumed \(.*\), so it was set aside/,
    );
  });

  it('never throws or loses a save on mutations of a saved session', () => {
    assertOnGenerated(mutatedText(VALID_SESSION.replaceAll(',', ',\n')), checkSession, 'mutated session', STORAGE_FUZZ_RUNS.session, 31);
  });

  it('never throws or loses a save on random JSON in place of the session', () => {
    assertOnGenerated(fc.jsonValue({ maxDepth: 4 }).map((data) => sessionEnvelope(JSON.stringify(data))), checkSession, 'random session', STORAGE_FUZZ_RUNS.session, 37);
  });
});
