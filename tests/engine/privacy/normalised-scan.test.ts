/**
 * The personal-data guard reads through disguises: zero-width and other
 * invisible characters inside a name or number, Cyrillic and Greek letters
 * that look Latin, and full-width digits. Findings still point at the text
 * as written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clustersOf, normaliseForScan } from '../../../engine/privacy/normalise-for-scan.js';
import { scanForPersonalData } from '../../../engine/privacy/scan-for-personal-data.js';
import { scenarioPrivacyCheck } from '../../../engine/privacy/scenario-privacy-check.js';

const kinds = (text: string) => scanForPersonalData(text).map((found) => [found.kind, found.column, found.text]);

describe('scanForPersonalData through disguises', () => {
  it('finds a name split by zero-width spaces, at its place in the original text', () => {
    const text = 'We rang J\u200Bohn Smi\u200Bth today.';
    expect(kinds(text)).toEqual([['personal-name', 9, 'J\u200Bohn Smi\u200Bth']]);
  });

  it('finds a name written with Cyrillic and Greek look-alike letters', () => {
    // о (U+043E), а (U+0430) and Ο (U+039F) look like o, a and O.
    expect(kinds('Then J\u043Ehn Smith and Sar\u0430h \u039F\u2019Neill came.').map(([kind]) => kind)).toEqual(['personal-name', 'personal-name']);
  });

  it('finds NHS and phone numbers split by invisible characters or written in full-width digits', () => {
    expect(kinds('NHS 943\u200B 476\u2060 5919 here').map(([kind, column]) => [kind, column])).toEqual([['nhs-number', 5]]);
    expect(kinds('Ring \uFF10\uFF17\uFF19\uFF11\uFF11 \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16 now')).toEqual([['phone-number', 6, '\uFF10\uFF17\uFF19\uFF11\uFF11 \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16']]);
    expect(kinds('Ring 079\u00AD11 123\u200D456').map(([kind]) => kind)).toEqual(['phone-number']);
  });

  it('keeps lines and columns of the original text after invisible characters on earlier lines', () => {
    const found = scanForPersonalData('\u200B\u200B\u200Bfirst line\nsecond J\u200Bohn Smith', { startLine: 10, startColumn: 3 });
    expect(found.map((finding) => [finding.line, finding.column, finding.length])).toEqual([[11, 8, 11]]);
  });

  it('still allows a cast name written with the same disguise, and only that person', () => {
    const found = scanForPersonalData('J\u200Bohn Smith met Sarah Jones.', { cast: [{ name: 'John Smith' }] });
    expect(found.map((finding) => finding.text)).toEqual(['Sarah Jones']);
  });
});

describe('scanForPersonalData through other disguises', () => {
  it('reads full-width and mathematical letters, a Cyrillic NI number and a full-width at sign', () => {
    expect(kinds('Then \uFF2A\uFF4F\uFF48\uFF4E Smith rang.').map(([kind]) => kind)).toEqual(['personal-name']);
    expect(kinds('Then \u{1D409}\u{1D428}\u{1D421}\u{1D427} Smith rang.').map(([kind]) => kind)).toEqual(['personal-name']);
    expect(kinds('NI number \u0410\u0412 12 34 56 C on file.').map(([kind]) => kind)).toEqual(['ni-number']);
    expect(kinds('Write to kelly.harper\uFF20gmail.com today.').map(([kind]) => kind)).toEqual(['email']);
  });

  it('says in its message that the text was disguised, and names what it reads as', () => {
    const [found] = scanForPersonalData('We rang J\u200Bohn Smith today.');
    expect(found?.message).toMatch(/^"John Smith" looks like a person's name/);
    expect(found?.message).toMatch(/invisible or look-alike characters/);
    expect(scanForPersonalData('We rang John Smith today.')[0]?.message).not.toMatch(/look-alike/);
  });

  it('silences a disguised finding by an acknowledgement of what it reads as, or of the text as written', () => {
    const text = 'As Florence Nighting\u200Bale wrote.';
    const reason = 'historical public figure, quoted';
    expect(scanForPersonalData(text, { acknowledged: [{ kind: 'personal-name', text: 'Florence Nightingale', reason }] })).toEqual([]);
    expect(scanForPersonalData(text, { acknowledged: [{ kind: 'personal-name', text: 'Florence Nighting\u200Bale', reason }] })).toEqual([]);
    expect(scanForPersonalData(text, { acknowledged: [{ kind: 'personal-name', text: 'Florence Nightingale', reason: ' ' }] })).toHaveLength(1);
  });

  it('finds the same kinds whatever invisible characters are put inside the text, each at its written place', () => {
    const plain = 'Call Kelly Harper on 07911 123456 or email kelly@gmail.com about NHS 943 476 5919.';
    const expected = scanForPersonalData(plain).map((found) => found.kind);
    const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u202E', '\uFE0F');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: plain.length }), invisible), { maxLength: 12 }), (insertions) => {
        let text = plain;
        for (const [at, character] of [...insertions].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + character + text.slice(at);
        const found = scanForPersonalData(text);
        expect(found.map((finding) => finding.kind)).toEqual(expected);
        for (const finding of found) {
          expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.text);
          expect(normaliseForScan(finding.text).text).not.toMatch(/[\u200B-\u200D\u2060\u00AD\uFEFF\u202E\uFE0F]/);
        }
      }),
      { numRuns: 200, seed: 53 },
    );
  });
});

describe('normaliseForScan', () => {
  it('leaves plain ASCII as it is', () => {
    const read = normaliseForScan('Plain text, 07911 123456.');
    expect(read).toMatchObject({ text: 'Plain text, 07911 123456.', changed: false });
    expect(read.originalSpan(6, 10)).toEqual({ start: 6, end: 10 });
  });

  it('maps each character of the result back to the span it came from, invisible characters inside included', () => {
    const read = normaliseForScan('J\u200Bohn \uFF10\uFF17 \u0435\u0301');
    expect(read.text).toBe('John 07 \u00E9');
    expect(read.originalSpan(0, 4)).toEqual({ start: 0, end: 5 });
    expect(read.originalSpan(5, 7)).toEqual({ start: 6, end: 8 });
    expect(read.originalSpan(8, 9)).toEqual({ start: 9, end: 11 });
  });
});

describe('scenarioPrivacyCheck at scale', () => {
  it('checks 5,000 strings against a cast of 5,000 names in linear time', () => {
    const cast = Array.from({ length: 5_000 }, (_, index) => ({ name: `Castname${index} Surname${index}`, role: 'a worker' }));
    const strings = Array.from({ length: 5_000 }, (_, index) => ({ text: `Castname${index} rang.`, at: { line: index + 2, column: 1 } }));
    const start = performance.now();
    const findings = scenarioPrivacyCheck({ file: 'big.mdx', frontmatter: { cast, acknowledgements: [], allowNames: [] } as never }, { strings, body: { text: '', at: { line: 1, column: 1 } } });
    expect(findings).toEqual([]);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('clustersOf', () => {
  // The expression it speeds up, searched over the whole text as it used to be.
  const CLUSTER = /[^\p{M}\u0000-\u007F]\p{M}*|[\u0000-\u007F]\p{M}+|\p{M}+/gu;

  it('finds the clusters a search of the whole text finds, whatever mix of ASCII, marks, invisible and astral characters', () => {
    const pieces = fc.constantFrom('a', 'Jo', ' ', '\n', 'e\u0301', '\u0301', '\u0308\u0301', '\u00E9', '\u0435', '\u200B', '\u{1D400}', '\u{1D400}\u0301', '\uD800', '\uFF10', '\u2019s');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const expected = [...text.matchAll(CLUSTER)].map((match) => ({ cluster: match[0], index: match.index }));
        expect([...clustersOf(text)]).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a mark on the ASCII letter before it, and none in plain ASCII', () => {
    expect([...clustersOf('Cafe\u0301 and Jo\u200Bhn')]).toEqual([
      { cluster: 'e\u0301', index: 3 },
      { cluster: '\u200B', index: 12 },
    ]);
    expect([...clustersOf('Plain text, all ASCII.')]).toEqual([]);
  });
});
