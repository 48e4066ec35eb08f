import type { Link, Parent, Root, RootContent } from 'mdast';
import { guidanceSectionHref } from '../../../engine/index.js';
import { SiteError } from './site-error.js';

/** Whether a URL points at a file in the repository rather than at a page: no scheme, not absolute, not a fragment. */
function isRepositoryPath(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');
}

function rewrite(parent: Parent, file: string | undefined): void {
  const children = parent.children as RootContent[];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index]!;
    if (node.type === 'link') {
      const link = node as Link;
      if (link.url.startsWith('guidance:')) {
        const id = link.url.slice('guidance:'.length);
        const href = guidanceSectionHref(id);
        if (!href) {
          throw new SiteError(`The link "${link.url}"${file ? ` in ${file}` : ''} names no guidance section.`, {
            ...(file ? { file } : {}),
            hint: 'Use a section id from engine/guidance/guidance-sections.ts, e.g. guidance:stage-3.',
          });
        }
        link.url = href;
      } else if (isRepositoryPath(link.url)) {
        // Repository files (templates, source) are not published on the site,
        // so keep the link's words and drop the link rather than ship a 404.
        children.splice(index, 1, ...(link.children as RootContent[]));
        index -= 1;
        continue;
      }
    }
    if ('children' in node) rewrite(node as Parent, file);
  }
}

/**
 * A remark plugin for every Markdown page on the site: turns
 * `[words](guidance:stage-3)` into a link to that section's anchor (the same
 * syntax scenarios use), and unlinks relative links to repository files,
 * which the site does not publish. An unknown guidance id stops the build.
 *
 * @example
 * ```js
 * // astro.config.mjs
 * markdown: { remarkPlugins: [remarkSiteLinks] }
 * ```
 */
export function remarkSiteLinks() {
  return (tree: Root, file?: { path?: string }): void => {
    rewrite(tree, file?.path);
  };
}
