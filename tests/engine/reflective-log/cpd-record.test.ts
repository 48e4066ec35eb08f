import { describe, expect, it } from 'vitest';
import { checkCpdForm, cpdFormFromRecord, cpdRecordFromForm, emptyCpdForm, type CpdFormValues } from '../../../engine/reflective-log/check-cpd-form.js';
import { CPD_FIELDS, deleteCpdRecord, deleteReflection, formatTimeSpent, saveCpdRecord } from '../../../engine/reflective-log/cpd-record.js';
import { checkEvidenceFile, evidenceFromText, evidenceKindOf } from '../../../engine/reflective-log/evidence-file.js';
import { emptyReflectiveLog } from '../../../engine/reflective-log/reflective-log.js';

const now = '2026-12-18T10:00:00.000Z';
const today = '2026-12-18';

function form(overrides: Partial<CpdFormValues> = {}): CpdFormValues {
  return { ...emptyCpdForm({ activity: 'Closing too soon', scenarioId: 'closing-too-soon', date: '2026-12-17' }), ...overrides };
}

describe('CPD_FIELDS', () => {
  it('has the six headings of a CPD record, each with a prompt', () => {
    expect(CPD_FIELDS.map((field) => field.label)).toEqual([
      'Description of the activity',
      'Why it is relevant to your practice',
      'What you learnt',
      'The impact on your practice',
      'The impact on the people you work with',
      'Peer reflection',
    ]);
    expect(CPD_FIELDS.every((field) => field.prompt.endsWith('?') || field.prompt.endsWith('.'))).toBe(true);
  });
});

describe('checkCpdForm', () => {
  it('accepts an entry with only the activity and its date, since the headings can be written later', () => {
    expect(checkCpdForm(form(), { today })).toEqual([]);
  });

  it('asks for the activity and the date', () => {
    expect(checkCpdForm(emptyCpdForm(), { today })).toEqual([
      { field: 'activity', message: 'Enter the activity, for example the scenario you played' },
      { field: 'date', part: 'day', message: 'Enter the date of the activity' },
    ]);
  });

  it('says which part of the date is missing or wrong, and names an impossible date', () => {
    const dateError = (day: string, month: string, year: string) => checkCpdForm(form({ day, month, year }), { today }).find((error) => error.field === 'date');
    expect(dateError('31', '2', '2026')).toEqual({ field: 'date', part: 'day', message: '31 February 2026 is not a real date' });
    expect(dateError('', '2', '')).toEqual({ field: 'date', part: 'day', message: 'The date of the activity must include a day and a year' });
    expect(dateError('1', '13', '2026')).toMatchObject({ part: 'month', message: 'The month must be a number from 1 to 12' });
    expect(dateError('1', '1', '26')).toMatchObject({ part: 'year', message: 'The year must include 4 numbers, for example 2026' });
    expect(dateError('x', '1', '2026')).toMatchObject({ part: 'day' });
    expect(dateError('19', '12', '2026')).toMatchObject({ message: 'The date of the activity must be today or in the past' });
    expect(dateError('18', '12', '2026')).toBeUndefined();
    expect(dateError('29', '2', '2024')).toBeUndefined();
  });

  it('accepts no time spent, and checks hours and minutes when given', () => {
    const timeError = (hours: string, minutes: string) => checkCpdForm(form({ hours, minutes }), { today }).find((error) => error.field === 'time');
    expect(timeError('', '')).toBeUndefined();
    expect(timeError('1', '')).toBeUndefined();
    expect(timeError('', '45')).toBeUndefined();
    expect(timeError('1', '60')).toMatchObject({ part: 'minutes' });
    expect(timeError('1.5', '')).toMatchObject({ part: 'hours' });
    expect(timeError('0', '0')).toMatchObject({ message: 'The time spent must be more than 0 minutes, or leave both boxes empty' });
  });
});

