import { describe, expect, it } from 'vitest';
import { PersonalDataError } from '../../../engine/privacy/personal-data-error.js';
import { assertNoPersonalData, formatPersonalDataFinding } from '../../../engine/privacy/assert-no-personal-data.js';
import { scanForPersonalData } from '../../../engine/privacy/scan-for-personal-data.js';

describe('assertNoPersonalData', () => {
  it('passes a text with only drama numbers, example.org addresses and cast names', () => {
    expect(() =>
      assertNoPersonalData('Kelly rang 01632 960123 and wrote to dsl@school.example.org.', { cast: [{ name: 'Kelly Harper' }] }),
    ).not.toThrow();
  });

  it('throws a PersonalDataError listing every finding with the file, and a hint', () => {
    let caught: unknown;
    try {
      assertNoPersonalData('Mrs Patel\nring 07911 123456', { file: 'scenarios/missed-visit.mdx', startLine: 8 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PersonalDataError);
    const error = caught as PersonalDataError;
    expect(error.name).toBe('PersonalDataError');
    expect(error.findings).toHaveLength(2);
    expect(error.message).toContain('scenarios/missed-visit.mdx:8:1');
    expect(error.message).toContain('scenarios/missed-visit.mdx:9:6');
    expect(error.hint).toMatch(/cast/);
  });
});

describe('formatPersonalDataFinding', () => {
  it('writes one line with position, kind, message and fix', () => {
    const [finding] = scanForPersonalData('DOB 12/03/2015');
    expect(formatPersonalDataFinding(finding!, 'a.yaml')).toBe(
      `a.yaml:1:5 error date-of-birth: ${finding!.message} Fix: ${finding!.suggestion}`,
    );
    expect(formatPersonalDataFinding(finding!)).toMatch(/^1:5 error/);
  });
});
