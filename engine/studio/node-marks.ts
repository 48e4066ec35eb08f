/**
 * The words that say what is special about a scene or ending on the map:
 * its grade, the start, immediate risk, unreachable, a dead end. The map's
 * boxes say them in brief and its text outline says them with what they
 * mean, both from the one list here, so a mark reads the same in the
 * picture and in words, and the map never relies on colour or outline alone.
 */
/**
 * What the marks are read from: the flags of a map node. Named here, not
 * imported from the map, so the map can take its words from this module
 * without the two importing each other.
 */
export interface MarkedNode {
  kind: 'scene' | 'ending';
  outcome?: 'good' | 'mixed' | 'poor';
  start: boolean;
  immediateRisk: boolean;
  unreachable: boolean;
  deadEnd: boolean;
}

/** One mark of a node. */
export interface NodeMark {
  /** What it marks (for a style or a test). */
  kind: 'ending' | 'start' | 'immediate-risk' | 'unreachable' | 'dead-end';
  /** The mark itself, in lower case as it runs on in a list: `ending, good`, `dead end`. */
  words: string;
  /** What it means, for the outline, when the words alone may not say: `no way on`. */
  meaning?: string;
}

/**
 * A node's marks, in the order both the boxes and the outline list them.
 *
 * @example
 * nodeMarks(deadEndScene); // [{ kind: 'dead-end', words: 'dead end', meaning: 'no way on' }]
 * nodeMarks(goodEnding); // [{ kind: 'ending', words: 'ending, good' }]
 */
export function nodeMarks(node: MarkedNode): NodeMark[] {
  const marks: NodeMark[] = [];
  if (node.kind === 'ending') marks.push({ kind: 'ending', words: `ending, ${node.outcome ?? 'no grade'}` });
  if (node.start) marks.push({ kind: 'start', words: 'start' });
  if (node.immediateRisk) marks.push({ kind: 'immediate-risk', words: 'immediate risk' });
  if (node.unreachable) marks.push({ kind: 'unreachable', words: 'unreachable', meaning: 'no path from the start' });
  if (node.deadEnd) marks.push({ kind: 'dead-end', words: 'dead end', meaning: 'no way on' });
  return marks;
}

/** The words with a capital, as a mark standing on its own in a box. */
function standingAlone(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/**
 * The marks as a box on the map shows them, each standing on its own:
 * `Ending, good · Unreachable`; empty when there are none.
 *
 * @example
 * marksInBrief(startScene); // 'Start'
 */
export function marksInBrief(node: MarkedNode): string {
  return nodeMarks(node)
    .map((mark) => standingAlone(mark.words))
    .join(' · ');
}

/**
 * The marks as the text outline reads them, each with its meaning:
 * `['ending, good', 'unreachable: no path from the start']`.
 *
 * @example
 * marksExplained(deadEndScene); // ['dead end: no way on']
 */
export function marksExplained(node: MarkedNode): string[] {
  return nodeMarks(node).map((mark) => (mark.meaning === undefined ? mark.words : `${mark.words}: ${mark.meaning}`));
}
