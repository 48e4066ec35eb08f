import type { PersonalDataCandidate } from './personal-data-finding.js';

/**
 * HMRC's format rules for National Insurance numbers, kept as data.
 * Source: HMRC National Insurance Manual, NIM39110 (what a NINO looks like),
 * paraphrased: the first letter is never D, F, I, Q, U or V; the second is
 * never D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are not
 * allocated as prefixes; the final letter is A, B, C or D.
 */
const NI_NUMBER_RULES = {
  firstLetterExcludes: 'DFIQUV',
  secondLetterExcludes: 'DFIOQUV',
  unallocatedPrefixes: ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'],
  suffixes: 'ABCD',
} as const;

// Two letters, then three pairs of digits and the suffix, each optionally
// preceded by one space. Fixed length, so matching is linear.
const NI_SHAPE = /(?<![A-Za-z0-9])([A-Za-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-Za-z])(?![A-Za-z0-9])/g;

/**
 * True when a string is a National Insurance number in HMRC's format
 * (spaces between the pairs allowed, letters in either case).
 *
 * @example
 * isNiNumberShape('AB 12 34 56 C'); // true
 * isNiNumberShape('QQ 12 34 56 C'); // false: Q is never a first letter
 */
export function isNiNumberShape(value: string): boolean {
  NI_SHAPE.lastIndex = 0;
  const match = NI_SHAPE.exec(value.trim());
  NI_SHAPE.lastIndex = 0;
  return match !== null && match[0].length === value.trim().length && prefixAndSuffixAllowed(match);
}

function prefixAndSuffixAllowed(match: RegExpMatchArray): boolean {
  const prefix = (match[1] ?? '').toUpperCase();
  const suffix = (match[5] ?? '').toUpperCase();
  const [first = '', second = ''] = prefix;
  return (
    !NI_NUMBER_RULES.firstLetterExcludes.includes(first) &&
    !NI_NUMBER_RULES.secondLetterExcludes.includes(second) &&
    !(NI_NUMBER_RULES.unallocatedPrefixes as readonly string[]).includes(prefix) &&
    NI_NUMBER_RULES.suffixes.includes(suffix)
  );
}

/**
 * Finds National Insurance numbers that follow HMRC's letter rules.
 *
 * @example
 * findNiNumbers('NI: JT 48 26 91 B').map((c) => c.text); // ['JT 48 26 91 B']
 */
export function findNiNumbers(text: string): PersonalDataCandidate[] {
  const found: PersonalDataCandidate[] = [];
  for (const match of text.matchAll(NI_SHAPE)) {
    if (!prefixAndSuffixAllowed(match)) continue;
    found.push({
      kind: 'ni-number',
      offset: match.index,
      text: match[0],
      message: `"${match[0]}" is shaped like a National Insurance number.`,
      suggestion:
        'Remove it; a scenario never needs one. If a form in the story must show one, use HMRC\'s unallocatable specimen QQ 12 34 56 C.',
    });
  }
  return found;
}
