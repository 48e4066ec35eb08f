import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildDeadlineCalendar, computeDeadlines, createWorkingDayCalendar, englandAndWalesCalendar, resolveProtocol, type DeadlineTable } from '../../../engine/index.js';
import { endOfDayInLondon, toIsoDate } from '../../../engine/calendar/london-time.js';

const protocol = resolveProtocol('north-yorkshire');
const table = computeDeadlines({ protocol, audience: 'adult', raised: '2026-12-18T16:30' });
const now = new Date('2026-12-18T17:05:00Z');

/** Unfolds RFC 5545 continuation lines (CRLF followed by a space or tab). */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

function values(lines: string[], name: string): string[] {
  return lines.filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`)).map((line) => line.slice(line.indexOf(':') + 1));
}

/** The file as a third-party parser (ical.js, Mozilla's, used by Thunderbird) reads it. */
function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      vevent,
      summary: event.summary,
      description: event.description,
      uid: event.uid,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      transparency: vevent.getFirstPropertyValue('transp'),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => {
        const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
        return { action: alarm.getFirstPropertyValue('action'), description: alarm.getFirstPropertyValue('description'), seconds: trigger.toSeconds() };
      }),
    };
  });
}

/** 09:00 London on the working day before the London day of `due`. */
function workingDayBefore(due: number): number {
  return endOfDayInLondon(englandAndWalesCalendar.previousWorkingDay(toIsoDate(due)), '09:00');
}

describe('buildDeadlineCalendar', () => {
  const ics = buildDeadlineCalendar(table, { now });
  const lines = contentLines(ics);
  const events = parsed(ics);

  it('writes one calendar with CRLF line endings only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(values(lines, 'VERSION')).toEqual(['2.0']);
  });

  it('has one due event per stage, a moment at the due time (no 30-minute block), read so by ical.js', () => {
    expect(events).toHaveLength(7);
    for (const [index, event] of events.entries()) {
      const due = Date.parse(table.stages[index]!.due);
      expect(event.start).toBe(due);
      expect(event.end).toBe(due);
      expect(event.summary).toMatch(new RegExp(`^Stage ${index + 1} due by `));
    }
    // Stage 3: Wed 6 Jan 2027 23:59:59 GMT; stage 7: Mon 11 Jan 2027 23:59:59 GMT (the 13-working-day limit).
    expect(values(lines, 'DTEND')[2]).toBe('20270106T235959Z');
    expect(values(lines, 'DTEND')[6]).toBe('20270111T235959Z');
    expect(values(lines, 'DTSTART')[0]).toBe('20261222T163000Z');
    for (const value of [...values(lines, 'DTSTART'), ...values(lines, 'DTEND')]) expect(value).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('says in the title when the stage is due: at a time, or by the end of the day', () => {
    expect(events[0]!.summary).toMatch(/^Stage 1 due by 16:30: Talk it through between the agencies/);
    expect(events[2]!.summary).toMatch(/^Stage 3 due by the end of the day: /);
  });

  it('is not marked free: nothing is transparent or shown as free in Outlook', () => {
    expect(events.map((event) => event.transparency)).toEqual(events.map(() => null));
    expect(ics).not.toMatch(/FREE|TRANSPARENT/);
  });

  it('reminds at 09:00 on the working day before each due time, skipping weekends and bank holidays', () => {
    for (const [index, event] of events.entries()) {
      const due = Date.parse(table.stages[index]!.due);
      const [reminder] = event.alarms;
      expect(reminder).toMatchObject({ action: 'DISPLAY', description: expect.stringMatching(new RegExp(`^Stage ${index + 1} is due by `)) });
      expect(reminder!.seconds).toBeLessThan(0);
      expect(due + reminder!.seconds * 1000).toBe(workingDayBefore(due));
      expect(englandAndWalesCalendar.isWorkingDay(toIsoDate(due + reminder!.seconds * 1000))).toBe(true);
    }
    // Stage 3 is due Wed 6 Jan 2027: the reminder is Tue 5 Jan, 09:00.
    expect(Date.parse(table.stages[2]!.due) + events[2]!.alarms[0]!.seconds * 1000).toBe(Date.parse('2027-01-05T09:00:00Z'));
  });

  it('shows stage 1 with both the aim and the limit: in the title, the description and a reminder at the aim', () => {
    const [stage1] = events;
    expect(stage1!.summary).toBe('Stage 1 due by 16:30: Talk it through between the agencies (aim to resolve by Sat 19 Dec 2026, 16:30)');
    expect(stage1!.description).toContain('Aim to resolve (an aim inside the window, not a deadline): Sat 19 Dec 2026, 16:30');
    expect(stage1!.description).toContain('Resolve at the latest: Tue 22 Dec 2026, 16:30');
    expect(stage1!.alarms).toHaveLength(2);
    expect(stage1!.start + stage1!.alarms[1]!.seconds * 1000).toBe(Date.parse('2026-12-19T16:30:00Z'));
    expect(stage1!.alarms[1]!.description).toBe('Stage 1: aim to resolve by now (an aim, not a deadline); resolve at the latest by Tue 22 Dec 2026, 16:30');
  });

  it('writes every trigger as RFC 5545 allows (no empty time part such as P1DT)', () => {
    for (const trigger of values(lines, 'TRIGGER')) expect(trigger).toMatch(/^-PT(\d+H)?(\d+M)?(\d+S)?$/);
  });

  it('stamps the events with the injected clock', () => {
    expect(new Set(values(lines, 'DTSTAMP'))).toEqual(new Set(['20261218T170500Z']));
  });

  it('gives each stage a UID that stays the same for the same protocol and raised time', () => {
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(7);
    expect(uids[0]).toBe('north-yorkshire-adult-20261218T163000Z-stage-1@common-ground');
    const later = parsed(buildDeadlineCalendar(table, { now: new Date('2027-01-02T09:00:00Z') }));
    expect(later.map((event) => event.uid)).toEqual(uids);
  });

  it("keeps a children's and an adults' case raised at the same moment apart", () => {
    const child = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30' });
    const childUids = parsed(buildDeadlineCalendar(child, { now })).map((event) => event.uid);
    expect(childUids.some((uid) => events.some((event) => event.uid === uid))).toBe(false);
  });

  it('puts the owner and the rule in the description', () => {
    const description = events[5]!.description;
    expect(description).toContain('Who acts: NYSAB Business Unit Manager');
    expect(description).toContain('Rule: Within 3 working days of the referral');
    expect(description).toContain('Assumes');
  });

  it("uses the calendar and reminder time it is given (a partnership's closure day, its office start)", () => {
    const calendar = createWorkingDayCalendar({ closures: [{ date: '2027-01-05', name: 'Council closure' }] });
    const early = parsed(buildDeadlineCalendar(table, { now, calendar, remindAt: '08:30' }));
    const due = Date.parse(table.stages[2]!.due);
    // Tue 5 Jan is closed, so the reminder for Wed 6 Jan comes on Mon 4 Jan.
    expect(due + early[2]!.alarms[0]!.seconds * 1000).toBe(Date.parse('2027-01-04T08:30:00Z'));
  });

  it('parses with ical.js for any raised time, each reminder before its due time on a working day (property)', () => {
    const raisedTimes = fc
      .record({ day: fc.integer({ min: 0, max: 3 * 365 }), minute: fc.integer({ min: 0, max: 24 * 60 - 1 }), adult: fc.boolean() })
      .map(({ day, minute, adult }) => ({ raised: Date.UTC(2026, 0, 1) + day * 86_400_000 + minute * 60_000, audience: adult ? 'adult' : 'child' }));
    fc.assert(
      fc.property(raisedTimes, ({ raised, audience }) => {
        const time = new Date(raised);
        let computed: DeadlineTable;
        try {
          computed = computeDeadlines({ protocol, audience, raised: time });
        } catch {
          return; // a time the clocks skip
        }
        const read = parsed(buildDeadlineCalendar(computed, { now }));
        expect(read).toHaveLength(computed.stages.length);
        for (const [index, event] of read.entries()) {
          expect(event.start).toBe(Date.parse(computed.stages[index]!.due));
          expect(event.end).toBe(event.start);
          const remind = event.start + event.alarms[0]!.seconds * 1000;
          expect(remind).toBeLessThan(event.start);
          expect(englandAndWalesCalendar.isWorkingDay(toIsoDate(remind))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('drops lone carriage returns, NULs and other control characters from protocol and stage names and descriptions', () => {
    const hostile = {
      ...protocol,
      name: 'North\rATTACH:https://evil.example/x\u0000 Yorkshire\u0007\u009B2J\u202E',
      stages: protocol.stages.map((stage) => ({ ...stage, title: `${stage.title}\rX-INJECTED:1\u0001`, action: `Act\u0000 now\u001B[2J\r\nthen record it` })),
    };
    const calendar = buildDeadlineCalendar(computeDeadlines({ protocol: hostile, audience: 'adult', raised: '2026-12-18T16:30' }), { now });
    // Only the CRLF line breaks and the tabs of folded lines are left.
    expect(calendar.replace(/\r\n\t?/g, '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    const unfolded = contentLines(calendar);
    expect(unfolded.filter((line) => /^(ATTACH|X-INJECTED)/.test(line))).toEqual([]);
    expect(values(unfolded, 'X-WR-CALNAME')[0]).toBe('NorthATTACH:https://evil.example/x Yorkshire2J: deadlines');
    expect(values(unfolded, 'SUMMARY')[0]).toMatch(/^Stage 1 due by 16:30: Talk it through between the agenciesX-INJECTED:1/);
    expect(values(unfolded, 'DESCRIPTION')[0]).toContain('Act now[2J\\nthen record it');
    expect(parsed(calendar)).toHaveLength(7);
  });
});
