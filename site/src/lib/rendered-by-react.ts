/**
 * Tells Astro which renderer draws a React island, so it renders the island
 * once. Left to itself, Astro asks each renderer whether a component is
 * its own, and @astrojs/react answers by rendering the whole component to
 * a string and throwing the result away (its `check`). For the scenario
 * player that is a second full server render of every scenario page: in a
 * profile of the 500-scenario site build it was 2.2 s of 81 s.
 *
 * The tag is Astro's own `Renderer` symbol, from the module its compiled
 * pages import (what its `__astro_tag_component__` sets for the renderers
 * that tag their components). A component already tagged is left alone, and
 * a later Astro that ignored the tag would only check again, as before.
 */
import { Renderer } from 'astro/runtime/server/index.js';

/**
 * `component`, tagged as @astrojs/react's.
 *
 * @example
 * ```astro
 * ---
 * import SearchApp from '../components/search/SearchApp.tsx';
 * renderedByReact(SearchApp);
 * ---
 * <SearchApp client:load />
 * ```
 */
export function renderedByReact<Component>(component: Component): Component {
  if (typeof component === 'function' && !(Renderer in component)) Object.defineProperty(component, Renderer, { value: '@astrojs/react' });
  return component;
}
