/**
 * The length of the longest prefix of a list that passes a test, for a test
 * that once failed stays failed (a replay that breaks at move 5 breaks for
 * every longer list too). Used when a saved session or workshop no longer
 * fits its changed scenario: keep every move that still replays.
 * Binary search, so a long session is replayed a handful of times, not once
 * per move.
 *
 * @example
 * longestPassingPrefix([1, 2, 3, 9, 4], (prefix) => prefix.every((n) => n < 5)); // 3
 */
export function longestPassingPrefix<T>(items: readonly T[], passes: (prefix: readonly T[]) => boolean): number {
  if (passes(items)) return items.length;
  // Invariant: the prefix of length `low` passes (the empty one always does), the one of length `high` fails.
  let low = 0;
  let high = items.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (passes(items.slice(0, middle))) low = middle;
    else high = middle;
  }
  return low;
}
