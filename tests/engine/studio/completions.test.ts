import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInProtocol, checkScenarioSource, completedAttributes, completionsAt, studioVocabulary } from '../../../engine/index.js';
import { componentNames } from '../../../engine/scenario/component-attributes.js';
import { parseDuration } from '../../../engine/scenario/parse-duration.js';
import { TEMPLATE } from './studio-fixtures.js';

const northYorkshire = builtInProtocol('north-yorkshire');
const exampleTemplate = builtInProtocol('example-template');
const vocabulary = studioVocabulary(northYorkshire);

/** Completions with the cursor where `|` is written. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const result = completionsAt(text, offset, vocabulary);
  return { result, text, offset, labels: result?.options.map((option) => option.label), word: result ? text.slice(result.from, result.to) : undefined };
}

/** The template with `|` put where `marker` is, the cursor after `marker` minus `back` characters. */
function inTemplate(marker: string, back = 0) {
  const index = TEMPLATE.indexOf(marker);
  if (index < 0) throw new Error(`${marker} is not in the template`);
  const cursor = index + marker.length - back;
  return at(`${TEMPLATE.slice(0, cursor)}|${TEMPLATE.slice(cursor)}`);
}

describe('studioVocabulary', () => {
  it("lists the components, the protocol's citable sections, the principles and the stages", () => {
    expect(vocabulary.components.map((component) => component.name)).toEqual(componentNames);
    expect(vocabulary.citations.map((citation) => citation.id)).toContain('timescales-are-maximums');
    expect(vocabulary.citations.find((citation) => citation.id === 'stage-7')?.title).toBeTruthy();
    expect(vocabulary.principles.map((principle) => principle.id)).toEqual(['person-at-centre', 'timeliness', 'respectful-challenge', 'professional-curiosity', 'recording']);
    expect(vocabulary.stages[1]).toEqual({ stage: 2, label: 'Stage 2: Discuss with your line manager' });
    expect(vocabulary.outcomes).toEqual(['good', 'mixed', 'poor']);
    expect(vocabulary.phases).toEqual(['before', 'during', 'after']);
  });

  it("follows the protocol: another protocol's stages and sections", () => {
    const other = studioVocabulary(exampleTemplate);
    expect(other.stages.map((stage) => stage.stage)).toEqual([1, 2, 3, 4]);
    expect(other.citations.map((citation) => citation.id)).not.toContain('stage-7');
  });

  it('offers only durations the duration parser accepts', () => {
    expect(vocabulary.durations.length).toBeGreaterThan(10);
    for (const duration of vocabulary.durations) expect(parseDuration(duration).ok).toBe(true);
    expect(vocabulary.durations).toContain('next working day at 09:00');
  });
});

