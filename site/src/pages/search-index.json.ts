/**
 * /search-index.json: the lunr index serialised at build time with a
 * compact document store and the synonym table, loaded on demand by the
 * search page. The browser never rebuilds the index. Built once per build
 * (this is its only route) from the scenarios the build already parsed;
 * each scenario is one entry made from its own fields, never its scenes,
 * so the download stays small at hundreds of scenarios.
 */
import type { APIRoute } from 'astro';
import { buildSearchDocuments, builtInProtocol, createSearchBundle, GUIDANCE_PROTOCOL } from '../../../engine/index.js';
import { guidanceContent } from '../lib/guidance-content.js';
import { loadScenarios } from '../lib/load-scenarios.js';
import { siteProtocol, siteProtocols } from '../lib/site-protocols.js';
import { siteSearchSources } from '../lib/site-search-inputs.js';

export const GET: APIRoute = async () => {
  const sources = siteSearchSources({
    // The written guidance's sections describe its own protocol's stages.
    guidanceProtocol: builtInProtocol(GUIDANCE_PROTOCOL),
    siteProtocol,
    markdownOf: (id) => guidanceContent.get(id)?.rawContent() ?? '',
    scenarios: await loadScenarios(),
    protocols: siteProtocols,
  });
  const bundle = createSearchBundle(buildSearchDocuments(sources));
  return new Response(JSON.stringify(bundle), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
