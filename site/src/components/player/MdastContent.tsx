import { createElement, Fragment, type ReactNode } from 'react';
import { safeLinkHref } from '../../lib/safe-link-href.js';
import { useGuidanceHref, type GuidanceHref } from './guidance-links.js';

/** The parts of an mdast node the renderer reads; scenario trees are plain JSON. */
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  url?: string;
  title?: string | null;
  lang?: string | null;
  children?: MdNode[];
}

interface RenderOptions {
  /** The lowest heading level to use (the page's h1 is the scenario title). */
  minHeading: number;
  /** Where `guidance:<id>` links go, for the scenario's protocol. */
  guidanceHref: GuidanceHref;
}

function renderChildren(node: MdNode, options: RenderOptions): ReactNode[] {
  return (node.children ?? []).map((child, index) => renderNode(child, index, options));
}

/**
 * One mdast node as React elements. Every string is inserted as text, so
 * whatever an author or a learner wrote can never become markup; unknown
 * node types show their children (or nothing), never raw HTML.
 */
function renderNode(node: MdNode, key: number, options: RenderOptions): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'paragraph':
      return <p key={key}>{renderChildren(node, options)}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(options.minHeading, node.depth ?? 2));
      return createElement(`h${level}`, { key }, renderChildren(node, options));
    }
    case 'emphasis':
      return <em key={key}>{renderChildren(node, options)}</em>;
    case 'strong':
      return <strong key={key}>{renderChildren(node, options)}</strong>;
    case 'delete':
      return <del key={key}>{renderChildren(node, options)}</del>;
    case 'inlineCode':
      return <code key={key}>{node.value ?? ''}</code>;
    case 'code':
      return (
        <pre key={key}>
          <code>{node.value ?? ''}</code>
        </pre>
      );
    case 'break':
      return <br key={key} />;
    case 'thematicBreak':
      return <hr key={key} />;
    case 'blockquote':
      return <blockquote key={key}>{renderChildren(node, options)}</blockquote>;
    case 'list':
      return node.ordered ? (
        <ol key={key} start={node.start ?? undefined}>
          {renderChildren(node, options)}
        </ol>
      ) : (
        <ul key={key}>{renderChildren(node, options)}</ul>
      );
    case 'listItem':
      return <li key={key}>{renderChildren(node, options)}</li>;
    case 'link': {
      const href = safeLinkHref(node.url ?? '', options.guidanceHref);
      const children = renderChildren(node, options);
      return href === undefined ? <Fragment key={key}>{children}</Fragment> : (
        <a key={key} href={href}>
          {children}
        </a>
      );
    }
    default:
      return node.children ? <Fragment key={key}>{renderChildren(node, options)}</Fragment> : null;
  }
}

/** Props of {@link MdastContent}. */
export interface MdastContentProps {
  /** An mdast tree (usually a `root`) from the parsed scenario. */
  tree: unknown;
  /** The lowest heading level to render; 2 by default. */
  minHeading?: number;
}

/**
 * Renders scenario narrative from its mdast tree with React elements only
 * (no HTML strings, no dangerouslySetInnerHTML), turning `guidance:` links
 * into links to the guidance anchors.
 *
 * @example
 * ```tsx
 * <MdastContent tree={scene.narrative.mdast} />
 * ```
 */
export function MdastContent({ tree, minHeading = 2 }: MdastContentProps) {
  const guidanceHref = useGuidanceHref();
  if (typeof tree !== 'object' || tree === null) return null;
  return <>{renderChildren(tree as MdNode, { minHeading, guidanceHref })}</>;
}
