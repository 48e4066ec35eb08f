import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpdRecordFromForm, emptyCpdForm } from '../../../engine/reflective-log/check-cpd-form.js';
import type { CpdRecord } from '../../../engine/reflective-log/cpd-record.js';
import { buildLogDocument } from '../../../engine/reflective-log/log-document.js';
import { describeMerge, IMPORTED_PLAY_MARK, mergeReflectiveLogs } from '../../../engine/reflective-log/merge-reflective-logs.js';
import { recordReflection } from '../../../engine/reflective-log/record-reflection.js';
import { emptyReflectiveLog, type ReflectiveLog, type ReflectiveLogEntry } from '../../../engine/reflective-log/reflective-log.js';
import { readReflectiveLogBackup, reflectiveLogBackup } from '../../../engine/reflective-log/reflective-log-backup.js';
import { reflectiveLogToMarkdown } from '../../../engine/reflective-log/reflective-log-to-markdown.js';
import { unsafeMarkdownParts } from '../../robustness/support/markdown-safety.js';

const now = '2026-12-18T10:00:00.000Z';
const reflection: ReflectiveLogEntry = { scenarioId: 'closing-too-soon', scenarioTitle: 'Closing too soon', promptId: 'plan-the-call', kind: 'reflect', phase: 'before', prompt: 'What?', text: 'Keep it open.', updatedAt: now };
function record(id: string, overrides: Partial<CpdRecord> = {}): CpdRecord {
  return { ...cpdRecordFromForm({ ...emptyCpdForm({ activity: 'Closing too soon', date: '2026-12-17' }), learning: 'Ask for reasons.' }, { id, now }), ...overrides };
}
const log: ReflectiveLog = { ...emptyReflectiveLog(), entries: [reflection], records: [record('r1')] };

describe('reflectiveLogBackup / readReflectiveLogBackup', () => {
  it('reads back exactly the log it wrote', () => {
    expect(readReflectiveLogBackup(reflectiveLogBackup(log, { exportedAt: now }))).toEqual(log);
  });

  it('reads a backup in the first format, which had no CPD entries', () => {
    const old = JSON.stringify({ backup: 'common-ground-reflective-log', formatVersion: 1, entries: [reflection] });
    expect(readReflectiveLogBackup(old)).toEqual({ ...emptyReflectiveLog(), entries: [reflection] });
  });

  it('refuses a file that is not a backup, whole, with a sentence', () => {
    const refusal = (text: string) => {
      try {
        readReflectiveLogBackup(text);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refusal('not json')).toBe('This file could not be imported: it is not a Common Ground backup (it is not JSON).');
    expect(refusal('{"formatVersion":2,"entries":[],"records":[]}')).toBe('This file could not be imported: it is not a Common Ground reflective log backup.');
    expect(refusal('{"backup":"common-ground-reflective-log","formatVersion":9,"entries":[],"records":[]}')).toBe(
      'This file could not be imported: the backup was saved in format 9; this version reads formats 1 to 2. It was made by a newer version of Common Ground.',
    );
    const damaged = JSON.parse(reflectiveLogBackup(log, { exportedAt: now })) as { entries: unknown[]; records: unknown[] };
    damaged.entries.push({ ...reflection, text: 5 });
    damaged.records.push({ id: 'r9' });
    expect(refusal(JSON.stringify(damaged))).toBe(
      "This file could not be imported: 2 entries in it cannot be read (Its entry 2 has no written text. Its CPD entry 2 has no activity.).",
    );
  });

  it('never throws anything but its own error on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify({ backup: 'common-ground-reflective-log', formatVersion: 2, entries: value, records: [] }))), (text) => {
        try {
          readReflectiveLogBackup(text);
        } catch (error) {
          expect((error as Error).name).toBe('ReflectiveLogError');
          expect((error as Error).message).toMatch(/^This file could not be imported: .*[.)]$/);
        }
      }),
    );
  });
});

