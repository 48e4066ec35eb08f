import { describe, expect, it } from 'vitest';
import { buildDeadlineCalendar, computeDeadlines, resolveProtocol } from '../../../engine/index.js';

const table = computeDeadlines({ protocol: resolveProtocol('north-yorkshire'), audience: 'adult', raised: '2026-12-18T16:30' });
const now = new Date('2026-12-18T17:05:00Z');

/** Unfolds RFC 5545 continuation lines (CRLF followed by a space or tab). */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

function values(lines: string[], name: string): string[] {
  return lines.filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`)).map((line) => line.slice(line.indexOf(':') + 1));
}

describe('buildDeadlineCalendar', () => {
  const ics = buildDeadlineCalendar(table, { now });
  const lines = contentLines(ics);

  it('writes one calendar with CRLF line endings only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(values(lines, 'VERSION')).toEqual(['2.0']);
  });

  it('has one event per stage, each ending at the stage deadline, in UTC', () => {
    expect(values(lines, 'BEGIN').filter((value) => value === 'VEVENT')).toHaveLength(7);
    const ends = values(lines, 'DTEND');
    // Stage 3: Wed 6 Jan 2027 23:59:59 GMT; stage 7: Mon 11 Jan 2027 23:59:59 GMT
    // (48 hours after the assumed meeting, capped at the end of the 13th working day).
    expect(ends[2]).toBe('20270106T235959Z');
    expect(ends[6]).toBe('20270111T235959Z');
    for (const value of [...values(lines, 'DTSTART'), ...ends]) expect(value).toMatch(/^\d{8}T\d{6}Z$/);
    expect(values(lines, 'DTSTART')[0]).toBe('20261222T160000Z'); // 30 minutes before stage 1's 16:30
  });

  it('stamps the events with the injected clock', () => {
    expect(new Set(values(lines, 'DTSTAMP'))).toEqual(new Set(['20261218T170500Z']));
  });

  it('gives each stage a UID that stays the same for the same protocol and raised time', () => {
    const uids = values(lines, 'UID');
    expect(new Set(uids).size).toBe(7);
    expect(uids[0]).toBe('north-yorkshire-adult-20261218T163000Z-stage-1@common-ground');
    const later = contentLines(buildDeadlineCalendar(table, { now: new Date('2027-01-02T09:00:00Z') }));
    expect(values(later, 'UID')).toEqual(uids);
  });

  it("keeps a children's and an adults' case raised at the same moment apart", () => {
    const child = computeDeadlines({ protocol: resolveProtocol('north-yorkshire'), audience: 'child', raised: '2026-12-18T16:30' });
    const childUids = values(contentLines(buildDeadlineCalendar(child, { now })), 'UID');
    expect(childUids.some((uid) => values(lines, 'UID').includes(uid))).toBe(false);
  });

  it('puts the owner and the rule in the description', () => {
    const description = values(lines, 'DESCRIPTION')[5] ?? '';
    expect(description).toContain('Who acts: NYSAB Business Unit Manager');
    expect(description).toContain('Rule: Within 3 working days of the referral');
    expect(description).toContain('Assumes');
  });

  it('drops lone carriage returns, NULs and other control characters from protocol and stage names and descriptions', () => {
    const protocol = resolveProtocol('north-yorkshire');
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
    expect(values(unfolded, 'SUMMARY')[0]).toBe('Stage 1 due: Talk it through between the agenciesX-INJECTED:1');
    expect(values(unfolded, 'DESCRIPTION')[0]).toContain('Act now[2J\\nthen record it');
  });
});

