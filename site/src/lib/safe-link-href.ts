import { allowedHref, guidanceSectionHref } from '../../../engine/runtime.js';

/**
 * Where a link in scenario text may point on the site: `guidance:<id>`
 * becomes the section's anchor (for the scenario's protocol, when the
 * player passes its resolver); everything else, and the anchor too, must
 * pass the engine's one rule for links (`allowedHref`: site paths,
 * fragments and http(s)/mailto addresses), which the Markdown exports
 * follow as well. Anything else (`javascript:`, `data:`, unknown guidance
 * ids) gives undefined, and the renderer shows the words unlinked.
 *
 * @example
 * ```ts
 * safeLinkHref('guidance:stage-3'); // '/guidance/resolution-process/#stage-3'
 * safeLinkHref('javascript:alert(1)'); // undefined
 * ```
 */
export function safeLinkHref(url: string, guidanceHref: (id: string) => string | undefined = guidanceSectionHref): string | undefined {
  const trimmed = url.trim();
  const href = trimmed.startsWith('guidance:') ? guidanceHref(trimmed.slice('guidance:'.length)) : trimmed;
  return href === undefined ? undefined : allowedHref(href);
}
