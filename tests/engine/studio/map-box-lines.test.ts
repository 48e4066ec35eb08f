import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAP_BOX,
  MAP_LABEL,
  mapLabelLines,
  mapLabelSize,
  mapNodeLines,
  mapNodeSize,
  MISSING_BOX,
  missingBoxLines,
  scenarioMap,
  scenarioProtocol,
  wrapMapText,
  type MapEdge,
  type MapNode,
} from '../../../engine/index.js';
import { checkDraft, TEMPLATE } from './studio-fixtures.js';

const { scenario, findings } = checkDraft(TEMPLATE);
const map = scenarioMap(scenario, findings, scenarioProtocol(scenario));
const node = (id: string): MapNode => map.nodes.find((candidate) => candidate.id === id)!;

describe('wrapMapText', () => {
  it('breaks at spaces, cuts a word longer than a line, and ends a cut text with an ellipsis', () => {
    expect(wrapMapText('Phone Alex Morgan this afternoon', 20, 2)).toEqual(['Phone Alex Morgan', 'this afternoon']);
    expect(wrapMapText('a supercalifragilistic word', 10, 4)).toEqual(['a', 'supercalif', 'ragilistic', 'word']);
    expect(wrapMapText('one two three four', 7, 2)).toEqual(['one two', 'three…']);
    expect(wrapMapText('  ', 10, 2)).toEqual([]);
  });

  it('never gives a line longer than its room, or more lines than asked', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 4 }), (text, chars, lines) => {
        const wrapped = wrapMapText(text, chars, lines);
        expect(wrapped.length).toBeLessThanOrEqual(lines);
        for (const line of wrapped) expect([...line].length).toBeLessThanOrEqual(chars);
      }),
    );
  });

  it('keeps every word when they fit', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 12 }), (words) => {
        expect(wrapMapText(words.join(' '), 10, 100).join(' ')).toBe(words.join(' '));
      }),
    );
  });
});

describe('mapNodeLines', () => {
  it("gives a box its title, then its marks in the outline's words", () => {
    expect(mapNodeLines(node('the-concern'))).toEqual({ title: ['The concern'], marks: ['Start'] });
    expect(mapNodeLines(node('kept-open'))).toEqual({ title: ['Settled between the two of', 'you'], marks: ['Ending, good'] });
    expect(mapNodeLines({ ...node('line-manager'), deadEnd: true, unreachable: true, immediateRisk: true }).marks).toEqual(['Immediate risk ·', 'Unreachable · Dead end']);
  });

  it('titles a box by its id when it has no title', () => {
    expect(mapNodeLines({ ...node('the-concern'), title: '' }).title).toEqual(['the-concern']);
  });
});

describe('mapNodeSize', () => {
  it("is the box's width, and as tall as its lines with padding", () => {
    expect(mapNodeSize(node('the-concern'))).toEqual({ width: MAP_BOX.width, height: MAP_BOX.padding * 2 + 2 * MAP_BOX.lineHeight });
    expect(mapNodeSize(node('the-conversation'))).toEqual({ width: MAP_BOX.width, height: MAP_BOX.padding * 2 + MAP_BOX.lineHeight });
  });
});

describe('missingBoxLines', () => {
  it('names the missing id within the marker', () => {
    expect(missingBoxLines('kept-opn')).toEqual(['Missing: kept-opn']);
    for (const line of missingBoxLines('a-very-long-id-that-names-nothing-at-all')) expect(line.length).toBeLessThanOrEqual(MISSING_BOX.chars);
  });
});

describe('mapLabelLines and mapLabelSize', () => {
  const edge: MapEdge = map.edges.find((candidate) => candidate.from === 'the-concern')!;

  it("cuts an arrow's label to two lines, and sizes it as drawn", () => {
    expect(mapLabelLines(edge)).toEqual(['Phone Alex Morgan this', 'afternoon to talk it through.']);
    expect(mapLabelSize(edge)).toEqual({ width: Math.ceil(29 * MAP_LABEL.charWidth), height: 2 * MAP_LABEL.lineHeight });
    expect(mapLabelSize({ ...edge, label: '' })).toEqual({ width: Math.ceil(MAP_LABEL.charWidth), height: 0 });
  });
});
