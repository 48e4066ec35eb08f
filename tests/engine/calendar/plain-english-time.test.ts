import { describe, expect, it } from 'vitest';
import { parseLondonDateTime } from '../../../engine/calendar/london-time.js';
import { formatClockTime, formatDueBy, formatLondonInWords, isEndOfLondonDay } from '../../../engine/calendar/plain-english-time.js';

describe('formatClockTime', () => {
  it.each([
    [16, 30, '4.30pm'],
    [9, 0, '9am'],
    [9, 5, '9.05am'],
    [12, 0, 'midday'],
    [12, 45, '12.45pm'],
    [0, 0, 'midnight'],
    [0, 30, '12.30am'],
    [23, 59, '11.59pm'],
  ])('writes %i:%i as %s', (hour, minute, words) => {
    expect(formatClockTime(hour, minute)).toBe(words);
  });
});

describe('formatLondonInWords', () => {
  it('writes the full date, then the time, in London time (summer time too)', () => {
    expect(formatLondonInWords(parseLondonDateTime('2026-12-22T16:30'))).toBe('Tuesday 22 December 2026, 4.30pm');
    expect(formatLondonInWords(parseLondonDateTime('2026-06-30T23:30Z'))).toBe('Wednesday 1 July 2026, 12.30am');
  });
});

describe('formatDueBy', () => {
  it('says "by the end of" a day for a deadline at the end of the day, else "by" the moment', () => {
    expect(formatDueBy(parseLondonDateTime('2026-12-22T16:30'))).toBe('by Tuesday 22 December 2026, 4.30pm');
    expect(formatDueBy(parseLondonDateTime('2027-01-06T23:59:59'))).toBe('by the end of Wednesday 6 January 2027');
    expect(isEndOfLondonDay(parseLondonDateTime('2027-01-06T23:58'))).toBe(false);
  });
});
