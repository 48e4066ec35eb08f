/** Invariants of the North Yorkshire deadlines for any raised time the calendar covers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadlines, englandAndWalesCalendar, resolveProtocol, type DeadlineTable } from '../../../engine/index.js';

const protocol = resolveProtocol('north-yorkshire');
const HOUR = 3_600_000;

/** Any minute from 1996 to 2098, as a UTC instant (so clock-change gaps never arise). */
const raisedInstant = fc
  .integer({ min: Date.UTC(1996, 0, 1) / 60_000, max: Date.UTC(2098, 11, 31) / 60_000 })
  .map((minutes) => new Date(minutes * 60_000).toISOString());

const ms = (iso: string) => Date.parse(iso);
// The runtime's own time-zone data as the oracle, independent of the engine's London-time code.
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const part = (iso: string, type: Intl.DateTimeFormatPartTypes) => londonParts.formatToParts(Date.parse(iso)).find((p) => p.type === type)?.value ?? '';
const londonDay = (iso: string) => `${part(iso, 'year')}-${part(iso, 'month')}-${part(iso, 'day')}`;
const londonTime = (iso: string) => `${part(iso, 'hour')}:${part(iso, 'minute')}:${part(iso, 'second')}`;
const dueOf = (table: DeadlineTable, id: string) => table.stages.flatMap((stage) => stage.checks).find((check) => check.id === id)!.due;
const compute = (raised: string, events: Record<string, string> = {}) =>
  computeDeadlines({ protocol, audience: 'child', raised, events });

/**
 * Later events as hours after raised, in process order (each optional): a
 * disputed decision up to ten days before raised, then the stage 1
 * conclusion, the stage 4 discussion, the referral and the panel meeting,
 * each at or after the one before, up to about six weeks in all.
 */
const laterEvents = fc.record(
  {
    disputedDecision: fc.integer({ min: -240, max: 0 }),
    stage1Concluded: fc.integer({ min: 0, max: 200 }),
    stage4Discussion: fc.integer({ min: 0, max: 400 }),
    stage5Referral: fc.integer({ min: 0, max: 200 }),
    panelMeeting: fc.integer({ min: 0, max: 200 }),
  },
  { requiredKeys: [] },
);

function givenEvents(raised: string, later: Partial<Record<string, number>>): Record<string, string> {
  const at = (hours: number) => new Date(ms(raised) + hours * HOUR).toISOString();
  const events: Record<string, string> = {};
  if (later['disputedDecision'] !== undefined) events['disputedDecision'] = at(later['disputedDecision']);
  let hours = 0;
  for (const name of ['stage1Concluded', 'stage4Discussion', 'stage5Referral', 'panelMeeting']) {
    const step = later[name];
    if (step === undefined) continue;
    hours += step;
    events[name] = at(hours);
  }
  return events;
}

describe('computeDeadlines', () => {
  it('never sets a deadline before the disagreement was raised', () => {
    fc.assert(
      fc.property(raisedInstant, (raised) => {
        const table = compute(raised);
        for (const stage of table.stages) for (const check of stage.checks) expect(ms(check.due)).toBeGreaterThanOrEqual(ms(raised));
      }),
    );
  });

  it('puts stage 1 exactly 24 and 96 elapsed hours after raised, whatever the clocks do', () => {
    fc.assert(
      fc.property(raisedInstant, (raised) => {
        const table = compute(raised);
        expect(ms(dueOf(table, '1.target')) - ms(raised)).toBe(24 * HOUR);
        expect(ms(dueOf(table, '1.limit')) - ms(raised)).toBe(96 * HOUR);
      }),
    );
  });

  it('ends stage 3 at 23:59:59 London time on the tenth working day after the raised day', () => {
    fc.assert(
      fc.property(raisedInstant, (raised) => {
        const due = dueOf(compute(raised), '3.resolution');
        expect(englandAndWalesCalendar.isWorkingDay(londonDay(due))).toBe(true);
        expect(englandAndWalesCalendar.countWorkingDaysBetween(londonDay(raised), londonDay(due))).toBe(10);
        expect(londonTime(due)).toBe('23:59:59');
      }),
    );
  });

  it('never convenes the panel later than the 13-working-day limit on its meeting', () => {
    fc.assert(
      fc.property(raisedInstant, (raised) => {
        const table = compute(raised);
        expect(ms(dueOf(table, '6.convened'))).toBeLessThanOrEqual(ms(dueOf(table, '7.meeting')));
      }),
    );
  });

  it('only brings deadlines forward when an event happens before its assumed time', () => {
    fc.assert(
      fc.property(raisedInstant, fc.double({ min: 0, max: 1, noNaN: true }), (raised, fraction) => {
        const envelope = compute(raised);
        const assumed = envelope.events.find((event) => event.event === 'stage4Discussion')!.at;
        const actual = new Date(ms(raised) + Math.floor((ms(assumed) - ms(raised)) * fraction)).toISOString();
        const tighter = compute(raised, { stage4Discussion: actual });
        for (const id of ['5.referral', '6.convened', '7.recommendations']) {
          expect(ms(dueOf(tighter, id))).toBeLessThanOrEqual(ms(dueOf(envelope, id)));
        }
      }),
    );
  });

  it('makes stage 3 the sooner of ten working days and the safety deadline', () => {
    fc.assert(
      fc.property(raisedInstant, fc.integer({ min: 0, max: 40 * 24 }), (raised, hours) => {
        const safetyBy = new Date(ms(raised) + hours * HOUR).toISOString();
        const withSafety = computeDeadlines({ protocol, audience: 'adult', raised, safetyBy });
        const without = compute(raised);
        expect(ms(dueOf(withSafety, '3.resolution'))).toBe(Math.min(ms(safetyBy), ms(dueOf(without, '3.resolution'))));
      }),
    );
  });

  it('never sets any deadline after a safety deadline, whatever else is given', () => {
    fc.assert(
      fc.property(raisedInstant, fc.integer({ min: 0, max: 30 * 24 }), laterEvents, (raised, hours, later) => {
        const safetyBy = new Date(ms(raised) + hours * HOUR).toISOString();
        const table = computeDeadlines({ protocol, audience: 'child', raised, safetyBy, events: givenEvents(raised, later) });
        for (const stage of table.stages) for (const check of stage.checks) expect(ms(check.due)).toBeLessThanOrEqual(ms(safetyBy));
      }),
    );
  });

  it('never sets a deadline after the end of the 13th working day unless an actual event it counts from came after that', () => {
    fc.assert(
      fc.property(raisedInstant, laterEvents, (raised, later) => {
        const events = givenEvents(raised, later);
        const cap = ms(dueOf(compute(raised), '7.meeting'));
        const table = compute(raised, events);
        for (const stage of table.stages) {
          for (const check of stage.checks) {
            if (ms(check.due) <= cap) continue;
            // Past the cap only when the deadline counts from a given event that was itself already past it.
            const late = check.countedFrom.some((event) => events[event] !== undefined && ms(events[event]!) > cap);
            expect(late, `${check.id} due ${check.due} after the cap`).toBe(true);
          }
        }
      }),
    );
  });
});
