import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReflectiveLog, type ReflectiveLogEntry } from '../../../engine/reflective-log/reflective-log.js';
import { groupLogEntries } from '../../../engine/reflective-log/group-log-entries.js';
import { parseReflectiveLog } from '../../../engine/reflective-log/parse-reflective-log.js';
import { reflectiveLogToMarkdown } from '../../../engine/reflective-log/reflective-log-to-markdown.js';
import { removeScenarioEntries, upsertLogEntry } from '../../../engine/reflective-log/upsert-log-entry.js';
import { londonDateOf } from '../../../engine/calendar/london-time.js';

function entry(overrides: Partial<ReflectiveLogEntry> = {}): ReflectiveLogEntry {
  return {
    scenarioId: 'closing-too-soon',
    scenarioTitle: 'Closing too soon',
    promptId: 'plan-call',
    kind: 'reflect',
    phase: 'before',
    prompt: 'What do you want to achieve from the call?',
    text: 'Keep the case open.',
    updatedAt: '2026-12-18T10:00:00.000Z',
    ...overrides,
  };
}

describe('upsertLogEntry', () => {
  it('adds a new entry and replaces one for the same scenario and prompt in place', () => {
    let log = upsertLogEntry(emptyReflectiveLog(), entry());
    log = upsertLogEntry(log, entry({ promptId: 'call-notes', kind: 'record', text: 'Agreed four weeks.' }));
    log = upsertLogEntry(log, entry({ text: 'Changed my mind.' }));
    expect(log.entries.map((e) => [e.promptId, e.text])).toEqual([
      ['plan-call', 'Changed my mind.'],
      ['call-notes', 'Agreed four weeks.'],
    ]);
  });

  it('removes the entry when the text is cleared, and never adds a blank one', () => {
    const log = upsertLogEntry(emptyReflectiveLog(), entry());
    expect(upsertLogEntry(log, entry({ text: '   ' })).entries).toEqual([]);
    expect(upsertLogEntry(emptyReflectiveLog(), entry({ text: '' })).entries).toEqual([]);
  });

  it('does not change the log it is given', () => {
    const log = upsertLogEntry(emptyReflectiveLog(), entry());
    const copy = structuredClone(log);
    upsertLogEntry(log, entry({ text: 'other' }));
    expect(log).toEqual(copy);
  });

  it('keeps at most one entry per scenario and prompt whatever the sequence of saves', () => {
    const save = fc.record({ scenarioId: fc.constantFrom('a', 'b'), promptId: fc.constantFrom('p', 'q', 'r'), text: fc.string() });
    fc.assert(
      fc.property(fc.array(save), (saves) => {
        let log = emptyReflectiveLog();
        for (const s of saves) log = upsertLogEntry(log, entry(s));
        const keys = log.entries.map((e) => `${e.scenarioId}/${e.promptId}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(log.entries.every((e) => e.text.trim() !== '')).toBe(true);
      }),
    );
  });
});

describe('removeScenarioEntries', () => {
  it('drops only the named scenario', () => {
    let log = upsertLogEntry(emptyReflectiveLog(), entry());
    log = upsertLogEntry(log, entry({ scenarioId: 'several-voices' }));
    expect(removeScenarioEntries(log, 'closing-too-soon').entries.map((e) => e.scenarioId)).toEqual(['several-voices']);
  });
});

describe('parseReflectiveLog', () => {
  it('accepts a saved log', () => {
    const log = upsertLogEntry(emptyReflectiveLog(), entry());
    expect(parseReflectiveLog(JSON.parse(JSON.stringify(log)))).toEqual(log);
  });

  it('names the first problem of a damaged log', () => {
    expect(() => parseReflectiveLog('x')).toThrow(/not an object/);
    expect(() => parseReflectiveLog({ formatVersion: 2, entries: [] })).toThrow(/format 2/);
    expect(() => parseReflectiveLog({ formatVersion: 1 })).toThrow(/no list of entries/);
    expect(() => parseReflectiveLog({ formatVersion: 1, entries: [{ ...entry(), text: 4 }] })).toThrow(/entry 1 has no text/);
    expect(() => parseReflectiveLog({ formatVersion: 1, entries: [{ ...entry(), kind: 'poem' }] })).toThrow(/neither a reflection nor a record/);
    expect(() => parseReflectiveLog({ formatVersion: 1, entries: [{ ...entry(), phase: 'later' }] })).toThrow(/unknown phase/);
  });
});

describe('londonDateOf', () => {
  it('uses the London day, which in summer can be the day after the UTC day', () => {
    expect(londonDateOf('2026-06-30T23:30:00.000Z')).toBe('2026-07-01');
    expect(londonDateOf('2026-12-31T23:30:00.000Z')).toBe('2026-12-31');
  });
});

describe('groupLogEntries', () => {
  it('groups by scenario (latest first) then by London day (latest first)', () => {
    let log = emptyReflectiveLog();
    log = upsertLogEntry(log, entry({ promptId: 'a', updatedAt: '2026-12-17T09:00:00.000Z' }));
    log = upsertLogEntry(log, entry({ scenarioId: 'several-voices', scenarioTitle: 'Several voices', promptId: 'b', updatedAt: '2026-12-18T09:00:00.000Z' }));
    log = upsertLogEntry(log, entry({ promptId: 'c', updatedAt: '2026-12-19T09:00:00.000Z' }));
    const groups = groupLogEntries(log);
    expect(groups.map((g) => g.scenarioId)).toEqual(['closing-too-soon', 'several-voices']);
    expect(groups[0]!.days.map((d) => d.dateLabel)).toEqual(['Saturday 19 December 2026', 'Thursday 17 December 2026']);
  });
});

describe('reflectiveLogToMarkdown', () => {
  it('quotes the learner text and escapes markup so HTML stays text', () => {
    const log = upsertLogEntry(emptyReflectiveLog(), entry({ text: '<script>alert(1)</script>\n\n# not a heading' }));
    const markdown = reflectiveLogToMarkdown(log, { exportedLabel: '18 December 2026' });
    expect(markdown).toContain('## Closing too soon');
    expect(markdown).toContain('### Friday 18 December 2026');
    expect(markdown).toContain('#### Reflection (before the conversation)');
    expect(markdown).toContain('> \\<script\\>alert(1)\\</script\\>\n>\n> \\# not a heading');
    expect(markdown).not.toContain('<script>');
  });

  it('says so when the log is empty', () => {
    expect(reflectiveLogToMarkdown(emptyReflectiveLog(), { exportedLabel: 'today' })).toContain('Nothing has been written yet.');
  });
});
