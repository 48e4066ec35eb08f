/**
 * The bundled second protocol, which exercises what North Yorkshire does
 * not: four stages, one route, a "working week" rule, and a "whichever is
 * less" safety time on stage 1 only. Dates counted by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { builtInProtocols, computeDeadlines, type DeadlineTable } from '../../../engine/index.js';

const protocol = builtInProtocols['example-template']!;
const due = (table: DeadlineTable, id: string) => table.stages.flatMap((stage) => stage.checks).find((check) => check.id === id)?.due;

describe('the example template protocol', () => {
  it('has four stages, one route and a panel stage', () => {
    expect(protocol.stages.map((stage) => stage.stage)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(protocol.routes)).toEqual(['child']);
    expect(protocol.stages.filter((stage) => stage.panel).map((stage) => stage.stage)).toEqual([4]);
  });

  it('reads "within a working week" as 5 working days, across Christmas 2026', () => {
    // Raised Fri 18 Dec 2026: Mon 21 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4),
    // [Fri 25, Sat 26, Sun 27, Mon 28], Tue 29 (5).
    const table = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30' });
    expect(due(table, '1.discussion')).toBe('2026-12-29T23:59:59.000+00:00');
    // Stage 2 counts 5 working days from the assumed end of stage 1: Wed 30 (1), Thu 31 (2), [Fri 1 Jan], Mon 4 (3), Tue 5 (4), Wed 6 (5).
    expect(due(table, '2.managers')).toBe('2027-01-06T23:59:59.000+00:00');
    // The meeting: 15 working days from raised (... Tue 29 (5), Wed 30 (6), Thu 31 (7), Mon 4 (8) ... Fri 8 (12), Mon 11 (13), Tue 12 (14), Wed 13 (15)).
    expect(due(table, '4.meeting')).toBe('2027-01-13T23:59:59.000+00:00');
    expect(due(table, '4.outcome')).toBe('2027-01-15T23:59:59.000+00:00');
  });

  it('takes the safety time when it is less, on stage 1 only, as its source wording does', () => {
    const table = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30', safetyBy: '2026-12-21T12:00' });
    expect(table.stages[0]).toMatchObject({ due: '2026-12-21T12:00:00.000+00:00', cappedBy: 'safety' });
    // Stage 2 counts from the assumed end of stage 1, now Mon 21 Dec 12:00: Tue 22 (1), Wed 23 (2), Thu 24 (3),
    // [Fri 25 to Mon 28], Tue 29 (4), Wed 30 (5); it is not capped itself.
    expect(table.stages[1]).toMatchObject({ due: '2026-12-30T23:59:59.000+00:00' });
    expect(table.stages[1]?.cappedBy).toBeUndefined();
  });

  it('says what stage 1 does without a safety time, and that this is an example', () => {
    const table = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30' });
    expect(table.notGiven).toEqual([expect.objectContaining({ event: 'safetyBy', effect: expect.stringContaining('whichever is less') })]);
    expect(table.notes.find((note) => note.id === 'example-only')?.text).toMatch(/not any partnership's procedure/);
    expect(protocol.source.url).toBe('https://www.londonsafeguardingchildrenprocedures.co.uk/profess_conflict_res.html');
  });
});
