import { guidanceSectionHref } from '../../../engine/runtime.js';

/**
 * Where a link in scenario text may point: `guidance:<id>` becomes the
 * section's anchor on the site (for the scenario's protocol, when the
 * player passes its resolver); site paths, fragments and http(s)/mailto
 * addresses are kept; anything else (`javascript:`, `data:`, unknown
 * guidance ids) gives undefined, and the renderer shows the words unlinked.
 *
 * @example
 * ```ts
 * safeLinkHref('guidance:stage-3'); // '/guidance/resolution-process/#stage-3'
 * safeLinkHref('javascript:alert(1)'); // undefined
 * ```
 */
export function safeLinkHref(url: string, guidanceHref: (id: string) => string | undefined = guidanceSectionHref): string | undefined {
  const trimmed = url.trim();
  if (trimmed.startsWith('guidance:')) return guidanceHref(trimmed.slice('guidance:'.length));
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  if (trimmed.startsWith('#')) return trimmed;
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  return undefined;
}
