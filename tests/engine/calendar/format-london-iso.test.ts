import { describe, expect, it } from 'vitest';
import { formatLondonDate, formatLondonIso } from '../../../engine/index.js';

describe('formatLondonIso', () => {
  it('shows London time with the weekday, to the minute', () => {
    expect(formatLondonIso('2027-01-05T23:59:59.000+00:00')).toBe('Tue 5 Jan 2027, 23:59');
    expect(formatLondonIso('2026-03-31T10:00:00Z')).toBe('Tue 31 Mar 2026, 11:00');
  });

  it('returns text that is not a time as it is', () => {
    expect(formatLondonIso('soon')).toBe('soon');
  });
});

describe('formatLondonDate', () => {
  it('shows a date with its weekday', () => {
    expect(formatLondonDate('2026-12-25')).toBe('Fri 25 Dec 2026');
    expect(formatLondonDate('2022-09-19')).toBe('Mon 19 Sep 2022');
  });
});
