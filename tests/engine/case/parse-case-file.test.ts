import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseFileError, parseCaseFile } from '../../../engine/index.js';
import { readCaseFile } from '../../../engine/case/parse-case-file.js';
import { caseYaml } from './helpers/case-yaml.js';

const valid = caseYaml({ raised: '2026-11-02T09:00', events: [['2026-11-02T12:00', 'stage1-concluded', 'by: school, summary: No agreement yet']] });

describe('parseCaseFile', () => {
  it('reads both bundled case files with no findings', () => {
    for (const file of ['scenarios/cases/on-time.case.yaml', 'scenarios/cases/missed-deadlines.case.yaml']) {
      const { caseFile, findings } = parseCaseFile(readFileSync(file, 'utf8'), file);
      expect(findings).toEqual([]);
      expect(caseFile?.protocol).toBe('north-yorkshire');
    }
  });

  it('fills in the defaults: format 1 and the north-yorkshire protocol', () => {
    expect(parseCaseFile(valid, 'a.case.yaml').caseFile).toMatchObject({ formatVersion: 1, protocol: 'north-yorkshire', audience: 'child' });
  });

  it('points a YAML syntax error at its line and column', () => {
    const text = 'audience: child\nraised: 2026-11-02T09:00\nagencies: [ { id: school, role: School }\nevents: []\n';
    const { caseFile, findings } = parseCaseFile(text, 'bad.case.yaml');
    expect(caseFile).toBeUndefined();
    expect(findings[0]).toMatchObject({ code: 'yaml-syntax', file: 'bad.case.yaml', line: 4 });
  });

  it('points an unknown event kind at the kind on its own line, with the kinds to use', () => {
    const text = valid.replace('kind: stage1-concluded', 'kind: stage-one-chat');
    const lines = text.split('\n');
    const line = lines.findIndex((entry) => entry.includes('stage-one-chat')) + 1;
    const { findings } = parseCaseFile(text, 'a.case.yaml');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'unknown-event-kind', line, column: lines[line - 1]!.indexOf('stage-one-chat') + 1 });
    expect(findings[0]?.message).toContain('"stage-one-chat"');
    expect(findings[0]?.hint).toContain('dsl-discussion');
    expect(findings[0]?.hint).toContain('stage-N');
  });

  it('explains a time that cannot be read and a time the clocks skip', () => {
    const unreadable = parseCaseFile(valid.replace('raised: 2026-11-02T09:00', 'raised: next Tuesday'), 'a.case.yaml');
    expect(unreadable.findings[0]).toMatchObject({ code: 'schema', line: 2, column: 9 });
    expect(unreadable.findings[0]?.message).toContain('YYYY-MM-DDTHH:mm');
    const skipped = parseCaseFile(valid.replace('raised: 2026-11-02T09:00', 'raised: 2026-03-29T01:30'), 'a.case.yaml');
    expect(skipped.caseFile).toBeUndefined();
  });

  it('refuses an event by an agency that is not listed, a resolution with no stage and a note with no summary', () => {
    const text = caseYaml({
      raised: '2026-11-02T09:00',
      events: [
        ['2026-11-02T12:00', 'stage1-concluded', 'by: police'],
        ['2026-11-02T13:00', 'resolved'],
        ['2026-11-02T14:00', 'note'],
        ['2026-11-02T15:00', 'dsl-discussion', 'stage: 3'],
      ],
    });
    const messages = parseCaseFile(text, 'a.case.yaml').findings.map((finding) => finding.message).join('\n');
    expect(messages).toContain('"police" is not the id of an agency');
    expect(messages).toContain('needs the `stage`');
    expect(messages).toContain('A note needs a `summary`');
    expect(messages).toContain('Only a resolved event has a stage');
  });

  it('names an unknown field and points at it', () => {
    const { findings } = parseCaseFile(`${valid}colour: blue\n`, 'a.case.yaml');
    expect(findings[0]).toMatchObject({ code: 'schema', line: valid.split('\n').length, column: 1 });
    expect(findings[0]?.message).toContain('`colour`');
  });

  it('refuses a newer format version with a clear message', () => {
    const { findings } = parseCaseFile(`formatVersion: 2\n${valid}`, 'a.case.yaml');
    expect(findings).toEqual([expect.objectContaining({ code: 'unsupported-format-version', line: 1, column: 16 })]);
  });

  it('refuses an unknown protocol and a stage the protocol does not have', () => {
    expect(parseCaseFile(`protocol: somewhere-else\n${valid}`, 'a.case.yaml').findings[0]?.code).toBe('unknown-protocol');
    const text = caseYaml({ raised: '2026-11-02T09:00', events: [['2026-11-02T12:00', 'resolved', 'stage: 9']] });
    expect(parseCaseFile(text, 'a.case.yaml').findings[0]?.code).toBe('stage-out-of-range');
  });

  it('finds a name in a summary and points at the name itself, since case files have no cast', () => {
    const text = valid.replace('No agreement yet', 'Rang Mrs Okafor about it');
    const lines = text.split('\n');
    const line = lines.findIndex((entry) => entry.includes('Mrs Okafor')) + 1;
    const { caseFile, findings } = parseCaseFile(text, 'a.case.yaml');
    expect(caseFile).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ code: 'personal-data', severity: 'error', line, column: lines[line - 1]!.indexOf('Mrs Okafor') + 1 })]);
    expect(findings[0]?.hint).toContain('by role');
  });

  it('finds a phone number in an agency role and an email address in a note', () => {
    const text = caseYaml({
      raised: '2026-11-02T09:00',
      events: [['2026-11-02T12:00', 'note', 'summary: "Write to duty.team@northyorks.gov.uk or ring 07700 912345"']],
    }).replace('role: Primary school (referring agency)', 'role: "Primary school, 01609 532123"');
    const { caseFile, findings } = parseCaseFile(text, 'a.case.yaml');
    expect(caseFile).toBeUndefined();
    expect(findings.map((finding) => finding.code)).toEqual(['personal-data', 'personal-data', 'personal-data']);
    expect(findings.map((finding) => finding.line)).toEqual([4, 7, 7]);
  });
});

