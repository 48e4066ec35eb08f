import type { PersonalDataCandidate } from './personal-data-finding.js';

// Outward code (A9, A99, AA9, AA99, A9A, AA9A) then the inward code (a digit
// and two letters, never C, I, K, M, O or V), with an optional single space.
// Also Girobank's GIR 0AA. Fixed length, so no backtracking blow-up.
const POSTCODE_SHAPE =
  /(?<![A-Za-z0-9])(?:([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})|GIR ?0AA)(?![A-Za-z0-9])/g;

const ORDINAL = /^\d(?:st|nd|rd|th)$/i;

/**
 * Finds full UK postcodes in standard outward/inward form, in either case, with
 * or without the space. Bare outward codes (`YO11`) are not reported, and
 * lower-case or mixed-case look-alikes such as `y11 2nd` or `B2 1st` are skipped.
 *
 * @example
 * findPostcodes('moved to YO11 9ZX last week').map((c) => c.text); // ['YO11 9ZX']
 */
export function findPostcodes(text: string): PersonalDataCandidate[] {
  const found: PersonalDataCandidate[] = [];
  for (const match of text.matchAll(POSTCODE_SHAPE)) {
    const value = match[0];
    const inward = match[2] ?? '';
    const mixedCase = value !== value.toUpperCase() && value !== value.toLowerCase();
    if (mixedCase || (value === value.toLowerCase() && ORDINAL.test(inward))) continue;
    found.push({
      kind: 'postcode',
      offset: match.index,
      text: value,
      message: `"${value}" is a full UK postcode.`,
      suggestion: 'Describe the area instead ("a village outside Scarborough", "the estate near the school"); never give a postcode.',
    });
  }
  return found;
}
