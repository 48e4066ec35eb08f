import { describe, expect, it } from 'vitest';
import { ProtocolError, createWorkingDayCalendar, englandAndWalesCalendar, parseLondonDateTime, resolveProtocol } from '../../../engine/index.js';
import { evaluateRule } from '../../../engine/protocol/evaluate-rule.js';
import type { Rule } from '../../../engine/protocol/protocol.schema.js';
import { toIsoWithOffset } from '../../../engine/calendar/london-time.js';

const protocol = resolveProtocol('north-yorkshire');
const at = (text: string) => parseLondonDateTime(text);
const due = (rule: Rule, times: Record<string, string>, calendar = englandAndWalesCalendar) =>
  toIsoWithOffset(
    evaluateRule(
      rule,
      Object.fromEntries(Object.entries(times).map(([name, text]) => [name, at(text)])),
      calendar,
      protocol,
    ).due,
  );

describe('evaluateRule', () => {
  describe('hoursAfter', () => {
    it('adds exact elapsed hours', () => {
      expect(due({ hoursAfter: 24, from: 'raised' }, { raised: '2026-06-10T09:15' })).toBe('2026-06-11T09:15:00.000+01:00');
    });

    it('is 23 wall-clock hours across the spring change and 25 across the autumn change', () => {
      // 24 h after Sat 28 Mar 2026 12:00 GMT is Sun 29 Mar 12:00 UTC = 13:00 BST.
      expect(due({ hoursAfter: 24, from: 'raised' }, { raised: '2026-03-28T12:00' })).toBe('2026-03-29T13:00:00.000+01:00');
      // 24 h after Sat 24 Oct 2026 12:00 BST is Sun 25 Oct 11:00 GMT.
      expect(due({ hoursAfter: 24, from: 'raised' }, { raised: '2026-10-24T12:00' })).toBe('2026-10-25T11:00:00.000+00:00');
    });

    it('ignores weekends and bank holidays', () => {
      expect(due({ hoursAfter: 48, from: 'raised' }, { raised: '2026-12-24T10:00' })).toBe('2026-12-26T10:00:00.000+00:00');
    });
  });

  describe('workingDaysAfter', () => {
    it("counts from the event's day as day 0 and ends at the end of the nth working day", () => {
      // Wed 10 Jun 2026: Thu 11 (1), Fri 12 (2), [Sat, Sun], Mon 15 (3).
      expect(due({ workingDaysAfter: 3, from: 'raised' }, { raised: '2026-06-10T09:00' })).toBe('2026-06-15T23:59:59.000+01:00');
    });

    it('treats a Saturday as day 0 too, so one working day after it is Monday', () => {
      expect(due({ workingDaysAfter: 1, from: 'raised' }, { raised: '2026-06-13T10:00' })).toBe('2026-06-15T23:59:59.000+01:00');
    });

    it('uses the London day of an instant given in UTC', () => {
      // 23:30 UTC on Thu 30 Jul 2026 is 00:30 BST on Fri 31 Jul, so day 0 is Friday: 1 WD → Mon 3 Aug.
      expect(due({ workingDaysAfter: 1, from: 'raised' }, { raised: '2026-07-30T23:30Z' })).toBe('2026-08-03T23:59:59.000+01:00');
    });

    it('skips closure days of a local calendar', () => {
      const calendar = createWorkingDayCalendar({ closures: [{ date: '2026-06-11', name: 'Office move' }] });
      expect(due({ workingDaysAfter: 1, from: 'raised' }, { raised: '2026-06-10T09:00' }, calendar)).toBe(
        '2026-06-12T23:59:59.000+01:00',
      );
    });
  });

  describe('endOfWorkingDay', () => {
    it('ends the same day when the event happens on a working day', () => {
      expect(due({ endOfWorkingDay: 'stage1Concluded' }, { stage1Concluded: '2026-06-10T16:00' })).toBe(
        '2026-06-10T23:59:59.000+01:00',
      );
    });

    it('moves to the next working day when the event happens on a non-working day', () => {
      // Christmas Eve 2026 is a Thursday; Christmas Day → next working day Tue 29 Dec.
      expect(due({ endOfWorkingDay: 'stage1Concluded' }, { stage1Concluded: '2026-12-25T10:00' })).toBe(
        '2026-12-29T23:59:59.000+00:00',
      );
    });
  });

  describe('at', () => {
    it("is the event's own time", () => {
      expect(due({ at: 'safetyBy' }, { safetyBy: '2026-06-10T13:45' })).toBe('2026-06-10T13:45:00.000+01:00');
    });
  });

  describe('earliest', () => {
    const rule: Rule = { earliest: [{ workingDaysAfter: 10, from: 'raised' }, { at: 'safetyBy' }] };

    it('takes the sooner term', () => {
      expect(due(rule, { raised: '2026-06-01T09:00', safetyBy: '2026-06-03T12:00' })).toBe('2026-06-03T12:00:00.000+01:00');
      expect(due(rule, { raised: '2026-06-01T09:00', safetyBy: '2026-09-01T12:00' })).toBe('2026-06-15T23:59:59.000+01:00');
    });

    it('leaves out a term whose optional event was not given', () => {
      const outcome = evaluateRule(rule, { raised: at('2026-06-01T09:00') }, englandAndWalesCalendar, protocol);
      expect(toIsoWithOffset(outcome.due)).toBe('2026-06-15T23:59:59.000+01:00');
      expect(outcome.events).toEqual(['raised']);
    });

    it('lists every event that took part, not only the winner', () => {
      const outcome = evaluateRule(
        rule,
        { raised: at('2026-06-01T09:00'), safetyBy: at('2026-06-03T12:00') },
        englandAndWalesCalendar,
        protocol,
      );
      expect(outcome.events).toEqual(['raised', 'safetyBy']);
    });

    it('nests', () => {
      const nested: Rule = { earliest: [{ earliest: [{ hoursAfter: 100, from: 'raised' }, { hoursAfter: 50, from: 'raised' }] }, { workingDaysAfter: 5, from: 'raised' }] };
      expect(due(nested, { raised: '2026-06-01T09:00' })).toBe('2026-06-03T11:00:00.000+01:00');
    });
  });

  it('throws a ProtocolError naming a required event that has no time', () => {
    expect(() => evaluateRule({ workingDaysAfter: 1, from: 'stage4Discussion' }, {}, englandAndWalesCalendar, protocol)).toThrow(
      expect.objectContaining({ name: 'ProtocolError', message: expect.stringContaining('stage4Discussion') }),
    );
  });

  it('throws when every term rests on an optional event that was not given', () => {
    expect(() => evaluateRule({ at: 'safetyBy' }, {}, englandAndWalesCalendar, protocol)).toThrow(ProtocolError);
  });
});
