import { describe, expect, it } from 'vitest';
import { mergeResults, newestSource, previousDurations } from './merge-results.js';
import type { ResultsFile, StoredRow } from './results-file.js';

function row(benchmark: string, measuredAt: string, figure = `${benchmark} figure`): StoredRow {
  return { group: benchmark, figure, unit: 'ms', status: 'report', benchmark, measuredAt };
}

const committed: ResultsFile = {
  startedAt: '2026-11-25T15:00:00Z',
  groups: { calendar: { durationMs: 20_000, measuredAt: '2026-11-25T15:00:00Z' }, site: { durationMs: 300_000, measuredAt: '2026-11-25T15:10:00Z' } },
  rows: [row('calendar', '2026-11-25T15:00:00Z', 'old calendar'), row('site', '2026-11-25T15:10:00Z', 'old site')],
};
const cache: ResultsFile = {
  startedAt: '2026-12-02T09:00:00Z',
  groups: { calendar: { durationMs: 25_000, measuredAt: '2026-12-02T09:00:00Z' } },
  rows: [row('calendar', '2026-12-02T09:00:00Z', 'cached calendar')],
};

describe('newestSource', () => {
  it('picks the file that measured the group last, whichever it is', () => {
    expect(newestSource([cache, committed], 'calendar')).toBe(cache);
    expect(newestSource([cache, committed], 'site')).toBe(committed);
    expect(newestSource([undefined, committed], 'calendar')).toBe(committed);
    expect(newestSource([cache, committed], 'live')).toBeUndefined();
  });

  it('uses the rows’ dates for files written before group timings were recorded', () => {
    const old: ResultsFile = { startedAt: '', rows: [row('parse', '2026-12-01T22:45:59Z')] };
    expect(newestSource([cache, old], 'parse')).toBe(old);
  });
});

describe('previousDurations', () => {
  it('gives each group its most recent duration, and undefined when never timed', () => {
    expect(previousDurations([cache, committed], ['calendar', 'parse', 'site'])).toEqual({ calendar: 25_000, parse: undefined, site: 300_000 });
  });
});

describe('mergeResults', () => {
  const order = ['calendar', 'parse', 'site'];
  it('marks the measured rows new and the others kept, from the newest earlier file, in table order', () => {
    const fresh = [row('parse', '2026-12-03T10:00:00Z', 'new parse')];
    const merged = mergeResults({ order, measuredGroups: ['parse'], rows: fresh, groups: { parse: { durationMs: 90_000, measuredAt: '2026-12-03T10:00:00Z' } }, previous: [cache, committed] });
    expect(merged.rows.map((r) => [r.figure, r.kept])).toEqual([
      ['cached calendar', true],
      ['new parse', false],
      ['old site', true],
    ]);
    expect(merged.groups).toEqual({ calendar: cache.groups?.calendar, parse: { durationMs: 90_000, measuredAt: '2026-12-03T10:00:00Z' }, site: committed.groups?.site });
  });

  it('keeps nothing of a group it measured, and drops rows of groups the harness no longer has', () => {
    const withGone: ResultsFile = { ...committed, rows: [...committed.rows, row('retired', '2026-11-25T15:00:00Z')] };
    const merged = mergeResults({ order, measuredGroups: ['calendar'], rows: [row('calendar', '2026-12-03T10:00:00Z', 'now')], groups: {}, previous: [cache, withGone] });
    expect(merged.rows.map((r) => r.figure)).toEqual(['now', 'old site']);
  });
});
