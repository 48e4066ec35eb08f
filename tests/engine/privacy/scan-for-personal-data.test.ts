import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA_KINDS } from '../../../engine/privacy/personal-data-kinds.js';
import { PersonalDataError } from '../../../engine/privacy/personal-data-error.js';
import { scanForPersonalData } from '../../../engine/privacy/scan-for-personal-data.js';

describe('scanForPersonalData', () => {
  it('reports each kind with its text, offset, length, line, column, message and suggestion', () => {
    const text = 'Note.\nMum Kelly rang from 07911 123456.';
    const [finding] = scanForPersonalData(text, { cast: [{ name: 'Kelly Harper' }] });
    expect(finding).toEqual({
      kind: 'phone-number',
      severity: 'error',
      text: '07911 123456',
      offset: 26,
      length: 12,
      line: 2,
      column: 21,
      message: expect.stringContaining('07911 123456'),
      suggestion: expect.stringContaining('Ofcom'),
    });
  });

  it('returns findings in text order', () => {
    const found = scanForPersonalData('Mrs Patel, 07911 123456, YO11 9ZX, DOB 12/03/2015');
    expect(found.map((f) => f.kind)).toEqual(['personal-name', 'phone-number', 'postcode', 'date-of-birth']);
  });

  it('shifts lines and columns by the origin so they point into the file', () => {
    const [finding] = scanForPersonalData('x\n  Mrs Patel', { startLine: 20, startColumn: 4 });
    expect(finding).toMatchObject({ offset: 4, line: 21, column: 3 });
    const [first] = scanForPersonalData('Mrs Patel', { startLine: 20, startColumn: 4 });
    expect(first).toMatchObject({ line: 20, column: 4 });
  });

  it('throws a PersonalDataError with a hint for an impossible origin', () => {
    expect(() => scanForPersonalData('x', { startLine: 0 })).toThrow(PersonalDataError);
    try {
      scanForPersonalData('x', { startColumn: -1 });
    } catch (error) {
      expect((error as PersonalDataError).hint).toMatch(/1-based/);
    }
  });

  it('keeps the more specific kind when two detections claim the same characters', () => {
    // 012 345 6789 passes the NHS check and is also shaped like a 01 phone number.
    const found = scanForPersonalData('Number 012 345 6789 on file');
    expect(found.map((f) => f.kind)).toEqual(['nhs-number']);
  });

  it('reports a street address rather than a name inside it', () => {
    const found = scanForPersonalData('at 27 Kelly Harper Road');
    expect(found.map((f) => [f.kind, f.text])).toEqual([['street-address', '27 Kelly Harper Road']]);
  });

  it('silences a finding acknowledged with the same kind, exact text and a reason', () => {
    const text = 'Florence Nightingale said so. Call 07911 123456.';
    const found = scanForPersonalData(text, {
      acknowledged: [{ kind: 'personal-name', text: 'Florence Nightingale', reason: 'historical figure, quoted' }],
    });
    expect(found.map((f) => f.text)).toEqual(['07911 123456']);
  });

  it('does not honour an acknowledgement with a blank reason, another kind or other text', () => {
    const text = 'Mrs Patel rang.';
    for (const ack of [
      { kind: 'personal-name' as const, text: 'Mrs Patel', reason: '   ' },
      { kind: 'email' as const, text: 'Mrs Patel', reason: 'fine' },
      { kind: 'personal-name' as const, text: 'Patel', reason: 'fine' },
    ]) {
      expect(scanForPersonalData(text, { acknowledged: [ack] })).toHaveLength(1);
    }
  });

  it('returns nothing for an empty text', () => {
    expect(scanForPersonalData('')).toEqual([]);
  });

  it('gives findings whose text is exactly the slice at their offset, for any text', () => {
    const pieces = fc.constantFrom(
      'Mrs Patel ', '07911 123456 ', 'YO11 9ZX ', 'DOB 12/03/2015 ', '14 Elm Grove ', 'a@b-demo.co.uk ',
      '999 000 0018 ', 'JT 48 26 91 B ', 'Stage 3 ', '01632 960123 ', '\n', ', ', 'Kelly ', 'the ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const finding of scanForPersonalData(text)) {
          expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.text);
          expect(PERSONAL_DATA_KINDS).toContain(finding.kind);
        }
      }),
    );
  });

  it('never reports overlapping findings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('012 345 6789', ' ', 'Mrs ', 'Patel', '27 ', 'Road', 'DOB ', '12/03/2015', '\n')), (parts) => {
        const found = scanForPersonalData(parts.join(''));
        for (let i = 1; i < found.length; i++) {
          expect(found[i]!.offset).toBeGreaterThanOrEqual(found[i - 1]!.offset + found[i - 1]!.length);
        }
      }),
    );
  });

  // No timing assertions: a catastrophic backtracking bug would blow the
  // test timeout rather than pass slowly. These inputs target each detector.
  it.each([
    ['a run of address characters with no @', 'a.'.repeat(50_000)],
    ['many @ signs in a dotted run', 'a@a.'.repeat(25_000)],
    ['a long dotted domain that never ends in a valid TLD', `x@${'a.'.repeat(50_000)}1`],
    ['digits and spaces forever', '0 '.repeat(50_000)],
    ['digits and brackets', '(0'.repeat(50_000)],
    ['capitalised words with no end', 'Kelly '.repeat(30_000)],
    ['house numbers before capitalised words', '12 Elm '.repeat(20_000)],
    ['birth cues without dates', 'DOB born date of birth '.repeat(5_000)],
    ['letters and digits like postcodes and NI numbers', 'AB12 '.repeat(30_000)],
  ])('finishes on adversarial input: %s', (_name, text) => {
    expect(Array.isArray(scanForPersonalData(text))).toBe(true);
  });
});
