import { describe, expect, it } from 'vitest';
import { describeTimer, formatTimeLeft, timeLeftMs } from '../../../../cli/live/participant/countdown.js';

const running = { remainingMs: 60_000, running: true, ranOut: false };
const paused = { remainingMs: 90_000, running: false, ranOut: false };

describe('timeLeftMs', () => {
  it('counts down from when the view arrived, in the page’s own clock', () => {
    expect(timeLeftMs(running, 1_000, 1_000)).toBe(60_000);
    expect(timeLeftMs(running, 1_000, 11_000)).toBe(50_000);
  });

  it('stands still while paused', () => {
    expect(timeLeftMs(paused, 0, 30_000)).toBe(90_000);
  });

  it('never goes below zero, and is zero once the timer ran out', () => {
    expect(timeLeftMs(running, 0, 120_000)).toBe(0);
    expect(timeLeftMs({ remainingMs: 5_000, running: false, ranOut: true }, 0, 0)).toBe(0);
  });
});

describe('formatTimeLeft', () => {
  it('shows minutes and two-digit seconds, rounding up so 0:00 means the time has gone', () => {
    expect(formatTimeLeft(65_000)).toBe('1:05');
    expect(formatTimeLeft(300_000)).toBe('5:00');
    expect(formatTimeLeft(400)).toBe('0:01');
    expect(formatTimeLeft(0)).toBe('0:00');
    expect(formatTimeLeft(-5)).toBe('0:00');
  });
});

describe('describeTimer', () => {
  it('puts the timer’s state in words beside the time', () => {
    expect(describeTimer(running, 0, 10_000)).toEqual({ time: '0:50', note: 'left to discuss' });
    expect(describeTimer(paused, 0, 0)).toEqual({ time: '1:30', note: 'Paused' });
    expect(describeTimer({ remainingMs: 0, running: false, ranOut: true }, 0, 0)).toEqual({ time: '0:00', note: 'Time is up' });
  });

  it('says time is up when a running timer reaches zero before the server says so', () => {
    expect(describeTimer(running, 0, 61_000)).toEqual({ time: '0:00', note: 'Time is up' });
  });
});