describe('cpdRecordFromForm / cpdFormFromRecord', () => {
  it('makes the entry from the form and fills the form back from it', () => {
    const values = form({ hours: '1', minutes: '30', learning: '  Ask for the reasons in writing.  ', day: '7', month: '12' });
    const record = cpdRecordFromForm(values, { id: 'r1', now });
    expect(record).toMatchObject({ id: 'r1', activity: 'Closing too soon', scenarioId: 'closing-too-soon', date: '2026-12-07', minutes: 90, learning: 'Ask for the reasons in writing.', createdAt: now, updatedAt: now });
    expect(cpdFormFromRecord(record)).toEqual({ ...values, learning: 'Ask for the reasons in writing.' });
    const edited = cpdRecordFromForm({ ...values, hours: '', minutes: '' }, { id: 'r1', now: '2026-12-19T10:00:00.000Z', createdAt: now });
    expect(edited.minutes).toBeUndefined();
    expect(edited.createdAt).toBe(now);
  });
});

describe('saveCpdRecord / deleteCpdRecord', () => {
  it('adds, edits in place and deletes one entry, leaving the others', () => {
    const a = cpdRecordFromForm(form(), { id: 'a', now });
    const b = cpdRecordFromForm(form({ activity: 'Supervision' }), { id: 'b', now });
    let log = saveCpdRecord(saveCpdRecord(emptyReflectiveLog(), a), b);
    log = saveCpdRecord(log, { ...a, activity: 'Edited' });
    expect(log.records.map((r) => [r.id, r.activity])).toEqual([
      ['a', 'Edited'],
      ['b', 'Supervision'],
    ]);
    expect(deleteCpdRecord(log, 'a').records.map((r) => r.id)).toEqual(['b']);
  });
});

describe('deleteReflection', () => {
  it('deletes one version of a reflection and keeps the others', () => {
    const version = (text: string, updatedAt: string) => ({ scenarioId: 's', scenarioTitle: 'S', promptId: 'p', kind: 'reflect' as const, prompt: 'P', text, updatedAt });
    const log = { ...emptyReflectiveLog(), entries: [version('one', '2026-12-17T10:00:00.000Z'), version('two', '2026-12-18T10:00:00.000Z')] };
    expect(deleteReflection(log, { scenarioId: 's', promptId: 'p', updatedAt: '2026-12-17T10:00:00.000Z' }).entries.map((e) => e.text)).toEqual(['two']);
  });
});

describe('formatTimeSpent', () => {
  it('says the time in hours and minutes', () => {
    expect([30, 60, 61, 150, undefined].map(formatTimeSpent)).toEqual(['30 minutes', '1 hour', '1 hour 1 minute', '2 hours 30 minutes', 'Not recorded']);
  });
});

describe('evidence files', () => {
  it('accepts the workshop exports and text, by name', () => {
    expect(['record.md', 'RECORD.HTML', 'debrief.markdown', 'notes.txt', 'page.htm', 'photo.jpg', 'noext'].map(evidenceKindOf)).toEqual(['markdown', 'html', 'markdown', 'text', 'html', null, null]);
    expect(checkEvidenceFile('photo.jpg', 10)).toMatch(/^photo\.jpg is not a Markdown, HTML or text file\./);
    expect(checkEvidenceFile('big.md', 2 * 1024 * 1024)).toMatch(/larger than 1 MB/);
    expect(checkEvidenceFile('empty.md', 0)).toBe('empty.md is empty.');
    expect(checkEvidenceFile('record.md', 2000)).toBeNull();
  });

  it('takes the title from the first heading, or the page title, or the file name', () => {
    const markdown = '\uFEFF# Workshop record: Closing too soon \\(draft\\)\r\n\r\nTables: 3';
    expect(evidenceFromText({ fileName: 'record.md', text: markdown }, { id: 'e1', now })).toEqual({
      id: 'e1',
      fileName: 'record.md',
      title: 'Workshop record: Closing too soon (draft)',
      text: '# Workshop record: Closing too soon \\(draft\\)\n\nTables: 3',
      attachedAt: now,
    });
    expect(evidenceFromText({ fileName: 'r.html', text: 'Words', title: 'Workshop debrief' }, { id: 'e', now })).toMatchObject({ title: 'Workshop debrief' });
    expect(evidenceFromText({ fileName: 'notes.txt', text: 'We agreed to escalate.' }, { id: 'e', now })).toMatchObject({ title: 'notes.txt' });
  });

  it('refuses binary and empty files with a sentence', () => {
    expect(evidenceFromText({ fileName: 'x.md', text: 'a\u0000b' }, { id: 'e', now })).toBe('x.md does not look like a text file.');
    expect(evidenceFromText({ fileName: 'x.md', text: ' \n ' }, { id: 'e', now })).toBe('x.md has no text in it.');
  });
});
