/**
 * The text the personal-data detectors read, with its disguises taken off:
 * invisible characters removed (zero-width spaces and joiners, soft
 * hyphens, word joiners, bidi controls, variation selectors), compatibility
 * forms folded (NFKC: full-width digits and letters, mathematical letters,
 * no-break and other spaces), and Cyrillic and Greek letters that look
 * Latin read as Latin. `J\u200Bohn Smi\u200Bth`, `J\u043Ehn` and
 * `\uFF10\uFF17\uFF19\uFF11\uFF11` then read as `John Smith`, `John` and
 * `07911`. Every character of the result remembers the span of the original
 * text it came from, so a finding still points at the text as written.
 */

/**
 * Characters that show nothing: format characters (`\p{Cf}`: zero-width
 * space and joiners, soft hyphen, word joiner, bidi controls, byte-order
 * mark, tags), the combining grapheme joiner, variation selectors, and the
 * Hangul and Mongolian fillers that render blank.
 */
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;

/**
 * The clusters that may need reading: a non-ASCII character with any
 * combining marks on it, an ASCII letter with marks (`e\u0301`), or marks
 * with no base. Plain ASCII between them is left as it is.
 */
const CLUSTER = /[^\p{M}\u0000-\u007F]\p{M}*|[\u0000-\u007F]\p{M}+|\p{M}+/gu;

/** Any character outside ASCII: where the next cluster can start, at it or at the ASCII letter before it. */
const NON_ASCII = /[^\u0000-\u007F]/g;

/**
 * The clusters of `text`, as `text.matchAll(CLUSTER)` gives them. Each search
 * starts at the next non-ASCII character (or the one before it, which a
 * mark may sit on): no cluster can start earlier, since two ASCII
 * characters in a row begin none. Most of a scenario is ASCII, and a
 * Unicode expression walking it was a fifth of the guard's time.
 *
 * @example
 * [...clustersOf('Cafe\u0301 and Jo\u200Bhn')]; // [{ cluster: 'e\u0301', index: 3 }, { cluster: '\u200B', index: 12 }]
 */
export function* clustersOf(text: string): Generator<{ cluster: string; index: number }> {
  // Copies, so no other search can move their lastIndex between two clusters.
  const nonAscii = new RegExp(NON_ASCII);
  const cluster = new RegExp(CLUSTER);
  let from = 0;
  for (;;) {
    nonAscii.lastIndex = from;
    const next = nonAscii.exec(text);
    if (next === null) return;
    cluster.lastIndex = Math.max(from, next.index - 1);
    const match = cluster.exec(text);
    if (match === null) return;
    yield { cluster: match[0], index: match.index };
    from = match.index + match[0].length;
  }
}

/**
 * Letters of other scripts that are drawn like a Latin letter, and the
 * letter they pass for. Only look-alikes: `д` or `λ` look like no Latin
 * letter and stay as they are. Case is kept, since a name is told by its
 * capital.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = Object.freeze({
  // Cyrillic capitals.
  '\u0405': 'S', '\u0406': 'I', '\u0408': 'J', '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041A': 'K', '\u041C': 'M',
  '\u041D': 'H', '\u041E': 'O', '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0423': 'Y', '\u0425': 'X', '\u04AE': 'Y',
  '\u04BA': 'H', '\u04C0': 'I', '\u051A': 'Q', '\u051C': 'W',
  // Cyrillic small letters.
  '\u0430': 'a', '\u0435': 'e', '\u043E': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x', '\u0455': 's',
  '\u0456': 'i', '\u0458': 'j', '\u04BB': 'h', '\u04CF': 'l', '\u051B': 'q', '\u051D': 'w', '\u0501': 'd', '\u0461': 'w',
  // Greek capitals.
  '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039A': 'K', '\u039C': 'M',
  '\u039D': 'N', '\u039F': 'O', '\u03A1': 'P', '\u03A4': 'T', '\u03A5': 'Y', '\u03A7': 'X',
  // Greek small letters.
  '\u03B1': 'a', '\u03B9': 'i', '\u03BA': 'k', '\u03BD': 'v', '\u03BF': 'o', '\u03C1': 'p', '\u03C5': 'u',
  // Other Latin-looking letters: Armenian o and h, Latin dotless i, hyphens as a hyphen-minus.
  '\u0585': 'o', '\u0570': 'h', '\u0131': 'i', '\u2010': '-', '\u2011': '-',
});

/** A text as the detectors read it, and the way back to the original. */
export interface NormalisedText {
  /** The text with its disguises taken off. */
  readonly text: string;
  /** True when `text` differs from the original. */
  readonly changed: boolean;
  /**
   * The span of the original text that the normalised characters from
   * `start` up to (not including) `end` came from, invisible characters
   * inside it included.
   */
  originalSpan(start: number, end: number): { start: number; end: number };
}

