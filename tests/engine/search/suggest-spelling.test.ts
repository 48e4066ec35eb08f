import { describe, expect, it } from 'vitest';
import { buildSpellingVocabulary, suggestSpelling } from '../../../engine/search/suggest-spelling.js';

const vocabulary = buildSpellingVocabulary([
  { title: 'Stage 7: the escalation panel', text: 'The escalation panel recommends. The manager records it.' },
  { title: 'Managers', text: 'Each manager of the agency. Capacity and capability.' },
]);

describe('buildSpellingVocabulary', () => {
  it('counts the shown words of three letters or more, without stop words or numbers', () => {
    expect(vocabulary.counts.get('escalation')).toBe(2);
    expect(vocabulary.counts.get('manager')).toBe(2);
    expect(vocabulary.counts.has('the')).toBe(false);
    expect(vocabulary.counts.has('7')).toBe(false);
  });
});

describe('suggestSpelling', () => {
  it('corrects a dropped letter, a wrong letter and two swapped letters', () => {
    expect(suggestSpelling('escalaton', vocabulary)).toBe('escalation');
    expect(suggestSpelling('panal', vocabulary)).toBe('panel');
    expect(suggestSpelling('mangaer', vocabulary)).toBe('manager');
  });

  it('prefers the closest word, then the commonest', () => {
    // "managers" and "manager" are both within two edits of "managr"; "manager" is one away.
    expect(suggestSpelling('managr', vocabulary)).toBe('manager');
  });

  it('allows two edits only in longer words, and none in short ones', () => {
    expect(suggestSpelling('capasiti', vocabulary)).toBe('capacity');
    expect(suggestSpelling('pnal', vocabulary)).toBeUndefined();
    expect(suggestSpelling('tge', vocabulary)).toBeUndefined();
  });

  it('suggests nothing for numbers or words far from every shown word', () => {
    expect(suggestSpelling('1234', vocabulary)).toBeUndefined();
    expect(suggestSpelling('zzqqxx', vocabulary)).toBeUndefined();
  });
});
