/**
 * A random (version 4) UUID, for a new attempt's registration and the
 * anonymous learner's account name. From `crypto.getRandomValues`, not
 * `randomUUID`, which browsers offer only on secure pages: a package may be
 * opened from a folder or an intranet over http.
 */
import { formatUuid } from './xapi-engine.js';

/**
 * A fresh UUID.
 * @example
 * randomUuid(); // '3f1c9a2e-…-4…-…' (version 4, variant 2)
 */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return formatUuid(bytes);
}
