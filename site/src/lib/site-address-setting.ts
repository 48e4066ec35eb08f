/**
 * The site's address setting, read when the site is built: the environment
 * variable COMMON_GROUND_SITE_URL (the same one the terminal app's workshop
 * export reads) gives the address the site is published at, e.g.
 * `https://common-ground.example.org`. astro.config.mjs passes it to Astro
 * as `site`; downloads made on the site (the debrief, the progress file)
 * then link to that address, so their links work wherever they are read.
 * Without it, downloads link to the address the page was loaded from.
 */
import { SiteError } from './site-error.js';

/** The environment variable that gives the site's address. */
export const SITE_ADDRESS_VARIABLE = 'COMMON_GROUND_SITE_URL';

/**
 * Reads the setting from the environment: the address without a trailing
 * slash, or undefined when it is not set.
 *
 * @throws {SiteError} when the value is not a full http or https address.
 * @example
 * siteAddressSetting({ COMMON_GROUND_SITE_URL: 'https://common-ground.example.org/' }); // 'https://common-ground.example.org'
 */
export function siteAddressSetting(env: Record<string, string | undefined>): string | undefined {
  const value = env[SITE_ADDRESS_VARIABLE]?.trim();
  if (value === undefined || value === '') return undefined;
  const hint = `Give the address the site is published at, e.g. ${SITE_ADDRESS_VARIABLE}=https://common-ground.example.org, or leave it unset.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteError(`${SITE_ADDRESS_VARIABLE}=${value} is not a full web address.`, { hint });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteError(`${SITE_ADDRESS_VARIABLE}=${value} is not an http or https address.`, { hint });
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new SiteError(`${SITE_ADDRESS_VARIABLE}=${value} has a query, a fragment or a password in it; it should be the site's address alone.`, { hint });
  }
  return url.href.replace(/\/+$/, '');
}
