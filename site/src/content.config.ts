/**
 * The site's content collections. `scenarios` holds the library as data:
 * its loader reads each scenario file's text through the engine's parser and
 * validator (the same checks as `validate`, against the site's protocols) and
 * stores the parsed model, so no scenario file is ever compiled as MDX or
 * bundled as code. The folder is `scenarios/` unless COMMON_GROUND_SCENARIOS
 * names another (site-scenario-folder.ts); drafts are left out of production
 * builds (is-publishable.ts).
 */
import { defineCollection } from 'astro:content';
import { scenarioLoader } from './lib/scenario-loader.js';
import { siteProtocols } from './lib/site-protocols.js';
import { siteScenarioFolder } from './lib/site-scenario-folder.js';

const scenarios = defineCollection({
  loader: scenarioLoader({ folder: siteScenarioFolder(process.env), protocols: siteProtocols, production: import.meta.env.PROD }),
});

export const collections = { scenarios };
