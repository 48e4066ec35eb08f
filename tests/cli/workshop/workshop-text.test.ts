/**
 * The plain workshop's words: Markdown reduced to plain lines, the names of
 * tables as a phrase, and one line of votes read and checked.
 */
import { describe, expect, it } from 'vitest';
import { listWords, markdownLines, parseVotes } from '../../../cli/app/plain/workshop-text.js';

describe('markdownLines', () => {
  it('gives one plain line per heading, paragraph and list item, with no Markdown syntax left', () => {
    const lines = markdownLines('## Monday, 3.30pm\n\nYou **disagree** with\nthe *closure*; see [stage 1](guidance:stage-1).\n\n- The last visit\n  was two weeks ago.\n- Amara was late.\n\n<b>raw</b> html');
    expect(lines).toEqual(['Monday, 3.30pm', 'You disagree with the closure; see stage 1.', '• The last visit was two weeks ago.', '• Amara was late.', 'raw html']);
    expect(lines.join('\n')).not.toMatch(/\*|\]\(|<\/?b>|^#/m);
  });
});

describe('listWords', () => {
  it('joins names as a person would say them', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['Police'])).toBe('Police');
    expect(listWords(['Police', 'Health'])).toBe('Police and Health');
    expect(listWords(['Police', 'Health', 'School'])).toBe('Police, Health and School');
  });
});

describe('parseVotes', () => {
  const tables = ['Police', 'Health', 'School', 'Children’s social care'];

  it('reads one choice number per table, separated by spaces or commas, or run together when every choice is one digit', () => {
    expect(parseVotes('1 1 2 4', tables, 4)).toEqual({ votes: [1, 1, 2, 4] });
    expect(parseVotes(' 1, 1,2 ,4 ', tables, 4)).toEqual({ votes: [1, 1, 2, 4] });
    expect(parseVotes('1124', tables, 4)).toEqual({ votes: [1, 1, 2, 4] });
  });

  it('says what is wrong, naming the tables in order, when a vote is missing or not a choice', () => {
    expect(parseVotes('1 1 2', tables, 4)).toEqual({ problem: '3 votes for 4 tables: type a number from 1 to 4 for each table, in this order: Police, Health, School, Children’s social care.' });
    expect(parseVotes('1 1 2 5', tables, 4)).toEqual({ problem: '5 is not a choice: type a number from 1 to 4 for each table.' });
    expect(parseVotes('1 one 2 4', tables, 4)).toEqual({ problem: '“one” is not a choice: type a number from 1 to 4 for each table.' });
    expect(parseVotes('0', ['Police'], 3)).toMatchObject({ problem: expect.stringMatching(/^0 is not a choice/) });
  });
});
