/**
 * What a box or an arrow's label on the scene map says, line by line, and
 * so how big it is: the studio's worker sizes boxes and labels for the
 * layout with these and the map draws the same lines, so the words always
 * fit. Sizes are in map pixels, for 13 px text in boxes (about 7 px a
 * character) and 12 px on arrows.
 */
import { marksInBrief } from './node-marks.js';
import type { ElkGraphOptions, MapEdge, MapNode } from './scenario-map.js';

/** A node's box: its width, line height, padding, characters a line, and the most lines its title takes. */
export const MAP_BOX = { width: 200, lineHeight: 18, padding: 10, chars: 26, titleLines: 3, markLines: 2 } as const;

/** The marker for a `to` that names nothing: "Missing: <id>" on two lines of 20 characters. */
export const MISSING_BOX = { width: 160, height: 52, chars: 20, lines: 2 } as const;

/** An arrow's label: 12 px text, at most two lines. */
export const MAP_LABEL = { lineHeight: 15, charWidth: 6.5, chars: 30, lines: 2 } as const;

/**
 * Breaks text into lines of at most `chars` characters, at spaces where it
 * can (a longer word is cut), and cuts the last of `maxLines` short with an
 * ellipsis when there is more. Runs of white space are one space. (The
 * terminal has its own wrapper, cli/terminal/wrap-text.ts, which keeps line
 * breaks and never drops words; the map's boxes have a fixed room.)
 *
 * @example
 * wrapMapText('Phone Alex Morgan this afternoon', 20, 2); // ['Phone Alex Morgan', 'this afternoon']
 * wrapMapText('one two three', 7, 1); // ['one tw…']
 */
export function wrapMapText(text: string, chars: number, maxLines: number): string[] {
  const room = Math.max(1, Math.floor(chars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of word.match(new RegExp(`.{1,${room}}`, 'gu')) ?? [word]) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= room) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = `${kept.at(-1)!.slice(0, room - 1)}…`;
  return kept;
}

/**
 * The lines a node's box shows: its title, wrapped, then its marks in
 * brief (the outline's words, node-marks.ts).
 *
 * @example
 * mapNodeLines(startScene); // { title: ['The concern'], marks: ['Start'] }
 */
export function mapNodeLines(node: MapNode): { title: string[]; marks: string[] } {
  return { title: wrapMapText(node.title || node.id, MAP_BOX.chars, MAP_BOX.titleLines), marks: wrapMapText(marksInBrief(node), MAP_BOX.chars, MAP_BOX.markLines) };
}

/**
 * The size of a node's box, for the layout: the box's width, and its lines' height with padding.
 *
 * @example
 * elkGraphFor(map, mapNodeSize, MAP_LAYOUT);
 */
export function mapNodeSize(node: MapNode): { width: number; height: number } {
  const { title, marks } = mapNodeLines(node);
  return { width: MAP_BOX.width, height: MAP_BOX.padding * 2 + (title.length + marks.length) * MAP_BOX.lineHeight };
}

/**
 * The lines of the marker for a `to` that names nothing.
 *
 * @example
 * missingBoxLines('kept-opn'); // ['Missing: kept-opn']
 */
export function missingBoxLines(target: string): string[] {
  return wrapMapText(`Missing: ${target}`, MISSING_BOX.chars, MISSING_BOX.lines);
}

/**
 * The lines of an arrow's label (the choice's words, cut to two lines; the text outline has them all).
 *
 * @example
 * mapLabelLines(edge); // ['Phone Alex Morgan this', 'afternoon to talk it through.']
 */
export function mapLabelLines(edge: MapEdge): string[] {
  return wrapMapText(edge.label, MAP_LABEL.chars, MAP_LABEL.lines);
}

/**
 * The size of an arrow's label, for the layout.
 *
 * @example
 * mapLabelSize(edge); // { width: 189, height: 30 }
 */
export function mapLabelSize(edge: MapEdge): { width: number; height: number } {
  const lines = mapLabelLines(edge);
  const longest = Math.max(1, ...lines.map((line) => line.length));
  return { width: Math.ceil(longest * MAP_LABEL.charWidth), height: lines.length * MAP_LABEL.lineHeight };
}

/**
 * How the studio's map is laid out: the story flowing down (the map sits in
 * a tall, narrow panel), labels and missing-target markers sized as drawn.
 *
 * @example
 * elkGraphFor(map, mapNodeSize, MAP_LAYOUT);
 */
export const MAP_LAYOUT: ElkGraphOptions = {
  direction: 'DOWN',
  labelSize: mapLabelSize,
  missingSize: { width: MISSING_BOX.width, height: MISSING_BOX.height },
};
