/**
 * A fresh id for a CPD entry or an attached file: 16 random bytes as hex.
 * `crypto.getRandomValues` rather than `randomUUID`, which browsers offer
 * only on https pages, and a partnership may serve the site over http on
 * its intranet.
 *
 * @example
 * newId(); // 'c2f0…' (32 hex digits)
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