describe('readCaseFile', () => {
  it('throws a CaseFileError carrying the first error’s place and hint', () => {
    const text = valid.replace('audience: child', 'audience: children');
    try {
      readCaseFile(text, 'a.case.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CaseFileError);
      expect(error).toMatchObject({ name: 'CaseFileError', file: 'a.case.yaml', line: 1, column: 11 });
      expect((error as CaseFileError).hint).toBe('Use one of: child, adult.');
    }
  });
});

describe('parseCaseFile on hostile files', () => {
  it('refuses a case nested 3,000 deep as too deeply nested, at its line', () => {
    const { findings } = parseCaseFile(`${valid}x:\n  ${'- '.repeat(3000)}1\n`, 'a.case.yaml');
    expect(findings).toMatchObject([{ code: 'too-deeply-nested', line: valid.split('\n').length + 1 }]);
  });

  it('refuses a case file larger than the cap', () => {
    const { findings } = parseCaseFile(`${valid}# ${'x'.repeat(2_000_000)}\n`, 'a.case.yaml');
    expect(findings).toMatchObject([{ code: 'file-too-large', severity: 'error' }]);
  });

  it('refuses times outside the years of the bank-holiday calendar, naming them', () => {
    const { findings } = parseCaseFile(valid.replace('raised: 2026-11-02T09:00', 'raised: 9999-12-31T23:59'), 'a.case.yaml');
    expect(findings[0]).toMatchObject({ code: 'schema', line: 2, column: 9 });
    expect(findings[0]?.message).toMatch(/1995 to 2100/);
  });

  it('refuses a hexadecimal stage', () => {
    const text = caseYaml({ raised: '2026-11-02T09:00', events: [['2026-11-02T12:00', 'resolved', 'stage: 0x1']] });
    expect(parseCaseFile(text, 'a.case.yaml').findings.map((finding) => finding.code)).toContain('schema');
  });
});
