import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../engine/calendar/calendar-error.js';
import { parseClosureDays } from '../../../engine/calendar/closure-days.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/calendar/${name}`, import.meta.url), 'utf8');

const COUNCIL = [
  { date: '2026-12-29', name: 'Council Christmas closure' },
  { date: '2026-12-30', name: 'Council Christmas closure' },
  { date: '2026-12-31', name: 'Council Christmas closure' },
];

function errorFrom(text: string): CalendarError {
  try {
    parseClosureDays(text, 'closures.yaml');
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('parseClosureDays', () => {
  it('reads a YAML list of dates and names', () => {
    expect(parseClosureDays(fixture('council-closures.yaml'), 'council-closures.yaml')).toEqual(COUNCIL);
  });

  it('reads the same list written as JSON', () => {
    expect(parseClosureDays(fixture('council-closures.json'), 'council-closures.json')).toEqual(COUNCIL);
  });

  it('reads an empty file as no closures', () => {
    expect(parseClosureDays('', 'empty.yaml')).toEqual([]);
    expect(parseClosureDays('[]', 'empty.json')).toEqual([]);
  });

  it('points at the line and column of an impossible date', () => {
    const error = errorFrom('- date: 2026-12-29\n  name: Fine\n- date: 2026-02-30\n  name: Broken\n');
    expect(error.message).toMatch(/^closures\.yaml:3:9: /);
    expect(error.message).toMatch(/2026-02-30/);
    expect([error.file, error.line, error.column]).toEqual(['closures.yaml', 3, 9]);
    expect(error.hint).toMatch(/YYYY-MM-DD/);
  });

  it('points at the entry that lacks a name', () => {
    const error = errorFrom('- date: 2026-12-29\n  name: Fine\n- date: 2026-12-30\n');
    expect([error.line, error.column]).toEqual([3, 3]);
    expect(error.message).toMatch(/no name/);
  });

  it('reports a syntax error with its position', () => {
    const error = errorFrom('[{"date": "2026-12-29", "name": "x"}\n  oops');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^closures\.yaml:2:\d+: cannot read the closure days/);
  });

  it('refuses a date listed twice', () => {
    const error = errorFrom('- {date: 2026-12-29, name: A}\n- {date: 2026-12-29, name: B}\n');
    expect(error.message).toMatch(/listed twice/);
    expect(error.line).toBe(2);
  });

  it('refuses unknown fields, which are usually typos', () => {
    expect(errorFrom('- {date: 2026-12-29, nmae: A}\n').message).toMatch(/unknown field 'nmae'/);
  });

  it('refuses a document that is not a list', () => {
    expect(errorFrom('date: 2026-12-29\nname: A\n').message).toMatch(/must be a list/);
  });

  it('refuses a date written as a number', () => {
    expect(errorFrom('- {date: 20261229, name: A}\n').message).toMatch(/not a real day/);
  });
});

describe('parseClosureDays on hostile files', () => {
  it('refuses closures nested 3,000 deep, and a file larger than the cap, naming the place', () => {
    expect(() => parseClosureDays(`- date: 2026-12-29\n  name: ${'['.repeat(3000)}\n`, 'deep.yaml')).toThrow(/deep\.yaml:2:\d+: .*64 levels/);
    expect(() => parseClosureDays(`# ${'x'.repeat(2_000_000)}\n`, 'large.yaml')).toThrow(/large\.yaml:1:\d+: .*larger than/);
  });
});

describe('parseClosureDays outside the calendar’s years', () => {
  it('refuses a closure before 1995 or after 2100 at its date, stating the years the calendar covers', () => {
    for (const date of ['2101-01-04', '0001-01-01', '9999-12-31']) {
      const error = errorFrom(`- {date: 2026-12-29, name: A}\n- {date: ${date}, name: B}\n`);
      expect(error.message, date).toMatch(new RegExp(`^closures\\.yaml:2:10: closure 2: ${date} is in \\d+, outside .*\\(1995 to 2100\\)`));
      expect(error.line).toBe(2);
    }
  });

  it('still reads the first and last days of those years', () => {
    expect(parseClosureDays('- {date: 1995-01-02, name: A}\n- {date: 2100-12-31, name: B}\n', 'c.yaml')).toHaveLength(2);
  });
});
