import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from './data/given-names.js';
import { NAME_CUES, NAME_TITLES } from './data/name-cues.js';
import { NON_NAME_WORDS } from './data/non-name-words.js';
import { PLACE_SUFFIX_WORDS } from './data/place-suffix-words.js';
import { SURNAMES } from './data/surnames.js';
import { normalisedPhrase } from './normalise-for-scan.js';
import type { CastMember, PersonalDataCandidate } from './personal-data-finding.js';

const lowerSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const given = lowerSet(GIVEN_NAMES);
const ambiguousGiven = lowerSet(AMBIGUOUS_GIVEN_NAMES);
const surnames = lowerSet(SURNAMES);
// Compared case-sensitively: "May" the month is not a name, "may" is a verb.
const nonNames = new Set(NON_NAME_WORDS);
const titles = new Set(NAME_TITLES);
const cues = lowerSet(NAME_CUES);
const cueFirstWords = new Set([...cues].filter((cue) => cue.includes(' ')).map((cue) => cue.slice(0, cue.indexOf(' '))));
const placeSuffixes = new Set(PLACE_SUFFIX_WORDS);

interface Token {
  /** The word as written, e.g. `Kelly's`. */
  text: string;
  /** The word without a possessive ending, e.g. `Kelly`. */
  base: string;
  start: number;
  /** Offset just past `base`. */
  baseEnd: number;
  end: number;
}

const WORD = /\p{L}(?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?(?:['’]s)?|\p{L}/gu;

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  // An exec loop and a look at the last two characters, not matchAll and a
  // replace per word: the guard tokenises every word of every scenario, and
  // this was most of its time in the site build. The one expression is
  // reused (a copy per text cost a fifth of the guard's time): the loop runs
  // to the end without calling out, so nothing else moves its lastIndex.
  const word = WORD;
  word.lastIndex = 0;
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    const written = match[0];
    const length = written.length;
    const apostrophe = length > 2 && written.charCodeAt(length - 1) === 115 ? written.charCodeAt(length - 2) : 0;
    const baseLength = apostrophe === 39 || apostrophe === 0x2019 ? length - 2 : length;
    const base = baseLength === length ? written : written.slice(0, baseLength);
    tokens.push({ text: written, base, start: match.index, baseEnd: match.index + baseLength, end: match.index + length });
  }
  return tokens;
}

/** Capitalised like a name: `Kelly`, `McKenzie`, `O'Neill`; not `NHS`, not `a`. */
function isCapitalised(word: string): boolean {
  // Most words are plain ASCII, answered without the Unicode expressions: a lower-case
  // first letter can start neither form; an upper-case one then a lower-case one is the first.
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  if (first >= 65 && first <= 90) {
    const second = word.charCodeAt(1);
    if (second >= 97 && second <= 122) return true;
  }
  return /^\p{Lu}\p{Ll}/u.test(word) || /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}/u.test(word);
}

/**
 * Finds personal names of people who are not in the cast. A name is read
 * from: a title and a capitalised word ("Mrs Patel", "PC Hughes"); a cue and
 * a capitalised word ("her mum Kelly", "a boy called Jayden"); a known given
 * name, alone or with a surname ("Jayden", "Tomasz Wiśniewski"); or a known
 * surname after another capitalised word ("Bogdan Nowak"). Agency, role,
 * place, day and month words are never names, and a cast member's first name,
 * surname or full name (possessive too) is allowed.
 *
 * @example
 * findPersonalNames('Mrs Patel rang about Jayden.', { cast: [{ name: 'Jayden Harper' }] }).map((c) => c.text);
 * // ['Mrs Patel']
 */
export function findPersonalNames(text: string, options: NameOptions = {}): PersonalDataCandidate[] {
  return personalNameFinder(options)(text);
}

/** The names a scan allows: the cast's and the scenario's `allowNames`. */
export interface NameOptions {
  cast?: readonly CastMember[];
  allowNames?: readonly string[];
}

/**
 * {@link findPersonalNames} for many texts with one cast: the allowed words
 * are gathered once, so checking every string of a scenario stays linear in
 * the cast and the texts together, rather than their product.
 *
 * @example
 * const find = personalNameFinder({ cast: [{ name: 'Jayden Harper' }] });
 * find('Mrs Patel rang.').map((c) => c.text); // ['Mrs Patel']
 * find('Jayden rang.'); // []
 */
export function personalNameFinder(options: NameOptions = {}): (text: string) => PersonalDataCandidate[] {
  const allowed = allowedNameWords(options);
  return (text) => findNamesAllowing(text, allowed);
}

