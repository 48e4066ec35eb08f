import { describe, expect, it } from 'vitest';
import { describeRemaining, estimateRemaining, formatDuration, progressLine } from './estimate-time.js';

const groups = ['calendar', 'parse', 'site'];

describe('estimateRemaining', () => {
  it('adds the previous durations of the current group and every later one', () => {
    expect(estimateRemaining(groups, { calendar: 20_000, parse: 100_000, site: 300_000 }, 0)).toEqual({ ms: 420_000, unknown: [] });
    expect(estimateRemaining(groups, { calendar: 20_000, parse: 100_000, site: 300_000 }, 1)).toEqual({ ms: 400_000, unknown: [] });
  });

  it('takes the time already spent off the current group, never below zero', () => {
    expect(estimateRemaining(groups, { calendar: 20_000, parse: 100_000, site: 300_000 }, 2, 60_000).ms).toBe(240_000);
    expect(estimateRemaining(groups, { calendar: 20_000, parse: 100_000, site: 300_000 }, 1, 500_000).ms).toBe(300_000);
  });

  it('lists the groups that have never been timed instead of guessing', () => {
    expect(estimateRemaining(groups, { calendar: 20_000 }, 0)).toEqual({ ms: 20_000, unknown: ['parse', 'site'] });
    expect(estimateRemaining(groups, {}, 1)).toEqual({ ms: 0, unknown: ['parse', 'site'] });
  });
});

describe('formatDuration', () => {
  it('rounds as an estimate deserves', () => {
    expect(formatDuration(4_000)).toBe('under 10 s');
    expect(formatDuration(42_000)).toBe('40 s');
    expect(formatDuration(58_000)).toBe('1 min');
    expect(formatDuration(150_000)).toBe('3 min');
    expect(formatDuration(3_600_000)).toBe('1 h');
    expect(formatDuration(4_000_000)).toBe('1 h 7 min');
  });
});

describe('describeRemaining', () => {
  it('gives the time left, or says there is no estimate yet and for which groups', () => {
    expect(describeRemaining({ ms: 180_000, unknown: [] })).toBe('about 3 min left');
    expect(describeRemaining({ ms: 2_000, unknown: [] })).toBe('under 10 s left');
    expect(describeRemaining({ ms: 0, unknown: [] })).toBe('almost done');
    expect(describeRemaining({ ms: 2_000, unknown: ['site'] })).toBe('under 10 s left, plus site: no estimate yet');
    expect(describeRemaining({ ms: 0, unknown: ['site'] })).toBe('no estimate yet for site');
    expect(describeRemaining({ ms: 60_000, unknown: ['parse', 'site'] })).toBe('about 1 min left, plus parse, site: no estimate yet');
  });

  it('words a whole run as "in all"', () => {
    expect(describeRemaining({ ms: 540_000, unknown: [] }, 'in all')).toBe('about 9 min in all');
    expect(describeRemaining({ ms: 3_000, unknown: [] }, 'in all')).toBe('under 10 s in all');
    expect(describeRemaining({ ms: 0, unknown: ['calendar'] }, 'in all')).toBe('no estimate yet for calendar');
  });
});

describe('progressLine', () => {
  it('numbers the group and names any step inside it', () => {
    expect(progressLine(groups, 1, { ms: 180_000, unknown: [] })).toBe('bench [2/3] parse… (about 3 min left)');
    expect(progressLine(groups, 2, { ms: 60_000, unknown: [] }, 'astro build 2 of 6')).toBe('bench [3/3] site: astro build 2 of 6… (about 1 min left)');
  });
});
