import { describe, expect, it } from 'vitest';
import { findNiNumbers, isNiNumberShape } from '../../../engine/privacy/ni-number.js';

describe('isNiNumberShape', () => {
  it('accepts two allowed letters, six digits and a suffix A to D, spaced in pairs or not', () => {
    expect(isNiNumberShape('JT 48 26 91 B')).toBe(true);
    expect(isNiNumberShape('AB123456C')).toBe(true);
    expect(isNiNumberShape('ce224187a')).toBe(true);
  });

  it.each(['D', 'F', 'I', 'Q', 'U', 'V'])('rejects %s as a first letter', (letter) => {
    expect(isNiNumberShape(`${letter}A 12 34 56 A`)).toBe(false);
  });

  it.each(['D', 'F', 'I', 'O', 'Q', 'U', 'V'])('rejects %s as a second letter', (letter) => {
    expect(isNiNumberShape(`A${letter} 12 34 56 A`)).toBe(false);
  });

  it.each(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'])('rejects the unallocated prefix %s', (prefix) => {
    expect(isNiNumberShape(`${prefix} 12 34 56 A`)).toBe(false);
  });

  it('rejects suffixes other than A to D', () => {
    expect(isNiNumberShape('AB 12 34 56 E')).toBe(false);
  });
});

describe('findNiNumbers', () => {
  it('finds NI numbers in prose and skips HMRC’s QQ specimen', () => {
    const found = findNiNumbers('NI JT 48 26 91 B; the guidance example is QQ 12 34 56 C.');
    expect(found.map((c) => c.text)).toEqual(['JT 48 26 91 B']);
  });

  it('does not find NI numbers inside longer codes', () => {
    expect(findNiNumbers('XAB123456C9 and REFJT482691B')).toEqual([]);
  });
});
