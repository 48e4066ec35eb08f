/**
 * Where a scenario's text links to the guidance: every `guidance:<id>` link
 * (and definition) in an mdast tree, with its place in the file, and the
 * narratives of a scene that can hold one. The validator checks each id
 * against the protocol; the library report reads which triggers a
 * scenario cites.
 */
import type { Root } from 'mdast';
import type { SourcePoint } from './finding.js';
import type { Narrative, SceneNode } from './scenario-model.js';

/** Every `guidance:` link in a narrative, with its position. */
export function guidanceLinks(tree: Root): { id: string; at: SourcePoint | undefined }[] {
  const links: { id: string; at: SourcePoint | undefined }[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const { type, url, children, position } = node as { type?: string; url?: unknown; children?: unknown; position?: { start: SourcePoint } };
    if ((type === 'link' || type === 'definition') && typeof url === 'string' && url.toLowerCase().startsWith('guidance:')) {
      links.push({ id: url.slice('guidance:'.length), at: position?.start });
    }
    if (Array.isArray(children)) children.forEach(visit);
  };
  visit(tree);
  return links;
}

/** Every narrative of a scene: its text, events, prompts, and each choice's detail and feedback. */
export function sceneNarratives(scene: SceneNode): Narrative[] {
  return [
    scene.narrative,
    ...scene.events.map((event) => event.text),
    ...scene.reflects.map((reflect) => reflect.prompt),
    ...scene.records.map((record) => record.prompt),
    ...scene.choices.flatMap((choice) => [
      ...(choice.detail ? [choice.detail] : []),
      ...(choice.feedback ? [{ markdown: choice.feedback.markdown, mdast: choice.feedback.mdast }] : []),
    ]),
  ];
}