function findNamesAllowing(text: string, allowed: ReadonlySet<string>): PersonalDataCandidate[] {
  const tokens = tokenise(text);
  const found: PersonalDataCandidate[] = [];

  const gapIs = (a: Token, b: Token, pattern: RegExp): boolean => pattern.test(text.slice(a.end, b.start));
  const adjacent = (a: Token | undefined, b: Token | undefined): b is Token =>
    a !== undefined && b !== undefined && a.end === a.baseEnd && gapIs(a, b, /^[ \t]$/);
  const nameLike = (t: Token | undefined): t is Token =>
    t !== undefined && t.base.length > 1 && isCapitalised(t.base) && !nonNames.has(t.base) && !titles.has(t.base);
  const afterSaint = (index: number): boolean => {
    const previous = tokens[index - 1];
    return previous !== undefined && (previous.base === 'St' || previous.base === 'Saint') && gapIs(previous, tokens[index]!, /^\.?[ \t]$/);
  };

  /** Extends a name from `first` over up to `max` adjacent name-like words. */
  const extend = (first: number, max: number): number => {
    let last = first;
    while (
      last - first + 1 < max &&
      adjacent(tokens[last], tokens[last + 1]) &&
      nameLike(tokens[last + 1]) &&
      !placeSuffixes.has(tokens[last + 1]!.base)
    ) {
      last++;
    }
    return last;
  };

  const report = (spanStart: number, nameFirst: number, nameLast: number): void => {
    const nameTokens = tokens.slice(nameFirst, nameLast + 1);
    const followedBy = tokens[nameLast + 1];
    if (adjacent(tokens[nameLast], followedBy) && placeSuffixes.has(followedBy.base)) return;
    if (nameTokens.every((t) => allowed.has(t.base.toLowerCase()))) return;
    const startToken = tokens[spanStart]!;
    const endToken = tokens[nameLast]!;
    const value = text.slice(startToken.start, endToken.baseEnd);
    found.push({
      kind: 'personal-name',
      offset: startToken.start,
      text: value,
      message: `"${value}" looks like a person's name and is not in the scenario's cast.`,
      suggestion: `If this person is fictional, add "${value}" to the scenario's cast; otherwise refer to a cast member or to a role ("the health visitor").`,
    });
  };

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const next = tokens[i + 1];

    // "Mrs Patel", "Dr. Amara Okafor", "PC Hughes".
    if (titles.has(token.base) && next !== undefined && gapIs(token, next, /^\.?[ \t]$/) && nameLike(next)) {
      const last = extend(i + 1, 3);
      report(i, i + 1, last);
      i = last + 1;
      continue;
    }

    // "her mum Kelly", "a lad called Jayden", "my name is Tomasz".
    const cueLength = cueAt(tokens, i, text);
    if (cueLength > 0) {
      const first = i + cueLength;
      const candidate = tokens[first];
      const cueEnd = tokens[first - 1]!;
      if (candidate !== undefined && gapIs(cueEnd, candidate, /^,?[ \t]$/) && nameLike(candidate) && !afterSaint(first)) {
        const last = extend(first, 3);
        report(first, first, last);
        i = last + 1;
        continue;
      }
    }

    if (nameLike(token) && !afterSaint(i)) {
      const lower = token.base.toLowerCase();
      const isGiven = given.has(lower);
      const isAmbiguous = ambiguousGiven.has(lower);
      // "Tomasz Wiśniewski", "Grace Okafor", "Jayden".
      if (isGiven || isAmbiguous) {
        const last = extend(i, 3);
        if (last > i || isGiven) {
          report(i, i, last);
          i = last + 1;
          continue;
        }
      }
      // "Bogdan Nowak": an unknown first name before a known surname.
      if (adjacent(token, next) && nameLike(next) && surnames.has(next.base.toLowerCase())) {
        report(i, i, i + 1);
        i += 2;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** How many tokens a cue at `index` takes ("mum" = 1, "name is" = 2), or 0. */
function cueAt(tokens: readonly Token[], index: number, text: string): number {
  const first = tokens[index];
  if (first === undefined) return 0;
  const lower = first.text.toLowerCase();
  const second = tokens[index + 1];
  // A two-word cue is looked up only after a word that starts one ("name",
  // "known"), so most words cost one lower-casing and one lookup.
  if (second !== undefined && cueFirstWords.has(lower)) {
    // One space or tab between them, read without slicing the text.
    const gap = second.start - first.end !== 1 ? undefined : text.charCodeAt(first.end);
    if ((gap === 32 || gap === 9) && cues.has(`${lower} ${second.text.toLowerCase()}`)) return 2;
  }
  return cues.has(lower) ? 1 : 0;
}

/**
 * Every word of every cast name and allowed name, lower-cased, titles
 * dropped, read through the same disguises as the scanned text.
 */
function allowedNameWords(options: NameOptions): Set<string> {
  const allowed = new Set<string>();
  const add = (phrase: string): void => {
    for (const token of tokenise(normalisedPhrase(phrase))) {
      if (!titles.has(token.base)) allowed.add(token.base.toLowerCase());
    }
  };
  for (const member of options.cast ?? []) add(member.name);
  for (const name of options.allowNames ?? []) add(name);
  return allowed;
}
