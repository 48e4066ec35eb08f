/**
 * A large value for a React island, sent once as a JSON data block
 * (`<script type="application/json">`) beside the island instead of in its
 * props.
 *
 * Why: Astro writes an island's props into an attribute, and on the way it
 * JSON-encodes the value again, HTML-escapes every quote, hashes the whole
 * text for the island's id and tries it as a URL. For a scenario (about
 * 130 KB of JSON) that was about 5 ms of each scenario page's build, and an
 * attribute half as long again as the JSON. A data block needs only `<`
 * escaped, is never executed (so the site's script policy does not apply to
 * it), and the browser reads it with one `JSON.parse`.
 *
 * The server render takes the value itself, registered under the block's
 * id by the page that writes the block, so it parses nothing. Pages are
 * rendered side by side (astro.config.mjs), so the id must be the page's
 * own (`scenario-data-<id>`), never one every page uses. The map is
 * held on `globalThis` under a registered symbol, as the parsed-scenario
 * registry is, so a second copy of this module would still find it.
 */

const KEY = Symbol.for('common-ground.site.island-data');

function waiting(): Map<string, unknown> {
  const holder = globalThis as { [KEY]?: Map<string, unknown> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/**
 * The JSON text of `value` for the data block `id`, safe inside a script
 * element (`<` is written `\u003c`, so no `</script>` or `<!--` can end
 * it), with `value` kept for the island's server render.
 *
 * @example
 * ```astro
 * <script is:inline type="application/json" id="scenario-data" set:html={islandDataJson('scenario-data', scenario)} />
 * ```
 */
export function islandDataJson(id: string, value: unknown): string {
  waiting().set(id, value);
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The value of the data block `id`: on the server, the one its page
 * registered (taken, so a build does not keep every page's value); in the
 * browser, parsed from the block.
 *
 * @example
 * const scenario = islandData<Scenario>('scenario-data');
 */
export function islandData<T>(id: string, doc: Pick<Document, 'getElementById'> | undefined = globalThis.document): T {
  if (doc === undefined) {
    const values = waiting();
    if (!values.has(id)) throw new Error(`No island data "${id}": the page must write its data block (islandDataJson) before the island.`);
    const value = values.get(id);
    values.delete(id);
    return value as T;
  }
  const text = doc.getElementById(id)?.textContent;
  if (text === null || text === undefined) throw new Error(`No island data "${id}": the page has no <script type="application/json" id="${id}">.`);
  return JSON.parse(text) as T;
}
