/**
 * The site's content collections. `scenarios` reads the same `.mdx` files
 * the terminal plays, with the engine's own frontmatter schema, so both
 * front-ends accept and refuse exactly the same files. The README and the
 * authoring templates live beside the scenarios and are not scenarios.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCENARIO_FILE_GLOBS, ScenarioFrontmatterSchema } from '../../engine/index.js';

const scenarios = defineCollection({
  // The engine's rule for which files are scenarios, as globs.
  loader: glob({ pattern: [...SCENARIO_FILE_GLOBS], base: './scenarios' }),
  schema: ScenarioFrontmatterSchema(),
});

export const collections = { scenarios };
