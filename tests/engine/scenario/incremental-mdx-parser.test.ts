import { describe, expect, it } from 'vitest';
import { createIncrementalMdxParser } from '../../../engine/scenario/incremental-mdx-parser.js';
import { parseMdx } from '../../../engine/scenario/mdx-processor.js';
import { largestScenario, scenarioCorpus } from './scenario-corpus.js';

/** What the whole-file parser gives, or the message and place of what it throws. */
function outcome(parse: (text: string) => unknown, text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    const problem = error as { message?: unknown; line?: unknown; column?: unknown; place?: unknown };
    return { threw: problem.message, line: problem.line, column: problem.column, place: problem.place };
  }
}

const scene = (id: string, body: string) => `<Scene id="${id}" stage={1}>\n\n${body}\n\n</Scene>\n`;
const file = (...parts: string[]) => ['---\ntitle: A test\n---\n', ...parts].join('\n');

describe('createIncrementalMdxParser', () => {
  it.each(scenarioCorpus().map((entry) => [entry.file, entry.text] as const))('gives exactly the whole-file parse of %s, estree included', (file, text) => {
    const parser = createIncrementalMdxParser();
    expect(parser.parse(text)).toEqual(parseMdx(text));
    // Every bundled scenario is read scene by scene; a fixture with text outside its scenes is read whole.
    if (file.startsWith('scenarios/')) expect(parser.lastParse().wholeFile).toBe(false);
  });

  it('re-parses only the scene that changed, and reuses the rest at their new lines and offsets', () => {
    const { text } = largestScenario();
    const parser = createIncrementalMdxParser();
    parser.parse(text);
    const at = text.indexOf('\n\n', text.length / 2);
    // Two lines added in the middle: every scene after them moves.
    const edited = `${text.slice(0, at)}\n\nA new paragraph,\nover two lines.${text.slice(at)}`;
    expect(parser.parse(edited)).toEqual(parseMdx(edited));
    expect(parser.lastParse()).toMatchObject({ parsed: 1, wholeFile: false });
    expect(parser.parse(text)).toEqual(parseMdx(text));
    expect(parser.lastParse()).toMatchObject({ parsed: 0, wholeFile: false });
  });

  it('places one scene written several times at each of its places', () => {
    const text = file(scene('same', 'Thrice.'), scene('same', 'Thrice.'), scene('same', 'Thrice.'));
    const parser = createIncrementalMdxParser();
    expect(parser.parse(text)).toEqual(parseMdx(text));
    // The last copy ends the file, so its text differs from the others by the blank line after them.
    expect(parser.lastParse()).toMatchObject({ chunks: 4, parsed: 3, wholeFile: false });
  });

  it.each([
    ['a syntax error, with the whole parser\'s message and place', file(scene('a', 'Fine.'), '<Scene id="b" stage={1}>\n\nBroken <Choice\n\n</Scene>\n')],
    ['an unclosed tag whose closing tag is in a later scene', file('<Scene id="a" stage={1}>\n\nOpen.\n', scene('b', 'Inside a.'), '</Scene>\n')],
    ['a comment that runs over a scene', file('{/*\n', scene('a', 'Commented out.'), '*/}\n')],
    ['a fence left open before a scene', file(scene('a', 'Fine.'), '```\ncode\n', scene('b', 'Inside the fence.'))],
    ['a fence left open inside a scene', file('<Scene id="a" stage={1}>\n\n```\n', scene('b', 'Inside the fence.'))],
    ['a link reference defined in another scene', file(scene('a', 'See [the guide].'), scene('b', '[the guide]: https://example.org'))],
    ['text outside every scene', file(scene('a', 'Fine.'), 'Stray text.\n', scene('b', 'Fine.'))],
    ['a list left open at the end of the head', file('- one\n- two\n', scene('a', 'Fine.'))],
    ['frontmatter that is never closed', `---\ntitle: x\n\n${scene('a', 'Fine.')}`],
    ['lone carriage returns and CRLF', file(scene('a', 'One.'), scene('b', 'Two.')).replaceAll('\n', '\r\n').replace('One.', 'One.\rMore.')],
    ['a scene tag that is not flow (text after it)', file(scene('a', 'Fine.'), '<Scene id="b" stage={1}> and text\n\n</Scene>\n')],
  ])('falls back to the whole-file parse for %s, and gives what it gives', (_, text) => {
    const parser = createIncrementalMdxParser();
    expect(outcome(parser.parse, text)).toEqual(outcome(parseMdx, text));
  });

  it('reads a file with no scene at column 1 after a blank line as one piece', () => {
    const parser = createIncrementalMdxParser();
    const text = '---\ntitle: x\n---\n<Scene id="a" stage={1}>\n\nHi.\n\n</Scene>\n';
    expect(parser.parse(text)).toEqual(parseMdx(text));
    expect(parser.lastParse()).toMatchObject({ chunks: 1, wholeFile: true });
  });

  it('takes pieces from a store before parsing them, and keeps there only what JSON keeps as it is', () => {
    const kept = new Map<string, string>();
    const store = { get: (text: string) => (kept.has(text) ? JSON.parse(kept.get(text)!) : undefined), set: (text: string, value: unknown) => void kept.set(text, JSON.stringify(value)) };
    // {1e999} is Infinity, which JSON would turn into null: that scene is parsed every time.
    const text = file(scene('a', 'Plain.'), '<Scene id="b" stage={1e999}>\n\nBig.\n\n</Scene>\n', scene('c', 'Plain too {/* and a comment */}.'));
    expect(createIncrementalMdxParser({ store }).parse(text)).toEqual(parseMdx(text));
    expect(kept.size).toBe(3);
    const again = createIncrementalMdxParser({ store });
    expect(again.parse(text)).toEqual(parseMdx(text));
    expect(again.lastParse()).toMatchObject({ chunks: 4, parsed: 1, restored: 3, wholeFile: false });
  });

  it('ignores what a store gives back that is not a parsed piece', () => {
    const text = file(scene('a', 'One.'), scene('b', 'Two.'));
    const parser = createIncrementalMdxParser({ store: { get: () => ({ children: 'not a list' }), set: () => undefined } });
    expect(parser.parse(text)).toEqual(parseMdx(text));
    expect(parser.lastParse().restored).toBe(0);
  });

  it('keeps every piece of the latest text however small the bound, and forgets older ones', () => {
    const { text } = largestScenario();
    const parser = createIncrementalMdxParser({ maxCachedChunks: 0 });
    parser.parse(text);
    parser.parse(text);
    expect(parser.lastParse().parsed).toBe(0);
    const at = text.lastIndexOf('</Scene>');
    parser.parse(`${text.slice(0, at)}More.\n\n${text.slice(at)}`);
    expect(parser.lastParse().parsed).toBe(1);
    // The scene as it was before the edit has been forgotten.
    parser.parse(text);
    expect(parser.lastParse().parsed).toBe(1);
  });
});
