/**
 * The site address exports link to: a document saved from the site (a
 * debrief, a record) is read away from it, in a word processor or an email,
 * where a link such as `/guidance/stage-1/` leads nowhere. Made absolute
 * against the site's address, it leads back to the guidance.
 */
import { allowedHref } from './allowed-href.js';

/**
 * The site address without a trailing slash, when it is an http(s) address
 * a link may have; undefined otherwise.
 *
 * @example
 * siteAddress('https://common-ground.example.org/'); // 'https://common-ground.example.org'
 * siteAddress('javascript:alert(1)'); // undefined
 */
export function siteAddress(siteUrl: string | undefined): string | undefined {
  if (siteUrl === undefined) return undefined;
  const allowed = allowedHref(siteUrl);
  return allowed && /^https?:\/\/[^/]/i.test(allowed) ? allowed.replace(/\/+$/, '') : undefined;
}

/**
 * A link's address made absolute against the site: a site path gains the
 * site's address, an http, https or mailto address is kept, and anything
 * else (an address no link may have, or a site path with no site address
 * to put before it) is undefined.
 *
 * @example
 * absoluteHref('/guidance/#stage-1', 'https://example.org'); // 'https://example.org/guidance/#stage-1'
 * absoluteHref('/guidance/', undefined); // undefined
 */
export function absoluteHref(href: string, base: string | undefined): string | undefined {
  const allowed = allowedHref(href);
  if (allowed === undefined) return undefined;
  if (/^(https?:|mailto:)/i.test(allowed)) return allowed;
  return base === undefined || !allowed.startsWith('/') ? undefined : `${base}${allowed}`;
}
