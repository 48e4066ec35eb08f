import { describe, expect, it } from 'vitest';
import { findDatesOfBirth } from '../../../engine/privacy/date-of-birth.js';

const texts = (text: string): string[] => findDatesOfBirth(text).map((c) => c.text);

describe('findDatesOfBirth', () => {
  it.each([
    ['DOB 12/03/2015', '12/03/2015'],
    ['D.O.B.: 30.07.2009', '30.07.2009'],
    ['date of birth: 2009-07-30', '2009-07-30'],
    ['Date of Birth - 01/11/1948', '01/11/1948'],
    ['born on 4 May 2011', '4 May 2011'],
    ['was born on the 4th of May 1999', '4th of May 1999'],
    ['born 14th February 2016', '14th February 2016'],
    ['dob 3/9/17', '3/9/17'],
    ['DOB: March 5, 2012', 'March 5, 2012'],
    ['| DOB | 18/04/2013 |', '18/04/2013'],
    ['Birthdate 22-08-2011', '22-08-2011'],
  ])('finds the date in "%s"', (text, date) => {
    expect(texts(text)).toEqual([date]);
  });

  it('ignores dates of events, which have no birth cue', () => {
    expect(texts('On 4 May we met. Conference on 12/03/2025. Review 2024-07-30.')).toEqual([]);
  });

  it('ignores a cue with no full date after it, and words that merely contain "born"', () => {
    expect(texts('born in 2011; a newborn seen on 3 March 2024; Osborne 12/03/2015')).toEqual([]);
  });

  it('suggests giving an age instead', () => {
    expect(findDatesOfBirth('DOB 12/03/2015')[0]?.suggestion).toMatch(/age/);
  });
});
