import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha1 } from '../../../../engine/lms/xapi/sha1.js';
import { nameUuid, URL_NAMESPACE, UUID_PATTERN } from '../../../../engine/lms/xapi/name-uuid.js';
import { STATEMENT_ID_NAMESPACE, statementId } from '../../../../engine/lms/xapi/statement-id.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('sha1', () => {
  it('gives FIPS 180’s digests of its examples', () => {
    expect(hex(sha1('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('agrees with Node’s own SHA-1 on any text, across block boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(hex(sha1(text))).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('nameUuid', () => {
  it('gives RFC 4122’s version 5 UUIDs (as Python’s uuid.uuid5 does)', () => {
    expect(nameUuid(DNS_NAMESPACE, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(STATEMENT_ID_NAMESPACE).toBe('5db4ad7c-81e3-54f7-9ba0-150c16603352');
    expect(nameUuid(URL_NAMESPACE, 'https://common-ground.example.org/xapi/')).toBe(STATEMENT_ID_NAMESPACE);
  });

  it('always makes a version 5, variant 2 UUID in standard form', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const uuid = nameUuid(URL_NAMESPACE, name);
        expect(uuid).toMatch(UUID_PATTERN);
        expect(uuid[14]).toBe('5');
        expect('89ab').toContain(uuid[19]);
      }),
    );
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameUuid('not-a-uuid', 'x')).toThrow(/not a UUID/);
  });
});

describe('statementId', () => {
  const parts = { registration: 'c0ffee00-0000-4000-8000-000000000000', move: 3, kind: 'choice' as const, subject: 'call-bea' };

  it('is the same for the same attempt, move, kind and subject, and differs when any of them does', () => {
    expect(statementId(parts)).toBe(statementId({ ...parts }));
    const others = [{ ...parts, registration: 'c0ffee00-0000-4000-8000-000000000001' }, { ...parts, move: 4 }, { ...parts, kind: 'deadline' as const }, { ...parts, subject: 'email-notes-first' }];
    expect(new Set([statementId(parts), ...others.map(statementId)]).size).toBe(5);
  });

  it('cannot be made to collide by moving text between the parts', () => {
    expect(statementId({ ...parts, registration: 'a', subject: 'b/c' })).not.toBe(statementId({ ...parts, registration: 'a/b', subject: 'c' }));
  });
});
