import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReflectiveLog, type ReflectiveLogEntry } from '../../../engine/reflective-log/reflective-log.js';
import { groupLogEntries } from '../../../engine/reflective-log/group-log-entries.js';
import { salvageReflectiveLog } from '../../../engine/reflective-log/salvage-reflective-log.js';
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

describe('salvageReflectiveLog', () => {
  it('accepts a saved log whole', () => {
    const log = upsertLogEntry(upsertLogEntry(emptyReflectiveLog(), entry()), entry({ promptId: 'call-notes', kind: 'record', phase: undefined }));
    expect(salvageReflectiveLog(JSON.parse(JSON.stringify(log)))).toEqual({ log, unreadable: [] });
  });

  it('refuses a log that cannot be read as a whole, saying why', () => {
    expect(() => salvageReflectiveLog('x')).toThrow(/not an object/);
    expect(() => salvageReflectiveLog({ formatVersion: 3, entries: [], records: [] })).toThrow("The reflective log was saved in format 3; this version reads formats 1 to 2.");
    expect(() => salvageReflectiveLog({ formatVersion: 0, entries: [] })).toThrow(/format 0/);
    expect(() => salvageReflectiveLog({ formatVersion: 1 })).toThrow(/no list of entries/);
    expect(() => salvageReflectiveLog({ formatVersion: 2, entries: [] })).toThrow(/no list of CPD entries/);
    expect(() => salvageReflectiveLog({ formatVersion: 1, entries: 'all' })).toThrow(/no list of entries/);
  });

  it('keeps every readable entry and returns each unreadable one as stored, with why', () => {
    const good = entry();
    const later = entry({ promptId: 'call-notes', text: 'Agreed.' });
    const bad = [{ ...entry(), text: 4 }, { ...entry(), kind: 'poem' }, { ...entry(), phase: 'later' }, null, 'text', [entry()]];
    const { log, unreadable } = salvageReflectiveLog({ formatVersion: 1, entries: [good, ...bad, later] });
    expect(log.entries).toEqual([good, later]);
    expect(unreadable.map((item) => [item.position, item.problem])).toEqual([
      [2, "The reflective log's entry 2 has no written text."],
      [3, "The reflective log's entry 3 is neither a reflection nor a record."],
      [4, "The reflective log's entry 4 has an unknown phase."],
      [5, "The reflective log's entry 5 is not an object."],
      [6, "The reflective log's entry 6 is not an object."],
      [7, "The reflective log's entry 7 is not an object."],
    ]);
    expect(unreadable.map((item) => item.value)).toEqual(bad);
  });

  it('loses no entry: every stored entry is either kept or returned, in order', () => {
    const stored = fc.array(fc.oneof(fc.constant(entry()), fc.jsonValue(), fc.jsonValue().map((text) => ({ ...entry(), text }))), { maxLength: 20 });
    fc.assert(
      fc.property(stored, (entries) => {
        const { log, unreadable } = salvageReflectiveLog({ formatVersion: 1, entries });
        expect(log.entries.length + unreadable.length).toBe(entries.length);
        expect(unreadable.map((item) => item.value)).toEqual(entries.filter((_, index) => unreadable.some((item) => item.position === index + 1)));
        expect(unreadable.every((item, index) => index === 0 || item.position > unreadable[index - 1]!.position)).toBe(true);
      }),
    );
  });
});

describe('londonDateOf', () => {
  it('uses the London day, which in summer can be the day after the UTC day', () => {
    expect(londonDateOf('2026-06-30T23:30:00.000Z')).toBe('2026-07-01');
    expect(londonDateOf('2026-12-31T23:30:00.000Z')).toBe('2026-12-31');
  });
});

describe('groupLogEntries', () => {
  it('groups by scenario (latest first) then by prompt, with the current version first and earlier ones kept', () => {
    let log = emptyReflectiveLog();
    log = upsertLogEntry(log, entry({ promptId: 'a', updatedAt: '2026-12-17T09:00:00.000Z' }));
    log = upsertLogEntry(log, entry({ scenarioId: 'several-voices', scenarioTitle: 'Several voices', promptId: 'b', updatedAt: '2026-12-18T09:00:00.000Z' }));
    log = upsertLogEntry(log, entry({ promptId: 'c', updatedAt: '2026-12-19T09:00:00.000Z' }));
    log = { ...log, entries: [...log.entries, entry({ promptId: 'a', text: 'Second play', updatedAt: '2026-12-19T10:00:00.000Z' })] };
    const groups = groupLogEntries(log);
    expect(groups.map((g) => g.scenarioId)).toEqual(['closing-too-soon', 'several-voices']);
    expect(groups[0]!.lastWrittenLabel).toBe('Saturday 19 December 2026');
    expect(groups[0]!.prompts.map((p) => p.promptId)).toEqual(['a', 'c']);
    expect(groups[0]!.prompts[0]!.latest).toEqual({ entry: log.entries[3], writtenLabel: 'Sat 19 Dec 2026, 10:00' });
    expect(groups[0]!.prompts[0]!.earlier.map((v) => v.writtenLabel)).toEqual(['Thu 17 Dec 2026, 09:00']);
  });

  it('loses no entry: every entry appears once, as a current or an earlier version', () => {
    const stored = fc.array(fc.record({ scenarioId: fc.constantFrom('a', 'b'), promptId: fc.constantFrom('p', 'q'), updatedAt: fc.constantFrom('2026-12-18T10:00:00.000Z', '2026-12-19T10:00:00.000Z', 'not a time') }), { maxLength: 12 });
    fc.assert(
      fc.property(stored, (parts) => {
        const log = { ...emptyReflectiveLog(), entries: parts.map((part, index) => entry({ ...part, text: `t${index}` })) };
        const shown = groupLogEntries(log).flatMap((g) => g.prompts.flatMap((p) => [p.latest, ...p.earlier].map((v) => v.entry.text)));
        expect(shown.sort()).toEqual(log.entries.map((e) => e.text).sort());
      }),
    );
  });
});

describe('reflectiveLogToMarkdown', () => {
  it('quotes the learner text and escapes markup so HTML stays text', () => {
    const log = upsertLogEntry(emptyReflectiveLog(), entry({ text: '<script>alert(1)</script>\n\n# not a heading' }));
    const markdown = reflectiveLogToMarkdown(log, { exportedLabel: '18 December 2026' });
    expect(markdown).toContain('### Closing too soon');
    expect(markdown).toContain('#### Reflection (before the conversation)');
    expect(markdown).toContain('*Written:* Fri 18 Dec 2026, 10:00');
    expect(markdown).toContain('> &lt;script\\>alert(1)&lt;/script\\>\n>\n> \\# not a heading');
    expect(markdown).not.toContain('<script>');
  });

  it('says so when the log is empty', () => {
    const markdown = reflectiveLogToMarkdown(emptyReflectiveLog(), { exportedLabel: 'today' });
    expect(markdown).toContain('*No CPD entries yet.*');
    expect(markdown).toContain('*Nothing has been written in a scenario yet.*');
  });
});