describe('mergeReflectiveLogs', () => {
  it('adds what is new, leaves what is here, and keeps both versions of an entry that differs', () => {
    const incoming: ReflectiveLog = {
      ...emptyReflectiveLog(),
      entries: [reflection, { ...reflection, text: 'From the other computer', updatedAt: '2026-12-17T09:00:00.000Z' }],
      records: [record('r1'), record('r1', { learning: 'Changed elsewhere' }), record('r2', { activity: 'Supervision' })],
    };
    let next = 0;
    const { log: merged, summary } = mergeReflectiveLogs(log, incoming, { newId: () => `new-${(next += 1)}` });
    expect(summary).toEqual({ reflectionsAdded: 1, reflectionsAlreadyHere: 1, recordsAdded: 2, recordsAlreadyHere: 1, recordsKeptBoth: 1 });
    expect(merged.records.map((r) => [r.id, r.learning])).toEqual([
      ['r1', 'Ask for reasons.'],
      ['new-1', 'Changed elsewhere'],
      ['r2', 'Ask for reasons.'],
    ]);
    expect(merged.entries[1]).toMatchObject({ text: 'From the other computer', playMark: IMPORTED_PLAY_MARK });
    expect(describeMerge(summary)).toBe(
      'Imported 2 CPD entries and 1 scenario reflection. 2 items were already here and left as they were. 1 CPD entry in the file is a different version of one already here, so both versions of it are kept: nothing was overwritten.',
    );
    expect(describeMerge(mergeReflectiveLogs(log, log, { newId: () => 'x' }).summary)).toBe('Nothing new was imported: everything in the file is already in this log.');
  });

  it('never loses what was here, and importing twice adds nothing the second time', () => {
    const arbitraryRecord = fc.record({ id: fc.constantFrom('a', 'b', 'c'), learning: fc.constantFrom('x', 'y') }).map(({ id, learning }) => record(id, { learning }));
    const arbitraryLog = fc.array(arbitraryRecord, { maxLength: 6 }).map((records) => ({ ...emptyReflectiveLog(), records }));
    fc.assert(
      fc.property(arbitraryLog, arbitraryLog, (here, file) => {
        let id = 0;
        const once = mergeReflectiveLogs(here, file, { newId: () => `n${(id += 1)}` }).log;
        expect(once.records.slice(0, here.records.length)).toEqual(here.records);
        const twice = mergeReflectiveLogs(once, file, { newId: () => `n${(id += 1)}` });
        expect(twice.summary.recordsAdded).toBe(0);
      }),
    );
  });

  it('an imported reflection is never replaced by typing in a scenario', () => {
    const merged = mergeReflectiveLogs(emptyReflectiveLog(), { ...emptyReflectiveLog(), entries: [reflection] }, { newId: () => 'x' }).log;
    const typed = recordReflection(merged, { ...reflection, text: 'New play', updatedAt: '2026-12-19T10:00:00.000Z' }, { mark: null, text: null });
    expect(typed.entries.map((e) => e.text)).toEqual(['Keep it open.', 'New play']);
  });
});

describe('buildLogDocument', () => {
  it('lists each CPD entry under the six headings, then the scenario reflections with their earlier versions', () => {
    const withHistory: ReflectiveLog = {
      ...log,
      entries: [{ ...reflection, text: 'First play' }, { ...reflection, text: 'Second play', updatedAt: '2026-12-18T11:00:00.000Z' }],
      records: [record('r1', { minutes: 90, evidence: [{ id: 'e', fileName: 'record.md', title: 'Workshop record: Closing too soon', text: '# Workshop record', attachedAt: now }] })],
    };
    const headings = buildLogDocument(withHistory, { exportedLabel: '18 December 2026' })
      .filter((block) => block.type === 'heading')
      .map((block) => `${block.level} ${block.text}`);
    expect(headings).toEqual([
      '1 Reflective log and CPD record',
      '2 CPD entries',
      '3 Closing too soon',
      '4 Description of the activity',
      '4 Why it is relevant to your practice',
      '4 What you learnt',
      '4 The impact on your practice',
      '4 The impact on the people you work with',
      '4 Peer reflection',
      '4 Evidence of peer reflection',
      '2 Reflections from scenarios',
      '3 Closing too soon',
      '4 Reflection (before the conversation)',
    ]);
    const markdown = reflectiveLogToMarkdown(withHistory, { exportedLabel: '18 December 2026' });
    expect(markdown).toContain('*Date of the activity:* Thursday 17 December 2026');
    expect(markdown).toContain('*Time spent:* 1 hour 30 minutes');
    expect(markdown).toContain('#### What you learnt\n\n> Ask for reasons.');
    expect(markdown).toContain('#### The impact on your practice\n\n*Not written yet.*');
    expect(markdown).toContain('*Attached file:* Workshop record: Closing too soon (record.md)\n\n> \\# Workshop record');
    expect(markdown.indexOf('> Second play')).toBeLessThan(markdown.indexOf('*Earlier version, written:* Fri 18 Dec 2026, 10:00\n\n> First play'));
  });
});

describe('reflectiveLogToMarkdown with CPD entries', () => {
  it('never lets what the learner or an attached file says become markup or a link', () => {
    const hostile = fc.oneof(fc.string(), fc.constantFrom('<script>alert(1)</script>', '[x](javascript:alert(1))', '# heading\n\n| a | b |', '<img src=x onerror=alert(1)>', 'https://example.org'));
    fc.assert(
      fc.property(hostile, hostile, hostile, (activity, learning, evidence) => {
        const entry = record('r', { activity, learning, evidence: [{ id: 'e', fileName: `${evidence}.md`, title: evidence, text: evidence, attachedAt: now }] });
        const markdown = reflectiveLogToMarkdown({ ...emptyReflectiveLog(), records: [entry] }, { exportedLabel: 'today' });
        expect(unsafeMarkdownParts(markdown)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
