/**
 * Which stages an interpretation note is about, in words, for the terminal's
 * `--explain` list and the site's notes list alike.
 */

/**
 * "Stage 1", "Stages 3 and 4", "Stages 2, 3 and 5", or "The whole process"
 * for a note that names no stage.
 *
 * @example
 * noteScope([3, 4]); // 'Stages 3 and 4'
 * noteScope([]);     // 'The whole process'
 */
export function noteScope(stages: readonly number[]): string {
  if (stages.length === 0) return 'The whole process';
  const words = stages.map(String);
  if (words.length === 1) return `Stage ${words[0]}`;
  return `Stages ${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
