/** The per-phone rate limit: a burst passes, a flood does not, and the bucket fills again with time. */
import { describe, expect, it } from 'vitest';
import { fullBucket, takeToken, type RateBucket } from '../../../../engine/workshop/live/rate-limit.js';

const limit = { burst: 3, perSecond: 2 };

function sendAt(times: number[]): boolean[] {
  let bucket: RateBucket = fullBucket(limit, 0);
  return times.map((time) => {
    const taken = takeToken(bucket, limit, time);
    bucket = taken.bucket;
    return taken.allowed;
  });
}

describe('takeToken', () => {
  it('lets a burst through, then refuses until time tops the bucket up', () => {
    expect(sendAt([0, 0, 0, 0])).toEqual([true, true, true, false]);
    expect(sendAt([0, 0, 0, 500])).toEqual([true, true, true, true]);
  });

  it('lets a steady phone go on for ever, at the rate', () => {
    const times = Array.from({ length: 100 }, (_, index) => index * 500);
    expect(sendAt(times).every(Boolean)).toBe(true);
  });

  it('never stores more than the burst, however long a phone is quiet', () => {
    expect(sendAt([0, 60_000, 60_000, 60_000, 60_000])).toEqual([true, true, true, true, false]);
  });

  it('does not run backwards if the clock does', () => {
    expect(sendAt([1000, 0, 0, 0])).toEqual([true, true, true, false]);
  });
});
