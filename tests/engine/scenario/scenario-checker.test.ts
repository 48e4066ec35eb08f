import { describe, expect, it } from 'vitest';
import { createScenarioChecker } from '../../../engine/index.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';
import { largestScenario, scenarioCorpus } from './scenario-corpus.js';

/** One edit of a text: what it does, and the new text. */
type Edit = [what: string, edit: (text: string) => string];

/** Inserts `inserted` at `at` (a string: just before its first occurrence after `after`). */
function insertBefore(text: string, at: string, inserted: string, after = 0): string {
  const index = text.indexOf(at, after);
  if (index === -1) throw new Error(`"${at}" is not in the text`);
  return text.slice(0, index) + inserted + text.slice(index);
}

/** The line holding offset `at`, removed. */
function deleteLineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(0, start) + text.slice(end + 1);
}

describe('createScenarioChecker', () => {
  it.each(scenarioCorpus().map((entry) => [entry.file, entry.text] as const))('checks %s exactly as checkScenarioSource does', (file, text) => {
    expect(createScenarioChecker().check(text, file)).toStrictEqual(checkScenarioSource(text, file));
  });

  it('gives the same results with one checker shared by every file, and a second time round', () => {
    const checker = createScenarioChecker();
    for (let round = 0; round < 2; round += 1) {
      for (const { file, text } of scenarioCorpus()) expect(checker.check(text, file)).toStrictEqual(checkScenarioSource(text, file));
    }
  });

  it('passes the options through: the protocols, the privacy switch and extra checks', () => {
    const { file, text } = largestScenario();
    const withPhone = insertBefore(text, '</Scene>', 'Ring 07700 900123.\n\n', text.length / 2);
    const extra = [() => [{ severity: 'warning' as const, code: 'extra', message: 'x', hint: 'y', file, line: 1, column: 1 }]];
    const checker = createScenarioChecker();
    for (const options of [{}, { privacy: false }, { extraChecks: extra }, { protocols: {} }]) {
      expect(checker.check(withPhone, file, options)).toStrictEqual(checkScenarioSource(withPhone, file, options));
    }
  });

  it('stays equal through an author\'s edits: typing, deleting, breaking a tag and fixing it, adding a scene, renaming an id', () => {
    const { file, text: original } = largestScenario();
    const middle = Math.floor(original.length / 2);
    const firstScene = /<Scene id="([a-z0-9-]+)"/.exec(original.slice(original.indexOf('<Scene', middle)))![1]!;
    const edits: Edit[] = [
      ['type a letter in a scene', (text) => insertBefore(text, ' the ', ' a', middle)],
      ['type a second letter beside it', (text) => insertBefore(text, ' a the ', 'n', middle)],
      ['delete a line of narrative', (text) => deleteLineAt(text, text.indexOf('.\n', middle + 2000))],
      ['break a tag', (text) => insertBefore(text, '<Choice', '<Choic ', middle)],
      ['fix it', (text) => text.replace('<Choic <Choice', '<Choice')],
      ['open a tag and leave it open', (text) => insertBefore(text, '</Scene>', '<Feedback>\n\n', middle)],
      ['close it again', (text) => text.replace('<Feedback>\n\n</Scene>', '</Scene>')],
      ['add a scene at the end', (text) => `${text}\n<Scene id="added-scene" stage={1}>\n\nA new scene.\n\n<Continue to="${firstScene}" />\n\n</Scene>\n`],
      ['add a scene in the middle', (text) => insertBefore(text, '<Scene', `<Scene id="middle-scene" stage={2}>\n\nIn the middle.\n\n</Scene>\n\n`, middle)],
      ['rename an id, breaking the links to it', (text) => text.replaceAll(`id="${firstScene}"`, 'id="renamed-scene"')],
      ['rename the links too', (text) => text.replaceAll(`to="${firstScene}"`, 'to="renamed-scene"')],
      ['write a link reference definition', (text) => insertBefore(text, '</Scene>', '[guide]: https://example.org\n\n', middle)],
      ['remove it', (text) => text.replace('[guide]: https://example.org\n\n', '')],
      ['undo everything', () => original],
    ];
    const checker = createScenarioChecker();
    let text = original;
    expect(checker.check(text, file)).toStrictEqual(checkScenarioSource(text, file));
    for (const [what, edit] of edits) {
      const edited = edit(text);
      expect(edited, what).not.toBe(text);
      text = edited;
      expect(checker.check(text, file), what).toStrictEqual(checkScenarioSource(text, file));
    }
  });
});
