/**
 * Text that differs by route (children or adults): either per-route strings
 * or one string with `{placeholders}` naming fields of the route, such as
 * `{referralRecipient}`.
 */
import type { ProtocolRoute, RouteText } from './protocol.schema.js';

const placeholderPattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Lists the placeholder names used in a text, in order, repeats included.
 *
 * @example
 * placeholdersOf('Refer to {referralRecipient}.'); // ['referralRecipient']
 */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/**
 * Picks the route's version of a text and fills its placeholders from the
 * route's fields. Unknown placeholders are left as written; `loadProtocol`
 * rejects them, so a loaded protocol has none.
 *
 * @example
 * resolveRouteText('Refer to {referralRecipient}.', 'child', { label: 'Children', referralRecipient: 'the Chair' });
 * // 'Refer to the Chair.'
 */
export function resolveRouteText(text: RouteText, routeId: string, route: ProtocolRoute): string {
  const chosen = typeof text === 'string' ? text : (text[routeId] ?? '');
  return chosen.replace(placeholderPattern, (whole, name: string) => {
    const value = name === 'source' ? undefined : route[name];
    return typeof value === 'string' ? value : whole;
  });
}
