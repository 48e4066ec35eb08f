/**
 * The address a downloaded document's links point at: the site's configured
 * address (Astro's `site`, from COMMON_GROUND_SITE_URL at build time; see
 * site/src/lib/site-address-setting.ts), or, when none was configured, the
 * address this page was loaded from. Either way the links are absolute, so
 * a debrief saved to a shared drive or emailed still leads to the guidance.
 *
 * @example
 * ```ts
 * debriefToMarkdown(debrief, { siteUrl: downloadSiteAddress() });
 * ```
 */
export function downloadSiteAddress(): string {
  return import.meta.env.SITE ?? window.location.origin;
}
