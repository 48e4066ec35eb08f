/**
 * Stored data the site could not read, as the page offers it for download
 * (the exact text, so nothing is lost even when the browser has no room to
 * keep a copy), and the words that say where it went.
 */

/** A download of data that could not be read. */
export interface SetAsideData {
  /** e.g. `common-ground-reflective-log-set-aside-2026-12-18.txt`. */
  fileName: string;
  /** The data exactly as it was stored. */
  text: string;
}

/**
 * @example
 * setAsideData('reflective-log', '{"broken', '2026-12-18T10:00:00.000Z').fileName;
 * // 'common-ground-reflective-log-set-aside-2026-12-18.txt'
 */
export function setAsideData(what: string, text: string, now: string): SetAsideData {
  return { fileName: `common-ground-${what}-set-aside-${now.slice(0, 10)}.txt`, text };
}

/** Options for {@link setAsideOutcome}. */
export interface SetAsideOutcomeOptions {
  /** Whether the data is several things (entries) rather than one (a log, a save). */
  plural: boolean;
  /** What happens next when it was moved aside, e.g. "a new log has started". */
  afterMove: string;
  /** What happens next when it had to stay where it was. */
  afterKeep: string;
}

/**
 * The end of a sentence that began "… could not be read (why)": where the
 * data went (moved aside under a key, or left untouched when there was no
 * room for a copy), what happens next, and the download offer.
 *
 * @example
 * setAsideOutcome(null, { plural: false, afterMove: 'a new log has started', afterKeep: 'nothing new will be saved over it' });
 * // "and there is no room in this browser's storage to set it aside, so it is left exactly as it was and nothing new will be saved over it. Download it to keep a copy, then free some space."
 */
export function setAsideOutcome(movedTo: string | null, options: SetAsideOutcomeOptions): string {
  const [it, was, is] = options.plural ? ['they', 'were', 'are'] : ['it', 'was', 'is'];
  const them = options.plural ? 'them' : 'it';
  return movedTo
    ? `so ${it} ${was} set aside under "${movedTo}" in this browser's storage and ${options.afterMove}. Download ${them} to keep a copy.`
    : `and there is no room in this browser's storage to set ${them} aside, so ${it} ${is} left exactly as ${it} ${was} and ${options.afterKeep}. Download ${them} to keep a copy, then free some space.`;
}
