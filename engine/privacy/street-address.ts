import { DWELLING_UNIT_WORDS, NUMBER_LEAD_WORDS, STREET_TYPES } from './data/street-types.js';
import type { PersonalDataCandidate } from './personal-data-finding.js';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// House number (12, 12a, 12-14), then one to three capitalised words, then a
// street type. Every repetition is bounded, so a match attempt is short.
const ADDRESS_SHAPE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,:-])(\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?)?),?[ \t]+` +
    String.raw`((?:[A-Z][\p{L}'’-]{0,30}[ \t]+){1,3})` +
    `(${STREET_TYPES.map(escape).join('|')})\\.?(?![\\p{L}\\p{N}])`,
  'gu',
);

const UNIT_BEFORE = new RegExp(
  String.raw`(?:${DWELLING_UNIT_WORDS.join('|')})[ \t]+(?:\d{1,4}[A-Za-z]?,?[ \t]+)?$`,
);
const LEAD_WORD_BEFORE = /([A-Za-z]+)\.?[ \t]*$/;

// Courts are places, not streets: "Family Court", "Crown Court".
const NOT_STREETS = new Set(['Family Court', 'Crown Court', 'County Court', 'Magistrates Court', "Magistrates' Court", 'Youth Court', 'High Court', "Coroner's Court"]);

/**
 * Finds street addresses: a house number followed by a capitalised street name
 * ending in a street type ("14 Elm Grove", "Flat 3, 27 Station Road"). Street
 * names without a number ("near Station Road") are not addresses.
 *
 * @example
 * findStreetAddresses('She lives at Flat 3, 27 Larkspur Rise with her nan.').map((c) => c.text);
 * // ['Flat 3, 27 Larkspur Rise']
 */
export function findStreetAddresses(text: string): PersonalDataCandidate[] {
  const found: PersonalDataCandidate[] = [];
  for (const match of text.matchAll(ADDRESS_SHAPE)) {
    const nameWords = (match[2] ?? '').trim();
    const streetType = match[3] ?? '';
    const lastNameWord = nameWords.split(/[ \t]+/).pop() ?? '';
    if (NOT_STREETS.has(`${lastNameWord} ${streetType}`)) continue;
    let start = match.index;
    const before = text.slice(Math.max(0, start - 40), start);
    const unit = UNIT_BEFORE.exec(before);
    if (unit) {
      start -= unit[0].length;
    } else {
      const lead = LEAD_WORD_BEFORE.exec(before);
      if (lead && NUMBER_LEAD_WORDS.includes((lead[1] ?? '').toLowerCase())) continue;
    }
    const value = text.slice(start, match.index + match[0].length);
    found.push({
      kind: 'street-address',
      offset: start,
      text: value,
      message: `"${value}" is a street address.`,
      suggestion: 'Describe the place instead of giving the address ("a terraced house on the estate", "a flat above the shops").',
    });
  }
  return found;
}
