import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInProtocol, builtInProtocols } from '../../../engine/protocol/built-in-protocol-data.js';
import { GUIDANCE_PROTOCOL } from '../../../engine/guidance/citable-sections.js';
import { buildSearchDocuments } from '../../../engine/search/build-search-documents.js';
import { createSearchBundle } from '../../../engine/search/create-search-bundle.js';
import type { SearchSources } from '../../../engine/search/build-search-documents.js';
import { loadSearchBundle, type LoadedSearch, type SearchBundle } from '../../../engine/search/search-bundle.js';
import { readScenarioLibrary } from '../../../site/src/lib/read-scenario-library.js';
import { siteProtocol } from '../../../site/src/lib/site-protocols.js';
import { siteSearchSources as sourcesFor } from '../../../site/src/lib/site-search-inputs.js';

/** Where the guidance Markdown lives, one file per section. */
const guidanceFolder = join('site', 'src', 'content', 'guidance');

/**
 * What the site's search index is built from, by the same
 * `siteSearchSources` as `search-index.json.ts`, without running Astro: the
 * guidance Markdown read from disk, the scenario library read as a
 * production build reads it.
 */
export async function siteSearchSources(): Promise<SearchSources> {
  const scenarios = await readScenarioLibrary({ folder: 'scenarios', protocols: builtInProtocols, production: true });
  return sourcesFor({
    guidanceProtocol: builtInProtocol(GUIDANCE_PROTOCOL),
    siteProtocol,
    markdownOf: (id) => readFileSync(join(guidanceFolder, `${id}.md`), 'utf8'),
    scenarios,
    protocols: builtInProtocols,
  });
}

/** The search bundle the site ships. */
export async function siteSearchBundle(): Promise<SearchBundle> {
  return createSearchBundle(buildSearchDocuments(await siteSearchSources()));
}

/** A bundle round-tripped through JSON and loaded, exactly as the browser gets it; the site's own unless given. */
export async function loadedSiteSearch(bundle?: SearchBundle): Promise<LoadedSearch> {
  return loadSearchBundle(JSON.parse(JSON.stringify(bundle ?? (await siteSearchBundle()))));
}
