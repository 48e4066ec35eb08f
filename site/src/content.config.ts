/**
 * The site's content collections. `scenarios` reads the same `.mdx` files
 * the terminal plays, with the engine's own frontmatter schema, so both
 * front-ends accept and refuse exactly the same files. The README and the
 * authoring templates live beside the scenarios and are not scenarios.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ScenarioFrontmatterSchema } from '../../engine/index.js';

const scenarios = defineCollection({
  loader: glob({ pattern: ['*.mdx', '!README*', '!templates/**', '!*.template.mdx'], base: './scenarios' }),
  schema: ScenarioFrontmatterSchema(),
});

export const collections = { scenarios };
