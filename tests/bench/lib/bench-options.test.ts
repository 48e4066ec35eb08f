import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseBenchOptions } from './bench-options.js';

const known = ['calendar', 'parse', 'site'];

describe('parseBenchOptions', () => {
  it('runs every group, writing to the cache, by default', () => {
    expect(parseBenchOptions([], known)).toEqual({ groups: known, write: false });
  });

  it('keeps table order for --only, in either spelling, with --write', () => {
    expect(parseBenchOptions(['--only', 'site,calendar'], known)).toEqual({ groups: ['calendar', 'site'], write: false });
    expect(parseBenchOptions(['--write', '--only=parse'], known)).toEqual({ groups: ['parse'], write: true });
  });

  it('refuses an unknown group, listing the real ones', () => {
    expect(() => parseBenchOptions(['--only', 'calender'], known)).toThrow(BenchUsageError);
    expect(() => parseBenchOptions(['--only', 'calender'], known)).toThrow(/Unknown benchmark group: calender/);
    try {
      parseBenchOptions(['--only', 'calender'], known);
    } catch (error) {
      expect((error as BenchUsageError).hint).toBe('The groups are: calendar, parse, site.');
    }
  });

  it('refuses --only with nothing after it, and unknown options', () => {
    expect(() => parseBenchOptions(['--only'], known)).toThrow(/needs a comma-separated list/);
    expect(() => parseBenchOptions(['--fast'], known)).toThrow(/Unknown option "--fast"/);
  });
});
