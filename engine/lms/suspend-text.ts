/**
 * The learner's words (and a wait's duration) inside suspend data. A
 * platform stores `cmi.suspend_data` however it likes: in a form post, a
 * JSON or XML reply, a database column, a JavaScript string. Some mangle
 * non-ASCII, quotes, `&`, `+` or line breaks on the way. So text is written
 * in a tiny alphabet that survives all of those unescaped: letters and
 * digits as they are, a space as `_`, and every other character as the
 * percent-escapes of its UTF-8 bytes (`’` is `%E2%80%99`). That keeps
 * ordinary English close to its own length (the typical 300-character
 * reflection of `measure-longest-route.ts` is 324) and leaves `.`, `-`, `~` and `*` free to mark where text ends
 * and what a token is.
 */

/** Every character escaped text may contain. */
const ESCAPED_ALPHABET = /^[A-Za-z0-9_%]*$/;

/** Characters `encodeURIComponent` leaves as they are, but suspend data reserves (or that `_` would mistake for a space). */
const RESERVED_MARKS = /[-._!~*'()]/g;

/** A surrogate without its other half: `encodeURIComponent` throws on one, and no UTF-8 can hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text in suspend data's alphabet (`[A-Za-z0-9_%]`). A lone surrogate,
 * which a browser's text box can produce from a broken paste, becomes
 * U+FFFD, as it would in any UTF-8 file.
 *
 * @example
 * escapeSuspendText("I didn't call."); // 'I_didn%27t_call%2E'
 */
export function escapeSuspendText(text: string): string {
  // Measuring a scenario's longest save (`measureLongestRoute`) escapes the
  // same reflection at every prompt of up to 200,000 routes: the last text
  // and its escape are kept, which is safe because the escape depends on
  // the text alone.
  if (text !== lastEscaped.text) lastEscaped = { text, escaped: escapeAfresh(text) };
  return lastEscaped.escaped;
}

let lastEscaped = { text: '', escaped: '' };

function escapeAfresh(text: string): string {
  const percent = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  // Every `%` encodeURIComponent writes starts a three-character escape, so
  // `%20` found here is always a whole escape, a space.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(RESERVED_MARKS, percent).replace(/%20/g, '_');
}

/**
 * The text back from suspend data's alphabet, or undefined when it is not
 * escaped text (a stray character, a broken `%` escape, bytes that are not UTF-8).
 *
 * @example
 * unescapeSuspendText('I_didn%27t_call%2E'); // "I didn't call."
 */
export function unescapeSuspendText(escaped: string): string | undefined {
  if (!ESCAPED_ALPHABET.test(escaped)) return undefined;
  try {
    return decodeURIComponent(escaped.replace(/_/g, '%20'));
  } catch {
    // URIError: a `%` not followed by two hex digits, or bytes that are not UTF-8.
    return undefined;
  }
}
