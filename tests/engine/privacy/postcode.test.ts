import { describe, expect, it } from 'vitest';
import { findPostcodes } from '../../../engine/privacy/postcode.js';

const texts = (text: string): string[] => findPostcodes(text).map((c) => c.text);

describe('findPostcodes', () => {
  it.each(['M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'YO11 9ZX', 'GIR 0AA'])(
    'finds the full postcode %s',
    (postcode) => {
      expect(texts(`They moved to ${postcode} in spring.`)).toEqual([postcode]);
    },
  );

  it('finds postcodes without the space and in lower case', () => {
    expect(texts('postcode bd239xj, or YO111AA')).toEqual(['bd239xj', 'YO111AA']);
  });

  it('ignores bare outward codes and outward codes inside words', () => {
    expect(texts('The YO11 area; code XYO11 9ZXQ; HG4.')).toEqual([]);
  });

  it('ignores inward codes with letters never used (C, I, K, M, O, V)', () => {
    expect(texts('YO11 9CI and HG4 1MO')).toEqual([]);
  });

  it('ignores ordinals that look like an inward code and mixed-case look-alikes', () => {
    expect(texts('Year 11 2nd set in room B2 1st floor; Y11 2nd; Ab1 2Cd')).toEqual([]);
  });
});
