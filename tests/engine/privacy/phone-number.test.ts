import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFCOM_DRAMA_NUMBER_RANGES } from '../../../engine/privacy/data/ofcom-drama-numbers.js';
import { findPhoneNumbers, isOfcomDramaNumber } from '../../../engine/privacy/phone-number.js';

const texts = (text: string): string[] => findPhoneNumbers(text).map((c) => c.text);

describe('isOfcomDramaNumber', () => {
  it.each(OFCOM_DRAMA_NUMBER_RANGES.map((range) => [range.source, range.prefix]))(
    'covers both ends of %s',
    (_source, prefix) => {
      expect(isOfcomDramaNumber(`${prefix}000`)).toBe(true);
      expect(isOfcomDramaNumber(`${prefix}999`)).toBe(true);
    },
  );

  it('accepts +44, 0044 and (0) forms of a drama number', () => {
    expect(isOfcomDramaNumber('+44 7700 900123')).toBe(true);
    expect(isOfcomDramaNumber('0044 113 496 0500')).toBe(true);
    expect(isOfcomDramaNumber('+44 (0)20 7946 0999')).toBe(true);
  });

  it('rejects numbers just outside the ranges', () => {
    expect(isOfcomDramaNumber('020 7946 1000')).toBe(false);
    expect(isOfcomDramaNumber('07700 901000')).toBe(false);
    expect(isOfcomDramaNumber('01632 961000')).toBe(false);
  });
});

describe('findPhoneNumbers', () => {
  it('finds mobiles, landlines and non-geographic numbers in their usual spellings', () => {
    const text =
      'a 07911 123456, b 07823 456 789, c +44 7845 612 903, d (01423) 555 678, e 01723-555-901, f +447398112244, g 0300 555 1234, h +44 (0)1609 555 220.';
    expect(texts(text)).toEqual([
      '07911 123456',
      '07823 456 789',
      '+44 7845 612 903',
      '(01423) 555 678',
      '01723-555-901',
      '+447398112244',
      '0300 555 1234',
      '+44 (0)1609 555 220',
    ]);
  });

  it('never reports a number in a drama range, however it is spaced', () => {
    const dramaNumber = fc
      .tuple(fc.constantFrom(...OFCOM_DRAMA_NUMBER_RANGES), fc.integer({ min: 0, max: 999 }), fc.constantFrom(' ', '', '-'))
      .map(([range, n, sep]) => {
        const digits = `${range.prefix}${String(n).padStart(3, '0')}`;
        return `${digits.slice(0, 5)}${sep}${digits.slice(5)}`;
      });
    fc.assert(
      fc.property(dramaNumber, (number) => {
        expect(findPhoneNumbers(`Call ${number} today.`)).toEqual([]);
      }),
    );
  });

  it('reports one finding per number when two are listed together', () => {
    expect(texts('07456 332 118 and 07456 332 119')).toEqual(['07456 332 118', '07456 332 119']);
  });

  it('ignores dates, times, short numbers and digits inside longer references', () => {
    expect(texts('On 01/10/2024 at 09:30, ring 999 or 111; ref CP-07911123456; id A07911123456; 079111234567')).toEqual([]);
  });

  it('suggests an Ofcom drama number', () => {
    expect(findPhoneNumbers('07911 123456')[0]?.suggestion).toMatch(/07700 900/);
  });
});
