import { describe, expect, it } from 'vitest';
import { defineFormat, readFormat } from '../../../engine/kernel/format-version.js';

// A format that has moved on twice: version 1 named the learner `user`,
// version 2 added notes, version 3 is current.
const NOTES = defineFormat({
  current: 3,
  minimum: 1,
  migrations: {
    1: ({ user, ...rest }) => ({ ...rest, learner: user }),
    2: (data) => ({ ...data, notes: [] }),
  },
});

describe('format versions', () => {
  it('reads the current version as it is', () => {
    expect(readFormat({ formatVersion: 3, learner: 'a', notes: ['x'] }, NOTES)).toEqual({
      status: 'readable',
      from: 3,
      data: { formatVersion: 3, learner: 'a', notes: ['x'] },
    });
  });

  it('brings an older version that is still read up to date, one migration at a time', () => {
    const saved = { formatVersion: 1, user: 'a' };
    expect(readFormat(saved, NOTES)).toEqual({ status: 'readable', from: 1, data: { formatVersion: 3, learner: 'a', notes: [] } });
    expect(saved).toEqual({ formatVersion: 1, user: 'a' });
  });

  it('refuses versions older than the minimum and newer than the current', () => {
    const later = defineFormat({ current: 3, minimum: 2, migrations: { 2: (data) => data } });
    expect(readFormat({ formatVersion: 1 }, later)).toEqual({ status: 'too-old', version: 1 });
    expect(readFormat({ formatVersion: 4 }, later)).toEqual({ status: 'too-new', version: 4 });
  });

  it('calls a missing or malformed version unversioned', () => {
    for (const version of [undefined, '1', 1.5, null]) {
      expect(readFormat({ formatVersion: version }, NOTES).status).toBe('unversioned');
    }
  });

  it('reads the version from another field when told', () => {
    const envelope = defineFormat({ current: 1, field: 'envelope' });
    expect(readFormat({ envelope: 1, kind: 'session' }, envelope).status).toBe('readable');
    expect(readFormat({ formatVersion: 1 }, envelope).status).toBe('unversioned');
  });

  it('will not declare a supported version without its migration', () => {
    expect(() => defineFormat({ current: 3, minimum: 1, migrations: { 1: (data) => data } })).toThrow(/version 2 is still read/);
    expect(() => defineFormat({ current: 1, minimum: 2 })).toThrow(RangeError);
  });
});