/** One cluster as the detectors read it: invisible characters out, NFKC, look-alikes as Latin. */
function readCluster(cluster: string): string {
  const folded = cluster.replace(INVISIBLE, '').normalize('NFKC');
  let out = '';
  for (const character of folded) out += LOOK_ALIKES[character] ?? character;
  // A Latin letter read from a look-alike composes with its accent again: `е\u0301` reads as `é`.
  return out === folded ? out : out.normalize('NFKC');
}

/** A stretch where the text read differs from the text written. */
interface Edit {
  /** Where it starts in the text read, and how long it is there. */
  readonly read: number;
  readLength: number;
  /** Where it starts in the text written, and how long it is there. */
  readonly written: number;
  writtenLength: number;
}

/**
 * Takes the disguises off a text, remembering where each character came
 * from. Linear in the length of the text, and the memory it keeps grows
 * with the number of disguised characters only: plain text passes through
 * as it is.
 *
 * @example
 * const read = normaliseForScan('J\u200Bohn Smi\u200Bth');
 * read.text; // 'John Smith'
 * read.originalSpan(0, 10); // { start: 0, end: 12 }
 */
export function normaliseForScan(text: string): NormalisedText {
  const pieces: string[] = [];
  const edits: Edit[] = [];
  let copied = 0;
  let shift = 0;
  for (const { cluster, index: written } of clustersOf(text)) {
    const read = readCluster(cluster);
    if (read === cluster) continue;
    pieces.push(text.slice(copied, written), read);
    copied = written + cluster.length;
    const last = edits[edits.length - 1];
    if (last && last.written + last.writtenLength === written) {
      // Disguised characters side by side make one stretch.
      last.readLength += read.length;
      last.writtenLength += cluster.length;
    } else {
      edits.push({ read: written + shift, readLength: read.length, written, writtenLength: cluster.length });
    }
    shift += read.length - cluster.length;
  }
  if (edits.length === 0) return { text, changed: false, originalSpan: (start, end) => ({ start, end }) };
  pieces.push(text.slice(copied));

  /** The last stretch starting at or before `at` in the text read. */
  const editAtOrBefore = (at: number): Edit | undefined => {
    let low = 0;
    let high = edits.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (edits[middle]!.read <= at) low = middle + 1;
      else high = middle;
    }
    return edits[low - 1];
  };
  /** Where the character at `at` of the text read came from: its first and just past its last written character. */
  const sourceOf = (at: number): { start: number; end: number } => {
    const edit = editAtOrBefore(at);
    if (edit === undefined) return { start: at, end: at + 1 };
    if (at < edit.read + edit.readLength) return { start: edit.written, end: edit.written + edit.writtenLength };
    const written = edit.written + edit.writtenLength + (at - edit.read - edit.readLength);
    return { start: written, end: written + 1 };
  };
  return {
    text: pieces.join(''),
    changed: true,
    originalSpan(start, end) {
      const first = sourceOf(start).start;
      return { start: first, end: end > start ? sourceOf(end - 1).end : first };
    },
  };
}

/**
 * A phrase with its disguises taken off, for comparing names and
 * acknowledgements with what the detectors read.
 *
 * @example
 * normalisedPhrase('J\u043Ehn Smith'); // 'John Smith'
 */
export function normalisedPhrase(text: string): string {
  return normaliseForScan(text).text;
}
