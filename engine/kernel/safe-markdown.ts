/**
 * Markdown an author wrote (feedback, a debrief), kept as Markdown but with
 * nothing in it that could run or send a reader somewhere unsafe, for the
 * exports. No parser (the exports run in the browser too), so it is
 * conservative where a parser would have to be exact:
 *
 * - every `<` becomes `&lt;` (see {@link escapeMarkdown} for why not a
 *   backslash), so there is no raw HTML (inline or block) and no autolink;
 *   what the author had escaped stays escaped;
 * - a `]` that would close a link or image (`](`) or start a link
 *   definition (`]:`) is escaped unless the address after it is plainly one
 *   {@link allowedHref} allows: no `<`, backslash, `&` (an entity could
 *   spell `javascript:`), control or unbalanced parenthesis in it. The words
 *   stay; only the link goes. Reference links then only find safe
 *   definitions;
 * - GFM's `xmpp:` bare-address links are kept from linking, as in
 *   {@link escapeMarkdown}.
 */
import { allowedHref } from './allowed-href.js';
import { keepXmppUnlinked, LESS_THAN } from './escape-markdown.js';

/** Spaces and tabs, then at most one line ending and more spaces and tabs: where a link's address may start. */
const BEFORE_ADDRESS = /[ \t]*(?:\r?\n[ \t]*)?/y;
/** What may not be in an address we can vouch for without a parser. */
const UNVOUCHED = /[<\\&\u0000-\u001F\u007F-\u009F]/;

/** Whether the address starting at `from` (after `](` or `]:`) is one a link may point to. */
function allowedAddressAt(markdown: string, from: number): boolean {
  BEFORE_ADDRESS.lastIndex = from;
  BEFORE_ADDRESS.exec(markdown);
  const start = BEFORE_ADDRESS.lastIndex;
  let end = start;
  let depth = 0;
  for (; end < markdown.length; end++) {
    const character = markdown[end]!;
    if (/\s/.test(character)) break;
    if (UNVOUCHED.test(character)) return false;
    if (character === '(') depth += 1;
    if (character === ')') {
      if (depth === 0) break;
      depth -= 1;
    }
  }
  return depth === 0 && allowedHref(markdown.slice(start, end)) !== undefined;
}

/**
 * Author Markdown with raw HTML escaped and unsafe links reduced to their
 * words; formatting and safe links are kept as written.
 *
 * @example
 * safeMarkdown('See [stage 1](/guidance/#stage-1) <b>now</b>'); // 'See [stage 1](/guidance/#stage-1) &lt;b>now&lt;/b>'
 * safeMarkdown('[click](javascript:alert(1))'); // '[click\\](javascript:alert(1))'
 */
export function safeMarkdown(markdown: string): string {
  let out = '';
  for (let index = 0; index < markdown.length; index++) {
    const character = markdown[index]!;
    const next = markdown[index + 1];
    if (character === '\\' && next !== undefined) {
      // An escape the author wrote: keep the pair (an escaped `<` becomes `&lt;`, as every `<` does).
      out += next === '<' ? LESS_THAN : character + next;
      index += 1;
    } else if (character === '<') {
      out += LESS_THAN;
    } else if (character === ']' && (next === '(' || next === ':') && !allowedAddressAt(markdown, index + 2)) {
      out += '\\]';
    } else {
      out += character;
    }
  }
  return keepXmppUnlinked(out);
}
