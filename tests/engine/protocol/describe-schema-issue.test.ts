import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJsonPath } from '../../../engine/protocol/describe-schema-issue.js';

describe('formatJsonPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatJsonPath(['stages', 4, 'deadlines', 0, 'rule', 'earliest', 1, 'at'])).toBe('stages[4].deadlines[0].rule.earliest[1].at');
  });

  it('names the whole file for an empty path', () => {
    expect(formatJsonPath([])).toBe('(the whole file)');
  });

  it('mentions every key and index of the path, in order', () => {
    const part = fc.oneof(fc.nat({ max: 99 }), fc.stringMatching(/^[a-z][A-Za-z]{0,8}$/));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (path) => {
        const tokens = formatJsonPath(path).split(/[.[\]]+/).filter(Boolean);
        expect(tokens).toEqual(path.map(String));
      }),
    );
  });
});
