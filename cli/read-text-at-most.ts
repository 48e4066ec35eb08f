/**
 * Reading a user's file without trusting its size. `readFileSync` reads to
 * the end, and a device has none: `case audit /dev/zero` once grew to
 * 16.8 GB. The engine refuses any text over its cap (`INPUT_CAPS`) with a
 * located finding, so one byte past the cap is all it needs to see.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 64 * 1024;

/**
 * The file's text as UTF-8 (as `readFileSync(path, 'utf8')` gives it), read
 * no further than `maxBytes + 1` bytes: a longer file comes back cut there,
 * still over the cap, for the engine's reader to refuse at its place.
 *
 * @throws the error `openSync` or `readSync` throws (`ENOENT`, `EISDIR`, `EACCES`, …).
 * @example
 * readTextAtMost('/dev/zero', INPUT_CAPS.dataFileBytes).length; // 1048577, at once
 */
export function readTextAtMost(path: string, maxBytes: number): string {
  const limit = maxBytes + 1;
  const chunks: Buffer[] = [];
  let total = 0;
  const descriptor = openSync(path, 'r');
  try {
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit - total));
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
    }
  } finally {
    closeSync(descriptor);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}
