import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNhsNumbers, isValidNhsNumber } from '../../../engine/privacy/nhs-number.js';

/** The check digit by the NHS rule, or undefined when the rule gives 10. */
function checkDigit(nine: readonly number[]): number | undefined {
  const sum = nine.reduce((total, digit, i) => total + digit * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 });

describe('isValidNhsNumber', () => {
  it('accepts a number whose last digit is the modulus 11 check digit', () => {
    expect(isValidNhsNumber('9990000018')).toBe(true);
    expect(isValidNhsNumber('999 246 8130')).toBe(true);
    expect(isValidNhsNumber('999-765-4323')).toBe(true);
  });

  it('rejects a number whose last digit is wrong, or that is not ten digits', () => {
    expect(isValidNhsNumber('999 000 0017')).toBe(false);
    expect(isValidNhsNumber('999 000 001')).toBe(false);
    expect(isValidNhsNumber('99900000188')).toBe(false);
    expect(isValidNhsNumber('abc def ghij')).toBe(false);
  });

  it('accepts exactly the numbers that end in their check digit, for any nine leading digits', () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 9 }), (nine, last) => {
        const expected = checkDigit(nine) === last;
        expect(isValidNhsNumber(`${nine.join('')}${last}`)).toBe(expected);
      }),
    );
  });

  it('rejects every number whose check would be 10, whatever the last digit', () => {
    fc.assert(
      fc.property(
        nineDigits.filter((nine) => checkDigit(nine) === undefined),
        fc.integer({ min: 0, max: 9 }),
        (nine, last) => {
          expect(isValidNhsNumber(`${nine.join('')}${last}`)).toBe(false);
        },
      ),
    );
  });
});

describe('findNhsNumbers', () => {
  it('finds valid numbers written run together, spaced 3-3-4 or hyphenated', () => {
    const text = 'a 9990000018, b 999 246 8130, c 999-765-4323.';
    expect(findNhsNumbers(text).map((c) => c.text)).toEqual(['9990000018', '999 246 8130', '999-765-4323']);
  });

  it('ignores ten-digit references that fail the check', () => {
    expect(findNhsNumbers('Case ref 999 000 0017 and 485 777 3451')).toEqual([]);
  });

  it('ignores valid digits that are part of a longer number or mix separators', () => {
    expect(findNhsNumbers('19990000018 and 999 000-0018 and 9990000018.5')).toEqual([]);
  });

  it('reports the offset of each number', () => {
    const [found] = findNhsNumbers('NHS: 999 000 0018');
    expect(found?.offset).toBe(5);
  });
});
