import { OFCOM_DRAMA_NUMBER_RANGES } from './data/ofcom-drama-numbers.js';
import type { PersonalDataCandidate } from './personal-data-finding.js';

/**
 * True when a UK phone number (any spacing, `+44`, `0044` or `(0)` forms) lies
 * in one of Ofcom's ranges reserved for drama.
 *
 * @example
 * isOfcomDramaNumber('07700 900123'); // true
 * isOfcomDramaNumber('+44 (0)20 7946 0999'); // true
 * isOfcomDramaNumber('020 7946 1000'); // false
 */
export function isOfcomDramaNumber(value: string): boolean {
  const national = toNationalDigits(value);
  return national !== undefined && isDramaNational(national);
}

function isDramaNational(national: string): boolean {
  return national.length === 11 && OFCOM_DRAMA_NUMBER_RANGES.some((range) => national.startsWith(range.prefix));
}

/** The national form (leading 0, digits only) of a written UK number, if it is one. */
function toNationalDigits(value: string): string | undefined {
  let digits = value.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  if (digits.includes('+')) return undefined;
  return isPlausibleUkNational(digits) ? digits : undefined;
}

// 01 and 08 numbers can have ten digits (e.g. some 016977 and 0800 numbers);
// everything else in the ranges checked has eleven.
function isPlausibleUkNational(digits: string): boolean {
  if (!/^0[1-37-9]\d+$/.test(digits)) return false;
  if (digits.length === 11) return true;
  return digits.length === 10 && /^0[18]/.test(digits);
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/**
 * Reads one written phone number starting at `start`: digits with single
 * spaces, hyphens, dots or brackets between them, stopping once a full
 * national number has been read. Returns the end offset (exclusive) or -1.
 * Each call reads at most a few dozen characters, so a scan stays linear.
 */
function readNumberAt(text: string, start: number): number {
  let i = start;
  let international = false;
  if (text.startsWith('+44', i)) {
    international = true;
    i += 3;
  } else if (text.startsWith('0044', i)) {
    international = true;
    i += 4;
  }
  let digits = international ? 1 : 0; // the implied trunk 0
  let end = -1;
  let previousWasSeparator = false;
  for (; i < text.length && i - start < 32; i++) {
    if (international && text.startsWith('(0)', i)) {
      i += 2;
      previousWasSeparator = false;
      continue;
    }
    const ch = text[i];
    if (isDigit(ch)) {
      digits++;
      previousWasSeparator = false;
      if (digits >= 10) end = i + 1;
      if (digits === 11) break;
      continue;
    }
    if (ch === ' ' || ch === '-' || ch === '.' || ch === '(' || ch === ')') {
      // Two separators in a row end the number ("0113 .. later").
      if (previousWasSeparator && !(ch === ' ' && text[i - 1] === ')')) break;
      previousWasSeparator = true;
      continue;
    }
    break;
  }
  if (end === -1) return -1;
  // A digit or letter straight after means this is part of something longer.
  if (isDigit(text[end]) || isWordChar(text[end])) return -1;
  return end;
}

/**
 * Finds UK phone numbers (01, 02, 03, 07, 08 and 09 numbers, `+44` and `0044`
 * forms, spaced, hyphenated or bracketed) that are not in Ofcom's drama ranges.
 *
 * @example
 * findPhoneNumbers('ring 07700 900123 or 07911 123456').map((c) => c.text); // ['07911 123456']
 */
export function findPhoneNumbers(text: string): PersonalDataCandidate[] {
  const found: PersonalDataCandidate[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const startsNumber =
      (ch === '0' || (ch === '+' && text.startsWith('+44', i)) || (ch === '(' && text[i + 1] === '0')) &&
      !isWordChar(text[i - 1]) &&
      text[i - 1] !== '/' &&
      text[i - 1] !== '-' &&
      text[i - 1] !== '+';
    if (!startsNumber) {
      i++;
      continue;
    }
    const end = readNumberAt(text, i);
    if (end === -1) {
      i++;
      continue;
    }
    const value = text.slice(i, end);
    const national = toNationalDigits(value);
    if (national !== undefined && !isDramaNational(national)) {
      found.push({
        kind: 'phone-number',
        offset: i,
        text: value,
        message: `"${value}" is a UK phone number outside Ofcom's drama ranges.`,
        suggestion:
          "Use a number Ofcom reserves for drama, such as 01632 960123, 020 7946 0123, 0113 496 0123 or 07700 900123.",
      });
    }
    i = end;
  }
  return found;
}
