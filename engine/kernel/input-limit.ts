/**
 * Checking a text against the caps in `input-caps.ts` and saying what is
 * wrong when it breaks one: the one wording behind every reader's "too
 * large" and "too deep", whether it reports findings or throws.
 */
/** Which kind of cap a text broke. */
export type InputLimitKind = 'too-large' | 'too-deep';

/**
 * The offset of the first character that takes `text` past `maxBytes` of
 * UTF-8, or `undefined` when the whole text fits. Linear, and it stops at
 * the cap, so it costs little even on a huge text.
 *
 * @example
 * findOversize('héllo', 2); // 1: 'h' is one byte, 'é' two more
 * findOversize('hello', 10); // undefined
 */
export function findOversize(text: string, maxBytes: number): number | undefined {
  // A UTF-16 unit is at most three bytes of UTF-8, so a short text cannot be over.
  if (text.length * 3 <= maxBytes) return undefined;
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // A surrogate pair is four bytes in all: two for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    if (bytes > maxBytes) return index;
  }
  return undefined;
}

/** A number of bytes for people: `1,048,576 bytes (1 MB)`. */
function bytesInWords(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  const rounded = megabytes >= 1 ? `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
  return `${bytes.toLocaleString('en-GB')} bytes (${rounded})`;
}

/** Options for {@link describeInputLimit}. */
export interface DescribeInputLimitOptions {
  /**
   * The text was refused whole, before any of it was read (a file picked in
   * the browser, by its size), rather than read up to the cap.
   */
  unread?: boolean;
}

/**
 * What to tell an author whose file broke a cap: a sentence about
 * `subject` (e.g. `The case file`) and a hint.
 *
 * @example
 * describeInputLimit('too-deep', 64, 'The frontmatter');
 * // { message: 'The frontmatter nests more than 64 levels deep here, more than Common Ground reads.', hint: '…' }
 * describeInputLimit('too-large', 1024 * 1024, 'photo.mdx', { unread: true }).message;
 * // 'photo.mdx is larger than 1,048,576 bytes (1 MB), the most Common Ground reads, so none of it was read.'
 */
export function describeInputLimit(kind: InputLimitKind, cap: number, subject: string, options: DescribeInputLimitOptions = {}): { message: string; hint: string } {
  if (kind === 'too-large') {
    const read = options.unread ? 'so none of it was read' : 'nothing after this point was read';
    return {
      message: `${subject} is larger than ${bytesInWords(cap)}, the most Common Ground reads${options.unread ? ', ' : '; '}${read}.`,
      hint: 'Check that this is the file you meant (not a device, a folder or a binary file); split a very long file into several.',
    };
  }
  return {
    message: `${subject} nests more than ${cap} levels deep here, more than Common Ground reads.`,
    hint: 'Flatten the structure: lists and fields inside one another need only a few levels.',
  };
}
