/**
 * The one rule for where a link in shown or exported text may point: a
 * path on the same site, a fragment, or an http, https or mailto address.
 * The site's renderer and the Markdown exports both follow it. Anything
 * else (`javascript:`, `data:`, other schemes, protocol-relative `//host`,
 * relative paths) is refused, and so is an address a browser would read
 * differently from how it looks: one with a backslash, a space or a
 * control character inside, since browsers drop tabs and line breaks and
 * read `/\host` as `//host`.
 */
const ALLOWED = /^(?:\/(?!\/)|#|https?:|mailto:)/i;
const MISREAD = /[\\\s\u0000-\u001F\u007F-\u009F]/;

/**
 * The address, trimmed, when a link may point there; undefined when not.
 *
 * @example
 * allowedHref(' https://example.org/ '); // 'https://example.org/'
 * allowedHref('javascript:alert(1)'); // undefined
 */
export function allowedHref(url: string): string | undefined {
  const trimmed = url.trim();
  return ALLOWED.test(trimmed) && !MISREAD.test(trimmed) ? trimmed : undefined;
}
