import { describe, expect, it } from 'vitest';
import { splitScenarioChunks } from '../../../engine/scenario/scenario-chunks.js';
import { createLineIndex } from '../../../engine/kernel/line-index.js';
import { scenarioCorpus } from './scenario-corpus.js';

describe('splitScenarioChunks', () => {
  it.each(scenarioCorpus().map((entry) => [entry.file, entry.text] as const))('cuts %s into pieces that join back into the file, each starting at its line', (_, text) => {
    const chunks = splitScenarioChunks(text);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(text);
    const lines = createLineIndex(text);
    for (const chunk of chunks) expect(lines.pointAt(chunk.offset)).toEqual({ line: chunk.line, column: 1 });
  });

  it('starts a piece only at <Scene or <Ending at column 1 after a blank line', () => {
    const text = '---\nx: 1\n---\n\n<Scene id="a">\n\n<Choice>\n\n  <Scene id="indented">\n\ntext\n<Scene id="no-blank-line">\n\n<Scenery>\n\n<Ending id="e">\n';
    expect(splitScenarioChunks(text).map((chunk) => chunk.text.split('\n')[0])).toEqual(['---', '<Scene id="a">', '<Ending id="e">']);
  });

  it('counts CRLF and a lone carriage return as one line break each, as micromark does', () => {
    const text = 'a\r\nb\rc\r\n\r\n<Scene id="a">\r\n';
    const [head, scene] = splitScenarioChunks(text);
    expect(head?.text).toBe('a\r\nb\rc\r\n\r\n');
    expect(scene).toEqual({ text: '<Scene id="a">\r\n', offset: head!.text.length, line: 5 });
  });

  it('gives a file with no scene as one piece', () => {
    expect(splitScenarioChunks('just text')).toEqual([{ text: 'just text', offset: 0, line: 1 }]);
  });
});
