/**
 * The command that resumes a saved session, as the quit question and plain
 * mode say it: something to copy into a shell as it is.
 */

/**
 * A word quoted for a POSIX shell when it needs it.
 *
 * @example
 * shellWord('/home/sam/my sessions/a.json'); // "'/home/sam/my sessions/a.json'"
 */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command that resumes the solo session saved in `path`, starting with
 * the program as the user started it (`invoked`, see cli/invoked-as.ts;
 * default `common-ground`).
 *
 * @example
 * soloResumeCommand('/data/sessions/closing-too-soon-2026.json');
 * // 'common-ground play --session /data/sessions/closing-too-soon-2026.json'
 */
export function soloResumeCommand(path: string, invoked = 'common-ground'): string {
  return `${invoked} play --session ${shellWord(path)}`;
}
