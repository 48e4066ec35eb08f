/**
 * A hostile-input corpus for the protocol reader (`checkProtocolSource`,
 * behind `protocol check`, `--protocol FILE` and a `*.protocol.json` beside
 * a case): the data-file hostilities every reader gets, and a protocol's
 * own (wrong and future format versions, absurd timescales, broken and
 * circular references, impossible dates, escape sequences in names, a
 * `__proto__` route), then random mutations of the template. Each input is
 * time-capped, and each is either accepted (and its deadlines can then be
 * computed) or refused with findings located in the file; never a throw.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkProtocolSource } from '../../engine/protocol/check-protocol-source.js';
import { computeDeadlines } from '../../engine/protocol/compute-deadlines.js';
import { bounded } from './support/bounded.js';
import { expectLocated } from './support/expect-located.js';
import { commonHostileTexts, STEERING_TEXT } from './support/hostile-data-text.js';
import { mutatedText, syntaxSoup } from './support/mutated-text.js';

const FILE = 'hostile/ours.protocol.json';
const template = readFileSync('engine/protocol/data/example-template.protocol.json', 'utf8');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits of raw JSON

/** The template with `change` made to its data, pretty-printed. */
function edited(change: (data: Json) => void): string {
  const data = JSON.parse(template) as Json;
  change(data);
  return JSON.stringify(data, null, 2);
}

/** The first rule of the first deadline of stage `index` (0-based). */
const ruleOf = (data: Json, index = 1): Json => data.stages[index].deadlines[0].rule;

/** A protocol's own hostile inputs, by name. */
const PROTOCOL_INPUTS: Record<string, string> = {
  'no formatVersion': edited((data) => delete data.formatVersion),
  'a format version from the future': edited((data) => (data.formatVersion = 999)),
  'format version 0': edited((data) => (data.formatVersion = 0)),
  'a negative format version': edited((data) => (data.formatVersion = -1)),
  'a fractional format version': edited((data) => (data.formatVersion = 1.5)),
  'the format version as text': edited((data) => (data.formatVersion = '1')),
  'the format version in hexadecimal (YAML)': stringify(JSON.parse(template)).replace(/^formatVersion: 1$/m, 'formatVersion: 0x1'),
  'the whole template written as YAML': stringify(JSON.parse(template)),
  'no stages': edited((data) => (data.stages = [])),
  'stages as text': edited((data) => (data.stages = 'all of them')),
  'a stage number used twice': edited((data) => (data.stages[1].stage = 1)),
  'a stage number of a million': edited((data) => (data.stages[3].stage = 1_000_000)),
  'a stage number in hexadecimal text': edited((data) => (data.stages[1].stage = '0x2')),
  'ten million working days': edited((data) => (ruleOf(data).workingDaysAfter = 10_000_000)),
  'the largest safe number of working days': edited((data) => (ruleOf(data).workingDaysAfter = Number.MAX_SAFE_INTEGER)),
  'a thousand million million working weeks': edited((data) => (ruleOf(data, 0).workingWeeksAfter = 1e15)),
  'hours after of 1e300': edited((data) => (data.stages[1].deadlines[0].rule = { hoursAfter: 1e300, from: 'raised' })),
  'zero working days': edited((data) => (ruleOf(data).workingDaysAfter = 0)),
  'negative working days': edited((data) => (ruleOf(data).workingDaysAfter = -5)),
  'a fractional number of working days': edited((data) => (ruleOf(data).workingDaysAfter = 2.5)),
  'working days as text': edited((data) => (ruleOf(data).workingDaysAfter = 'five')),
  'a rule from an event that does not exist': edited((data) => (ruleOf(data).from = 'neverHappened')),
  'an event assumed at a deadline of a missing stage': edited((data) => (data.events.managersTalked.assumeAt = { stage: 99, deadline: 'managers' })),
  'an event assumed at a deadline that counts from itself': edited((data) => (ruleOf(data).from = 'managersTalked')),
  'no routes': edited((data) => delete data.routes),
  'an empty set of routes': edited((data) => (data.routes = {})),
  'a route called __proto__': edited((data) => (data.routes = JSON.parse(`{"__proto__": ${JSON.stringify(data.routes.child)}}`))),
  'a route called constructor': edited((data) => (data.routes = { constructor: data.routes.child })),
  'escape sequences in the name, a stage title and an event label': edited((data) => {
    data.name = `Ours ${STEERING_TEXT}`;
    data.stages[0].title = `Talk ${STEERING_TEXT}`;
    data.events.raised.label = `Raised ${STEERING_TEXT}`;
  }),
  'escape sequences in the id': edited((data) => (data.id = `ours${STEERING_TEXT}`)),
  'an impossible updated date': edited((data) => (data.source.updated = '2026-02-30')),
  'an updated date in year 1': edited((data) => (data.source.updated = '0001-01-01')),
  'an updated date in 9999': edited((data) => (data.source.updated = '9999-12-31')),
  'an updated date past 9999': edited((data) => (data.source.updated = '+012026-01-01')),
  'an end of day of 25:61:61': edited((data) => (data.endOfDay = '25:61:61')),
  'a time zone that does not exist': edited((data) => (data.timeZone = 'Mars/Olympus_Mons')),
  'an unknown field at the top': edited((data) => (data.executeOnLoad = 'rm -rf /')),
  'ten thousand events': edited((data) => {
    for (let index = 0; index < 10_000; index += 1) data.events[`extra${index}`] = { label: `Extra ${index}`, description: 'An event nothing refers to.' };
  }),
  'five hundred stages': edited((data) => {
    const last = data.stages[data.stages.length - 1];
    for (let index = data.stages.length + 1; index <= 500; index += 1) data.stages.push({ ...last, stage: index });
  }),
  'ten thousand case events in one stage': edited((data) => {
    data.stages[0].caseEvents = Array.from({ length: 10_000 }, (_, index) => ({ kind: `kind-${index}`, label: `Kind ${index}`, about: 'something' }));
  }),
  'a stage that is null': edited((data) => (data.stages[2] = null)),
  'every string replaced by an empty one': edited((data) => {
    const blank = (value: unknown): unknown =>
      typeof value === 'string' ? '' : Array.isArray(value) ? value.map(blank) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, blank(inner)])) : value;
    Object.assign(data, blank(data));
  }),
};

