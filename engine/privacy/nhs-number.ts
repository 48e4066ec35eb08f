import type { PersonalDataCandidate } from './personal-data-finding.js';

/**
 * True when ten digits pass the NHS modulus 11 check: the first nine digits
 * are weighted 10 down to 2, the check digit is 11 minus the weighted sum
 * modulo 11, where 11 becomes 0 and 10 means the number cannot be valid.
 * Spaces and hyphens are ignored.
 *
 * @example
 * isValidNhsNumber('999 000 0018'); // true
 * isValidNhsNumber('999 000 0017'); // false
 */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// Ten digits, either run together or grouped 3-3-4 with one consistent
// separator. Bounded length, so no backtracking blow-up.
const NHS_SHAPE = /(?<![\w-])\d{3}([ -]?)\d{3}\1\d{4}(?![\w-]|[.,]\d)/g;

/**
 * Finds NHS numbers: ten digits, optionally spaced 3-3-4 or hyphenated, that
 * pass the modulus 11 check. Ten-digit references that fail the check are left
 * for other detectors.
 *
 * @example
 * findNhsNumbers('NHS no. 999 000 0018').map((c) => c.text); // ['999 000 0018']
 */
export function findNhsNumbers(text: string): PersonalDataCandidate[] {
  const found: PersonalDataCandidate[] = [];
  for (const match of text.matchAll(NHS_SHAPE)) {
    if (!isValidNhsNumber(match[0])) continue;
    found.push({
      kind: 'nhs-number',
      offset: match.index,
      text: match[0],
      message: `"${match[0]}" is a valid NHS number.`,
      suggestion:
        'Remove it, or write "NHS number withheld"; if the story needs one, use a test number from the 999 range that fails the check digit, such as 999 000 0017.',
    });
  }
  return found;
}
