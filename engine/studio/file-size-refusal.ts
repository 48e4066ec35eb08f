/**
 * A file picked in the studio that is too big to be what it claims is
 * refused by its size, before a byte of it is read, in the words every
 * reader uses for a file over its cap (engine/kernel/input-limit.ts) and
 * in the shape `validate` prints a finding, as the studio's other refusals
 * of a file are (`startFromFile`).
 */
import { describeInputLimit } from '../kernel/input-limit.js';
import { formatFinding, makeFinding } from '../scenario/finding.js';

/**
 * Why a file of `bytes` is not opened when at most `maxBytes` are read, or
 * undefined when it is small enough.
 *
 * @example
 * fileSizeRefusal('photo.mdx', 7_000_000, 5 * 1024 * 1024);
 * // 'photo.mdx:1:1: error: photo.mdx is larger than 5,242,880 bytes (5 MB), the most Common Ground reads, so none of it was read.\n  hint: …'
 * fileSizeRefusal('on-time.case.yaml', 2_000, 1024 * 1024); // undefined
 */
export function fileSizeRefusal(fileName: string, bytes: number, maxBytes: number): string | undefined {
  if (bytes <= maxBytes) return undefined;
  const { message, hint } = describeInputLimit('too-large', maxBytes, fileName, { unread: true });
  return formatFinding(makeFinding('error', 'file-too-large', message, hint, fileName, { line: 1, column: 1 }));
}
