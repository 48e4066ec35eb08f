import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../engine/scenario/parse-duration.js';

const ok = (text: string) => {
  const result = parseDuration(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.message}`);
  return result.duration;
};

describe('parseDuration', () => {
  it('reads minutes, hours, days, working days and weeks in short and long forms', () => {
    expect(ok('30m')).toMatchObject({ minutes: 30, hours: 0 });
    expect(ok('45 minutes')).toMatchObject({ minutes: 45 });
    expect(ok('2h')).toMatchObject({ hours: 2 });
    expect(ok('3 hours')).toMatchObject({ hours: 3 });
    expect(ok('1 day')).toMatchObject({ days: 1, workingDays: 0 });
    expect(ok('2 days')).toMatchObject({ days: 2 });
    expect(ok('3 working days')).toMatchObject({ workingDays: 3, days: 0 });
    expect(ok('1 working day')).toMatchObject({ workingDays: 1 });
    expect(ok('1 week')).toMatchObject({ weeks: 1 });
  });

  it('adds up combinations such as "1 day 2h" and "2h30m"', () => {
    expect(ok('1 day 2h')).toMatchObject({ days: 1, hours: 2, text: '1 day 2 hours' });
    expect(ok('2h30m')).toMatchObject({ hours: 2, minutes: 30 });
    expect(ok('1 day and 3 hours')).toMatchObject({ days: 1, hours: 3 });
  });

  it('reads "next working day at 09:00" as a London time on the next working day', () => {
    expect(ok('next working day at 09:00')).toMatchObject({ nextWorkingDayAt: '09:00', hours: 0, days: 0 });
    expect(ok('Next working day at 9:30').nextWorkingDayAt).toBe('09:30');
  });

  it('refuses text that is not a duration, with a message and a hint', () => {
    for (const text of ['', 'soon', '2', 'h', '2 fortnights', '1h 2h', '0m', 'next working day', 'next working day at 25:00', 'next week', '-2h', '1.5h']) {
      const result = parseDuration(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.message.length).toBeGreaterThan(0);
        expect(result.hint.length).toBeGreaterThan(0);
      }
    }
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = parseDuration(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('reads back its own tidy spelling as the same duration', () => {
    const part = fc.integer({ min: 0, max: 50 });
    fc.assert(
      fc.property(part, part, part, part, part, (weeks, days, workingDays, hours, minutes) => {
        fc.pre(weeks + days + workingDays + hours + minutes > 0);
        const text = [
          weeks && `${weeks}w`,
          days && `${days} days`,
          workingDays && `${workingDays} working days`,
          hours && `${hours}h`,
          minutes && `${minutes} min`,
        ]
          .filter(Boolean)
          .join(' ');
        const first = ok(text);
        expect(first).toMatchObject({ weeks, days, workingDays, hours, minutes });
        expect(ok(first.text)).toEqual(first);
      }),
    );
  });
});
