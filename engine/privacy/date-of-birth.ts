import type { PersonalDataCandidate } from './personal-data-finding.js';

// Words that mark the next date as a birth date: "DOB", "D.O.B.", "date of
// birth", "born" (and "born on", "was born on the"). Event dates carry none.
const BIRTH_CUE = /\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|born(?![a-z]))/gi;

// Between the cue and the date: punctuation and a few linking words.
const BRIDGE = /(?:[\s:=|(\-–—]|\b(?:is|was|on|the|of)\b){0,12}/y;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

// The date shapes accepted: 12/03/2015, 12-03-15, 12.03.2015, 2009-07-30,
// 4 May 2011, 4th of May 2011, May 4, 2011, May 4th 2011.
const DATE = new RegExp(
  [
    String.raw`\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)`,
    String.raw`\d{4}-\d{1,2}-\d{1,2}(?!\d)`,
    String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}\.?,?\s+\d{4}(?!\d)`,
    String.raw`${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)`,
  ].join('|'),
  'iy',
);

/**
 * Finds dates given as someone's date of birth: a full date (day, month and
 * year) straight after a cue such as "DOB", "date of birth" or "born on".
 * Dates of meetings and other events have no such cue and are not reported.
 *
 * @example
 * findDatesOfBirth('Child A (DOB 12/03/2015) was seen on 4 May 2023.').map((c) => c.text); // ['12/03/2015']
 */
export function findDatesOfBirth(text: string): PersonalDataCandidate[] {
  const found: PersonalDataCandidate[] = [];
  for (const cue of text.matchAll(BIRTH_CUE)) {
    BRIDGE.lastIndex = cue.index + cue[0].length;
    BRIDGE.exec(text);
    DATE.lastIndex = BRIDGE.lastIndex;
    const date = DATE.exec(text);
    if (date === null) continue;
    found.push({
      kind: 'date-of-birth',
      offset: date.index,
      text: date[0],
      message: `"${date[0]}" is given as a date of birth.`,
      suggestion: 'Remove the date of birth; give an age or school year instead ("aged 8", "in Year 4").',
    });
  }
  return found;
}
