/**
 * /search-index.json: the lunr index serialised at build time with a
 * compact document store, loaded on demand by the search page. The browser
 * never rebuilds the index.
 */
import type { APIRoute } from 'astro';
import { buildSearchDocuments, builtInProtocol, createSearchBundle, GUIDANCE_PROTOCOL, guidancePages, guidanceSections } from '../../../engine/index.js';
import { guidanceContent } from '../lib/guidance-content.js';
import { guidanceSearchInputs } from '../lib/guidance-search-inputs.js';
import { loadScenarios } from '../lib/load-scenarios.js';
import { scenarioSearchInputs } from '../lib/scenario-search-inputs.js';
import { stageRows, stageSearchText } from '../lib/stage-rows.js';

export const GET: APIRoute = async () => {
  // The written guidance's sections describe its own protocol's stages.
  const rows = stageRows(builtInProtocol(GUIDANCE_PROTOCOL));
  const extraText: Record<string, string> = {
    'stage-table': rows.map((row) => `Stage ${row.stage}: ${row.title}. ${stageSearchText(row)}`).join(' '),
  };
  for (const row of rows) {
    if (row.guidance) extraText[row.guidance] = stageSearchText(row);
  }
  const guidance = guidanceSearchInputs(
    guidanceSections,
    guidancePages,
    (id) => guidanceContent.get(id)?.rawContent() ?? '',
    extraText,
  );
  const scenarios = scenarioSearchInputs(await loadScenarios());
  const bundle = createSearchBundle(buildSearchDocuments({ guidance, scenarios }));
  return new Response(JSON.stringify(bundle), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
