/**
 * What a box or an arrow's label on the scene map says, line by line, and
 * so how big it is: the worker sizes boxes and labels for the layout with
 * these and the map draws the same lines, so the words always fit.
 */
import type { ElkGraphOptions, MapEdge, MapNode } from '../../../../engine/runtime.js';

/** The box's width, line height, padding and characters a line, in map pixels (13 px text is about 7 px a character). */
export const MAP_BOX = { width: 200, lineHeight: 18, padding: 10, chars: 26, titleLines: 3 } as const;

/** The marker for a `to` that names nothing: "Missing: <id>" on two lines of 20 characters. */
export const MISSING_BOX = { width: 160, height: 52, chars: 20 } as const;

/** An arrow's label: 12 px text, at most two lines. */
export const MAP_LABEL = { lineHeight: 15, charWidth: 6.5, chars: 30, lines: 2 } as const;

/**
 * Breaks text into lines of at most `chars` characters, at spaces where it
 * can, cutting the last of `maxLines` short with an ellipsis.
 *
 * @example
 * wrapText('Phone Alex Morgan this afternoon', 20, 2); // ['Phone Alex Morgan', 'this afternoon']
 */
export function wrapText(text: string, chars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of word.match(new RegExp(`.{1,${chars}}`, 'gu')) ?? [word]) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= chars) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, chars - 1)}…`;
  return kept;
}

/**
 * The words that say what is special about a node, so the map never relies
 * on colour or outline alone: the ending's grade, the start, a dead end, an
 * unreachable scene, the immediate-risk scene.
 *
 * @example
 * nodeMarks({ kind: 'ending', outcome: 'good', … }); // ['Ending: good']
 */
export function nodeMarks(node: MapNode): string[] {
  const marks: string[] = [];
  if (node.kind === 'ending') marks.push(`Ending: ${node.outcome ?? 'no grade'}`);
  if (node.start) marks.push('Start');
  if (node.immediateRisk) marks.push('Immediate risk');
  if (node.deadEnd) marks.push('Dead end');
  if (node.unreachable) marks.push('Unreachable');
  return marks;
}

/**
 * The lines a node's box shows: its title, wrapped, then its marks.
 *
 * @example
 * mapNodeLines(node); // { title: ['The concern'], marks: ['Start'] }
 */
export function mapNodeLines(node: MapNode): { title: string[]; marks: string[] } {
  return { title: wrapText(node.title || node.id, MAP_BOX.chars, MAP_BOX.titleLines), marks: wrapText(nodeMarks(node).join(' · '), MAP_BOX.chars, 2) };
}

/**
 * The size of a node's box, for the layout.
 *
 * @example
 * elkGraphFor(map, mapNodeSize, { labelSize: mapLabelSize });
 */
export function mapNodeSize(node: MapNode): { width: number; height: number } {
  const { title, marks } = mapNodeLines(node);
  return { width: MAP_BOX.width, height: MAP_BOX.padding * 2 + (title.length + marks.length) * MAP_BOX.lineHeight };
}

/**
 * The lines of an arrow's label (the choice's words, cut to two lines; the text outline has them all).
 *
 * @example
 * mapLabelLines(edge); // ['Phone Alex Morgan this', 'afternoon to talk it through']
 */
export function mapLabelLines(edge: MapEdge): string[] {
  return wrapText(edge.label, MAP_LABEL.chars, MAP_LABEL.lines);
}

/** The size of an arrow's label, for the layout. */
export function mapLabelSize(edge: MapEdge): { width: number; height: number } {
  const lines = mapLabelLines(edge);
  const longest = Math.max(1, ...lines.map((line) => line.length));
  return { width: Math.ceil(longest * MAP_LABEL.charWidth), height: lines.length * MAP_LABEL.lineHeight };
}

/**
 * How the map is laid out: the story flowing down (the map sits in a tall,
 * narrow panel), labels and missing-target markers sized as drawn.
 *
 * @example
 * elkGraphFor(map, mapNodeSize, MAP_LAYOUT);
 */
export const MAP_LAYOUT: ElkGraphOptions = {
  direction: 'DOWN',
  labelSize: mapLabelSize,
  missingSize: { width: MISSING_BOX.width, height: MISSING_BOX.height },
};
