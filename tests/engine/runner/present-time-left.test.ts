import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeHoursAndMinutes, describeTimeLeft, judgeChoice, presentNextDeadline } from '../../../engine/runner/present.js';

const pending = (due: string) => [{ checkId: '3.resolution', stage: 3, label: 'Resolve or escalate', due, dueLabel: 'due', kind: 'deadline' as const }];
const left = (now: string, due: string) => presentNextDeadline(pending(due), now, undefined)!;

describe('describeTimeLeft', () => {
  it('counts working days while a working day or more is left, without hours beside them', () => {
    // Wed 10 Feb 2027 11:00 to the end of Tue 23 Feb: 9 working days (324 hours).
    const next = left('2027-02-10T11:00:00.000+00:00', '2027-02-23T23:59:59.000+00:00');
    expect(next).toMatchObject({ workingDaysLeft: 9, hoursLeft: 324, leftLabel: '9 working days left' });
    expect(left('2027-02-22T09:00:00.000+00:00', '2027-02-23T23:59:59.000+00:00').leftLabel).toBe('1 working day left');
  });

  it('switches to hours and minutes on the due day', () => {
    expect(left('2027-02-23T20:29:00.000+00:00', '2027-02-23T23:59:59.000+00:00')).toMatchObject({ workingDaysLeft: 0, minutesLeft: 210, leftLabel: 'Due today: 3 hours 30 minutes left' });
    expect(left('2027-02-23T23:00:00.000+00:00', '2027-02-23T23:59:59.000+00:00').leftLabel).toBe('Due today: 59 minutes left');
  });

  it('gives hours and minutes when no working day is left before a weekend due time', () => {
    // Fri 12 Feb 2027 16:00 to Sat 13 Feb 14:00 (stage 1's 96 hours): no working day between.
    expect(left('2027-02-12T16:00:00.000+00:00', '2027-02-13T14:00:00.000+00:00')).toMatchObject({ workingDaysLeft: 0, leftLabel: '22 hours left' });
  });

  it('says Overdue once the due time has passed', () => {
    expect(left('2027-02-24T09:00:00.000+00:00', '2027-02-23T23:59:59.000+00:00')).toMatchObject({ overdue: true, minutesLeft: 0, leftLabel: 'Overdue' });
  });

  it('never mixes units: one unit, working days or hours and minutes, in every label', () => {
    fc.assert(
      fc.property(fc.nat({ max: 30 }), fc.nat({ max: 60 * 24 * 40 }), fc.boolean(), fc.boolean(), (workingDaysLeft, minutesLeft, overdue, dueToday) => {
        const label = describeTimeLeft({ workingDaysLeft, minutesLeft, overdue, dueToday });
        const days = /working day/.test(label);
        const clock = /hour|minute/.test(label);
        expect(days && clock).toBe(false);
        expect(label).not.toMatch(/\(/);
      }),
    );
  });
});

describe('describeHoursAndMinutes', () => {
  it('leaves out a part that is zero', () => {
    expect([0, 1, 45, 60, 61, 210, 1440].map(describeHoursAndMinutes)).toEqual(['less than a minute', '1 minute', '45 minutes', '1 hour', '1 hour 1 minute', '3 hours 30 minutes', '24 hours']);
  });
});

describe('judgeChoice', () => {
  const principle = { id: 'timeliness', label: 'Timeliness' };
  it('calls a recommended choice strong, a mistake or a choice that only misses principles poor, and one that does both mixed', () => {
    expect(judgeChoice({ recommended: true, mistake: false }, { shows: [principle], misses: [principle] })).toEqual({ tone: 'good', label: 'A strong choice' });
    expect(judgeChoice({ recommended: false, mistake: true }, { shows: [principle], misses: [] })).toEqual({ tone: 'poor', label: 'A poor choice' });
    expect(judgeChoice({ recommended: false, mistake: false }, { shows: [], misses: [principle] })).toEqual({ tone: 'poor', label: 'A poor choice' });
    expect(judgeChoice({ recommended: false, mistake: false }, { shows: [principle], misses: [principle] })).toEqual({ tone: 'mixed', label: 'A mixed choice' });
    expect(judgeChoice({ recommended: false, mistake: false }, { shows: [principle], misses: [] })).toEqual({ tone: 'good', label: 'A sound choice' });
  });
});
