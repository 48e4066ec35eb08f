/**
 * Plain text (a title, a label, what a learner typed) made literal in
 * Markdown: every character Markdown could read as markup is
 * backslash-escaped, so a viewer shows what was written and nothing runs.
 * `[` and `]` are escaped, so there is no link, and `<` becomes `&lt;`, so
 * there is no raw HTML and no autolink: a backslash would do in CommonMark,
 * but a GFM bare link (`https://x\\<b>`) swallows the backslash before a `<`
 * and leaves the tag raw (micromark), while an entity has no `<` to expose.
 * GFM's one bare-address link outside http, https and mailto, `xmpp:`, is
 * kept from linking by a word joiner (U+2060) before its colon, since GFM
 * reads escaped text. The debrief, case-audit and reflective-log exports all
 * escape with this.
 */
const MARKUP = /[\\`*_{}[\]<>#|!~]/g;

/** `<` as Markdown can never read it as the start of a tag. */
export const LESS_THAN = '&lt;';

/**
 * Escapes `text` for Markdown.
 *
 * @example
 * escapeMarkdown('<b>*hi*</b>'); // '&lt;b\\>\\*hi\\*&lt;/b\\>'
 */
export function escapeMarkdown(text: string): string {
  return keepXmppUnlinked(text.replace(MARKUP, (character) => (character === '<' ? LESS_THAN : `\\${character}`)));
}

/**
 * Puts a word joiner between `xmpp` and its colon, which GFM would otherwise
 * turn into an `xmpp:` link; author Markdown needs the same.
 *
 * @example
 * keepXmppUnlinked('xmpp:jo@chat.example'); // 'xmpp\u2060:jo@chat.example'
 */
export function keepXmppUnlinked(markdown: string): string {
  return markdown.replace(/(xmpp)(?=:)/gi, '$1\u2060');
}
