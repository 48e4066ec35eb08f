/**
 * `1 table`, `3 tables`: counts as people read them.
 * @example
 * plural(1, 'table'); // '1 table'
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Ends a phrase with a full stop unless it already ends a sentence: choice
 * labels are written by authors, some as sentences ("Catch Bea at the door.")
 * and some not, and a receipt must not read "…at the door.. You can…".
 * @example
 * endSentence('Phone Dan today'); // 'Phone Dan today.'
 * endSentence('Is it safe?'); // 'Is it safe?'
 */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]["'”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
