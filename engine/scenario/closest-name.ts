/**
 * Suggests the nearest known name for a misspelt one ("did you mean Scene?"),
 * using edit distance, so a typo's finding says what was meant.
 */

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/**
 * The known name closest to `name` (case-insensitively), if it is close
 * enough to be a likely typo.
 *
 * @example
 * closestName('Sceen', ['Scene', 'Ending']); // 'Scene'
 * closestName('Banana', ['Scene', 'Ending']); // undefined
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.round(name.length / 3)) ? best : undefined;
}
