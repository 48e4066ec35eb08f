import { describe, expect, it } from 'vitest';
import { mapNodeLines, mapOutline, marksExplained, marksInBrief, nodeMarks, scenarioMap, scenarioProtocol, type MapNode } from '../../../engine/index.js';
import { checkDraft, TEMPLATE } from './studio-fixtures.js';

const { scenario, findings } = checkDraft(TEMPLATE);
const map = scenarioMap(scenario, findings, scenarioProtocol(scenario));
const scene = map.nodes.find((node) => node.id === 'line-manager')!;
const ending = map.nodes.find((node) => node.id === 'kept-open')!;
/** A scene with every mark a scene can have. */
const everything: MapNode = { ...scene, start: true, immediateRisk: true, unreachable: true, deadEnd: true };

describe('nodeMarks', () => {
  it("lists a node's marks in one order", () => {
    expect(nodeMarks(everything).map((mark) => mark.kind)).toEqual(['start', 'immediate-risk', 'unreachable', 'dead-end']);
    expect(nodeMarks(ending)).toEqual([{ kind: 'ending', words: 'ending, good' }]);
    expect(nodeMarks(scene)).toEqual([]);
  });
});

describe('marksInBrief and marksExplained', () => {
  it('say the same words, in brief for a box and with their meaning for the outline', () => {
    expect(marksInBrief(everything)).toBe('Start · Immediate risk · Unreachable · Dead end');
    expect(marksExplained(everything)).toEqual(['start', 'immediate risk', 'unreachable: no path from the start', 'dead end: no way on']);
    expect(marksInBrief(ending)).toBe('Ending, good');
    expect(marksExplained(ending)).toEqual(['ending, good']);
  });

  it("are the words of the map's boxes and of its outline, so the two never disagree", () => {
    for (const node of map.nodes) {
      const box = mapNodeLines(node).marks.join(' ').toLowerCase();
      const outline = mapOutline(map).find((entry) => entry.id === node.id)!.text;
      for (const mark of nodeMarks(node)) {
        expect(box).toContain(mark.words);
        expect(outline).toContain(mark.words);
      }
    }
  });
});
