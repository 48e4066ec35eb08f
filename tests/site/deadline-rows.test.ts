import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../engine/protocol/compute-deadlines.js';
import { resolveProtocol } from '../../engine/protocol/built-in-protocols.js';
import { assumedEvents, deadlineRows, skippedDayLines } from '../../site/src/lib/deadline-rows.js';

const protocol = resolveProtocol('north-yorkshire');
const christmas = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T10:00' });

describe('deadlineRows', () => {
  it('gives one row per stage with weekday due times, the stage due time marked main', () => {
    const rows = deadlineRows(christmas);
    expect(rows.map((row) => row.stage)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const stage1 = rows[0]!;
    expect(stage1.due.map((due) => [due.label !== '', due.main])).toEqual([
      [true, false],
      [true, true],
    ]);
    expect(stage1.due[1]!.when).toBe('Tue 22 Dec 2026, 10:00');
  });

  it('marks due times counted from an assumed event, and none counted only from raised', () => {
    const rows = deadlineRows(christmas);
    expect(rows[0]!.due.some((due) => due.assumed)).toBe(false);
    expect(rows[4]!.due.some((due) => due.assumed)).toBe(true);
  });

  it('stops marking a stage assumed once its event time is given', () => {
    const given = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T10:00', events: { stage1Concluded: '2026-12-18T15:00' } });
    expect(deadlineRows(given)[1]!.due.some((due) => due.assumed)).toBe(false);
  });

  it('marks the aim, the deadlines a cap pulled forward, and links each row to its notes', () => {
    const rows = deadlineRows(christmas);
    expect(rows[0]!.due.map((due) => due.aim)).toEqual([true, false]);
    expect(rows[6]!.due.map((due) => due.pulledForward)).toEqual([false, true]);
    expect(rows[0]!.notes.map((note) => note.id)).toContain('stage-1-window');
    const number = christmas.notes.findIndex((note) => note.id === 'stage-1-window') + 1;
    expect(rows[0]!.notes.find((note) => note.id === 'stage-1-window')?.number).toBe(number);
    expect(rows[0]!.warnings[0]).toMatch(/^Stage 1's "Aim to resolve" falls on Sat 19 Dec 2026, 10:00, a weekend/);
  });
});

describe('assumedEvents', () => {
  it('lists the events assumed at their latest time', () => {
    expect(assumedEvents(christmas).map((event) => event.label)).toContain('Stage 1 discussion concluded');
  });
});

describe('skippedDayLines', () => {
  it('merges weekends, names the bank holidays and keeps date order', () => {
    const lines = skippedDayLines(christmas);
    expect(lines[0]).toEqual({ when: 'Sat 19 – Sun 20 Dec 2026', what: 'weekend' });
    expect(lines).toContainEqual({ when: 'Fri 25 Dec 2026', what: 'bank holiday: Christmas Day' });
    expect(lines.some((line) => line.what.startsWith('weekend (Boxing Day'))).toBe(true);
    expect(lines.some((line) => line.when === 'Fri 1 Jan 2027')).toBe(true);
  });

  it('is empty when the windows hold only working days', () => {
    const quiet = computeDeadlines({ protocol, audience: 'adult', raised: '2026-11-16T09:00' });
    const stage1Only = { ...quiet, stages: quiet.stages.slice(0, 1) };
    expect(skippedDayLines(stage1Only)).toEqual([]);
  });
});
