/**
 * A token bucket per phone connection: a burst of messages is fine (a
 * reconnect sends a hello and a vote at once), a flood is not. Pure: the
 * server passes the time.
 */

/** The bucket of one connection. */
export interface RateBucket {
  /** Messages it may still send now. */
  tokens: number;
  /** When `tokens` was last topped up, in milliseconds. */
  at: number;
}

/** The limits: a phone sends a message every few seconds at most in normal use. */
export interface RateLimit {
  /** The most messages at once. */
  burst: number;
  /** Messages a second it may go on sending. */
  perSecond: number;
}

/** The limit the workshop server uses: 10 at once, then 2 a second. */
export const PHONE_RATE_LIMIT: RateLimit = { burst: 10, perSecond: 2 };

/**
 * A full bucket.
 * @example
 * let bucket = fullBucket(PHONE_RATE_LIMIT, Date.now());
 */
export function fullBucket(limit: RateLimit, now: number): RateBucket {
  return { tokens: limit.burst, at: now };
}

/**
 * Whether one more message may pass now, and the bucket after it.
 * @example
 * const { allowed, bucket: next } = takeToken(bucket, PHONE_RATE_LIMIT, Date.now());
 */
export function takeToken(bucket: RateBucket, limit: RateLimit, now: number): { allowed: boolean; bucket: RateBucket } {
  const elapsed = Math.max(0, now - bucket.at) / 1000;
  const tokens = Math.min(limit.burst, bucket.tokens + elapsed * limit.perSecond);
  if (tokens < 1) return { allowed: false, bucket: { tokens, at: now } };
  return { allowed: true, bucket: { tokens: tokens - 1, at: now } };
}
