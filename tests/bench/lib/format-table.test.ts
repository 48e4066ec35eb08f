import { describe, expect, it } from 'vitest';
import { formatDay, formatTable, measuredCell, tableLegend, type TableRow } from './format-table.js';

const base: TableRow = { group: 'calendar', figure: 'addWorkingDays', unit: 'calls/s', status: 'report' };

describe('measuredCell', () => {
  it('says new for this run and kept with the day for an earlier one', () => {
    expect(measuredCell({ ...base, kept: false })).toBe('new');
    expect(measuredCell({ ...base, kept: true, measuredAt: '2026-12-01T22:45:59.013Z' })).toBe('kept, 1 Dec 2026');
  });
});

describe('formatDay', () => {
  it('prints the UTC day, and says so when the date is unreadable', () => {
    expect(formatDay('2026-11-25T23:59:00Z')).toBe('25 Nov 2026');
    expect(formatDay('nonsense')).toBe('an unknown day');
  });
});

describe('formatTable', () => {
  it('adds a "measured" column only when rows say whether they are new', () => {
    expect(formatTable([base]).split('\n')[0]).not.toContain('measured');
    const table = formatTable([{ ...base, kept: false }, { ...base, figure: 'site build', kept: true, measuredAt: '2026-11-25T15:19:41Z' }]);
    expect(table.split('\n')[0]).toMatch(/\| result \| measured \|$/);
    expect(table).toContain('| new |');
    expect(table).toContain('| kept, 25 Nov 2026 |');
  });
});

describe('tableLegend', () => {
  it('explains kept rows and how to re-measure them, and says nothing when all are new', () => {
    expect(tableLegend([{ ...base, kept: false }])).toBe('');
    const legend = tableLegend([{ ...base, kept: true, benchmark: 'calendar' }, { ...base, kept: true, benchmark: 'site' }, { ...base, kept: true, benchmark: 'site' }]);
    expect(legend).toContain('"kept, DATE" = not re-measured');
    expect(legend).toContain('--only calendar,site');
  });
});
