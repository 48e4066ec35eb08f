import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA_KINDS, describePersonalDataKind, isPersonalDataKind } from '../../../engine/privacy/personal-data-kinds.js';

describe('describePersonalDataKind', () => {
  it('describes every kind in a distinct sentence fragment', () => {
    const descriptions = PERSONAL_DATA_KINDS.map(describePersonalDataKind);
    expect(new Set(descriptions).size).toBe(PERSONAL_DATA_KINDS.length);
    for (const description of descriptions) expect(description.length).toBeGreaterThan(10);
  });

  it('mentions Ofcom for phone numbers and the cast for names', () => {
    expect(describePersonalDataKind('phone-number')).toMatch(/Ofcom/);
    expect(describePersonalDataKind('personal-name')).toMatch(/cast/);
  });
});

describe('isPersonalDataKind', () => {
  it('accepts the listed kinds and nothing else', () => {
    for (const kind of PERSONAL_DATA_KINDS) expect(isPersonalDataKind(kind)).toBe(true);
    expect(isPersonalDataKind('shoe-size')).toBe(false);
    expect(isPersonalDataKind(3)).toBe(false);
  });
});
