/**
 * FNV-1a over UTF-16 code units: tiny, dependency-free and the same in every
 * browser and Node. For change detection and for a deterministic shuffle,
 * never for security.
 *
 * @example
 * fnv1a('closing-too-soon', 0x811c9dc5); // a 32-bit unsigned integer
 */
export function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
