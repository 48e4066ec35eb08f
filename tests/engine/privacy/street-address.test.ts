import { describe, expect, it } from 'vitest';
import { findStreetAddresses } from '../../../engine/privacy/street-address.js';

const texts = (text: string): string[] => findStreetAddresses(text).map((c) => c.text);

describe('findStreetAddresses', () => {
  it.each([
    ['visit to 14 Elm Grove today', '14 Elm Grove'],
    ['lives at Flat 3, 27 Station Road, above', 'Flat 3, 27 Station Road'],
    ['found at 58 St Hilda\'s Terrace', "58 St Hilda's Terrace"],
    ['16-18 Victoria Street is an HMO', '16-18 Victoria Street'],
    ['2a Beck Side', '2a Beck Side'],
    ['40 Harbour View Drive has given notice', '40 Harbour View Drive'],
    ['22 Church St. was empty', '22 Church St.'],
  ])('finds the address in "%s"', (text, address) => {
    expect(texts(text)).toEqual([address]);
  });

  it('ignores street names without a house number', () => {
    expect(texts('off Station Road, along the High Street, near Park View')).toEqual([]);
  });

  it('ignores numbers that follow words such as Stage, Year or Step', () => {
    expect(texts('Stage 4 Court hearing; Year 6 Green Class; Step 2 Line Manager; Room 12 Park View')).toEqual([]);
  });

  it('ignores courts that are institutions, not streets', () => {
    expect(texts('There were 3 Family Court hearings and 2 Crown Court hearings.')).toEqual([]);
  });

  it('suggests describing the place instead', () => {
    expect(findStreetAddresses('14 Elm Grove')[0]?.suggestion).toMatch(/terraced house on the estate/);
  });
});