describe('completionsAt', () => {
  it('offers the component names after < at the start of a tag, replacing the name being typed', () => {
    const { labels, word } = at('Some text.\n\n<Ch|\n');
    expect(labels).toContain('Choice');
    expect(labels).toContain('Scene');
    expect(word).toBe('Ch');
    expect(at('\n  </Sce|ne>').word).toBe('Scene');
  });

  it('offers nothing for a < inside a line of prose', () => {
    expect(at('One < two, and <Ch|').result).toBeUndefined();
  });

  it('offers the scene and ending ids of the text inside to="…", with what each is', () => {
    const { result, labels, word } = inTemplate('<Choice id="call-today" to="the-con', 0);
    expect(labels).toEqual(['the-concern', 'the-conversation', 'line-manager', 'kept-open', 'resolved-by-managers', 'involvement-ended']);
    expect(result?.options[1]).toEqual({ label: 'the-conversation', detail: 'scene, stage 1' });
    expect(result?.options[3]).toEqual({ label: 'kept-open', detail: 'ending, good' });
    expect(word).toBe('the-conversation');
  });

  it('finds ids in a draft too broken to parse, and in <Continue> and <Event>', () => {
    const broken = '<Scene id="a" stage={1}>\n\n<Choice id="x" to="b">\n\n<Scene id="b" stage="2">\n\n<Continue to="|" />\n\n<Ending id="end" outcome="good">';
    expect(checkScenarioSource(broken.replace('|', ''), 'broken.mdx').scenario).toBeUndefined();
    expect(at(broken).labels).toEqual(['a', 'b', 'end']);
    expect(at('<Scene id="a" stage={1}>\n<Event after="1h" to="|">').labels).toEqual(['a']);
  });

  it("offers the protocol's citable sections inside cite, completing only the word at the cursor", () => {
    const { result, labels, word } = inTemplate('<Feedback cite="stage-1 pro', 0);
    expect(word).toBe('proactive-approach');
    expect(labels).toContain('proactive-approach');
    expect(labels).not.toContain('stage-1'); // already in the list
    expect(result?.options.find((option) => option.label === 'timescales-are-maximums')?.detail).toBe('Timescales are maximums');
    expect(at('<Feedback cite="stage-1, |">').labels).not.toContain('stage-1');
  });

  it('offers the principles inside shows and misses', () => {
    expect(at('<Feedback shows="timeliness |">').labels).toEqual(['person-at-centre', 'respectful-challenge', 'professional-curiosity', 'recording']);
    const inList = inTemplate('shows="timeliness ', 0);
    expect(inList.word).toBe('respectful-challenge');
    expect(inList.labels).not.toContain('timeliness');
    const misses = at('<Feedback misses="|">');
    expect(misses.labels).toHaveLength(5);
    expect(misses.result?.options[0]).toEqual({ label: 'person-at-centre', detail: 'Keeps the child or adult at the centre' });
  });

  it('offers durations inside after, all of which parse, and the units after a bare number', () => {
    const { labels, word } = inTemplate('<Choice id="wait-and-see" to="involvement-ended" after="5', 0);
    expect(word).toBe('5 working days');
    expect(labels?.slice(0, 5)).toEqual(['5m', '5h', '5 days', '5 working days', '5 weeks']);
    for (const label of labels ?? []) expect(parseDuration(label).ok).toBe(true);
    expect(at('<Event after="|">').labels).toContain('30m');
    expect(at('<Continue to="x" after="|" />').labels).toContain('next working day at 09:00');
  });

  it('offers the stages with their labels inside stage={…} and resolvedAt={…}', () => {
    const { result, word } = at('<Scene id="a" stage={|2}>');
    expect(result?.options.map((option) => option.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(result?.options[4]).toEqual({ label: '5', detail: 'Stage 5: Refer to the NYSCP chair or the NYSAB manager' });
    expect(word).toBe('2');
    expect(at('<Ending id="e" outcome="good" resolvedAt={|}>').labels).toHaveLength(7);
    expect(at('<Scene id="a" stage="|">').labels).toHaveLength(7);
  });

  it('offers the grades inside outcome and the phases inside phase', () => {
    expect(at('<Ending id="e" outcome="|">').labels).toEqual(['good', 'mixed', 'poor']);
    expect(at('<Reflect id="r" phase="d|">').labels).toEqual(['before', 'during', 'after']);
  });

  it('offers nothing outside these contexts', () => {
    expect(at('Plain text |here.').result).toBeUndefined();
    expect(at('<Choice id="|"').result).toBeUndefined(); // an id is the author's to choose
    expect(at('<Scene id="a" to="|">').result).toBeUndefined(); // a Scene has no `to`
    expect(at('<Choice id="a" to="b">|').result).toBeUndefined(); // past the end of the tag
    expect(at('<Choice id="a" to="b" |').result).toBeUndefined(); // between attributes
    expect(at('<Choice id="a" after={|}').result).toBeUndefined(); // a duration is quoted
    expect(at('---\ntitle: A |title\n---\n').result).toBeUndefined();
    // An unclosed quote ends at its line or at `>`: a cursor past either is not in the value (found by the property below).
    expect(at('<Choice after="\n|').result).toBeUndefined();
    expect(at('<Choice to="a>b|').result).toBeUndefined();
  });

  it('names only attributes the parser accepts on those components', () => {
    for (const { component, attribute } of completedAttributes()) {
      const text = `---\nformatVersion: 1\n---\n\n<${component} ${attribute}="x" />\n`;
      const unknown = checkScenarioSource(text, 'probe.mdx').findings.filter((finding) => finding.code === 'unknown-attribute' || finding.code === 'unknown-component');
      expect(unknown, `${component} ${attribute}`).toEqual([]);
    }
  });

  it('never throws, and gives a range around the cursor, whatever the text and the offset', () => {
    const pieces = fc.constantFrom('<', '</', '<Choice ', '<Feedback ', 'to="', 'cite="', 'after="', 'stage={', '"', '}', '>', ' ', '\n', 'a-b', '2', ',');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')), fc.integer({ min: -5, max: 400 }), (text, offset) => {
        const result = completionsAt(text, offset, vocabulary);
        if (result === undefined) return;
        const cursor = Math.max(0, Math.min(offset, text.length));
        expect(result.from).toBeLessThanOrEqual(cursor);
        expect(result.to).toBeGreaterThanOrEqual(cursor);
        expect(result.options.length).toBeGreaterThan(0);
      }),
    );
  });
});