const CORPUS: Record<string, string> = { ...commonHostileTexts(template), ...PROTOCOL_INPUTS };

/** What one input came to. */
type Outcome = 'accepted' | 'refused';

/**
 * Reads one input, time-capped: an accepted protocol must have no errors and
 * give a deadline table; a refused one must say why at a place in the file.
 */
function check(text: string): Outcome {
  return bounded(() => {
    const { protocol, findings } = checkProtocolSource(text, FILE);
    expectLocated(findings, FILE);
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (protocol === undefined) {
      expect(errors.length, 'a refused protocol says why').toBeGreaterThan(0);
      return 'refused';
    }
    expect(errors).toEqual([]);
    const audience = Object.keys(protocol.routes)[0]!;
    const table = computeDeadlines({ protocol, audience, raised: '2026-12-18T10:00' });
    expect(table.stages.length).toBe(protocol.stages.length);
    return 'accepted';
  });
}

describe('checkProtocolSource on hostile files', () => {
  it('has a corpus of at least 25 named hostile inputs', () => {
    expect(Object.keys(CORPUS).length).toBeGreaterThanOrEqual(25);
  });

  it('accepts the template it starts from', () => {
    expect(check(template)).toBe('accepted');
  });

  it.each(Object.entries(CORPUS))('accepts or refuses, at a place, %s', (_name, text) => {
    expect(['accepted', 'refused']).toContain(check(text));
  });

  it('refuses the inputs that are plainly not a usable protocol', () => {
    for (const name of ['an empty file', 'a file past the size cap', 'flow lists nested 3,000 deep', 'an alias bomb', 'a format version from the future', 'ten million working days', 'hours after of 1e300', 'a rule from an event that does not exist', 'a stage number in hexadecimal text', 'an impossible updated date']) {
      expect(check(CORPUS[name]!), name).toBe('refused');
    }
  });

  it('refuses a timescale past a year at its line, saying the longest allowed', () => {
    const text = CORPUS['ten million working days']!;
    const { findings } = checkProtocolSource(text, FILE);
    expect(findings[0]).toMatchObject({ line: text.split('\n').findIndex((line) => line.includes('10000000')) + 1 });
    expect(findings[0]?.message).toMatch(/at most 260/);
  });
});

describe('checkProtocolSource on random damage', () => {
  /** Inputs tried per property. */
  const RUNS = { soup: 400, mutated: 600 } as const;

  it('never throws on random JSON-ish soup, and locates every finding', () => {
    fc.assert(fc.property(syntaxSoup(), (text) => void check(text)), { numRuns: RUNS.soup, seed: 29 });
  });

  it('never throws on mutations of the template, and locates every finding', () => {
    fc.assert(fc.property(mutatedText(template), (text) => void check(text)), { numRuns: RUNS.mutated, seed: 31 });
  });
});
