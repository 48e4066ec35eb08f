import { findDatesOfBirth } from './date-of-birth.js';
import { findEmails } from './email.js';
import { createLineIndex, type LineIndex, type TextOrigin } from '../kernel/line-index.js';
import { findNhsNumbers } from './nhs-number.js';
import { findNiNumbers } from './ni-number.js';
import { PersonalDataError } from './personal-data-error.js';
import { normaliseForScan, normalisedPhrase } from './normalise-for-scan.js';
import type { PersonalDataCandidate, PersonalDataFinding, ScanOptions } from './personal-data-finding.js';
import { PERSONAL_DATA_KINDS } from './personal-data-kinds.js';
import { personalNameFinder } from './personal-name.js';
import { findPhoneNumbers } from './phone-number.js';
import { findPostcodes } from './postcode.js';
import { findStreetAddresses } from './street-address.js';

const priority = (candidate: PersonalDataCandidate): number => PERSONAL_DATA_KINDS.indexOf(candidate.kind);

/** What a scan allows: everything in {@link ScanOptions} but where the text starts. */
export type ScanRules = Omit<ScanOptions, 'startLine' | 'startColumn'>;

const DISGUISE_NOTE = ' It is written with invisible or look-alike characters, which hide it from a plain search.';

/**
 * Scans a text (a scenario, a case timeline, a snippet of either) for personal
 * data: NHS and National Insurance numbers, email addresses, phone numbers,
 * postcodes, dates of birth, street addresses and names of people who are not
 * in the declared cast. Every finding is an error with a message and a
 * suggestion. Pure and roughly linear in the length of the text.
 *
 * The detectors read the text with its disguises taken off
 * (`normaliseForScan`: invisible characters removed, NFKC, look-alike
 * letters read as Latin), so `J\u200Bohn Smith` and full-width digits are
 * found; each finding's text, offset, length, line and column are those of
 * the text as written.
 *
 * When two detections claim the same characters, the more specific kind wins
 * (an NHS number over a phone number, a street address over a name). A
 * finding is silenced only by an acknowledgement of the same kind and exact
 * text (as written, or as read) that gives a non-blank reason.
 *
 * Offsets are in the scanned text; lines and columns are shifted by
 * `startLine`/`startColumn` so a caller scanning part of a file (say, an MDX
 * body after its front matter) gets positions in the file.
 *
 * @example
 * scanForPersonalData('Mum Kelly rang from 07911 123456.', { cast: [{ name: 'Kelly Harper' }] });
 * // [{ kind: 'phone-number', text: '07911 123456', line: 1, column: 21, ... }]
 */
export function scanForPersonalData(text: string, options: ScanOptions = {}): PersonalDataFinding[] {
  return personalDataScanner(options)(text, options);
}

/**
 * {@link scanForPersonalData} for many texts under one set of rules (a
 * scenario's cast, acknowledgements and allowed names): the rules are
 * prepared once, so scanning every string of a file is linear in the cast
 * and the texts together.
 *
 * @example
 * const scan = personalDataScanner({ cast: [{ name: 'Kelly Harper' }] });
 * scan('Kelly rang.', { startLine: 12 }); // []
 */
export function personalDataScanner(rules: ScanRules = {}): (text: string, origin?: TextOrigin) => PersonalDataFinding[] {
  const findNames = personalNameFinder(rules);
  const acknowledged = (rules.acknowledged ?? [])
    .filter((ack) => ack.reason.trim().length > 0)
    .map((ack) => ({ kind: ack.kind, text: ack.text, read: normalisedPhrase(ack.text) }));
  return (text, origin = {}) => {
    let lines: LineIndex;
    try {
      lines = createLineIndex(text, origin);
    } catch (error) {
      throw new PersonalDataError(
        (error as Error).message,
        'Pass the 1-based line and column where the scanned text starts in its file, or leave both out.',
      );
    }
    const read = normaliseForScan(text);
    const scanned = read.text;
    const candidates = [
      ...findNhsNumbers(scanned),
      ...findNiNumbers(scanned),
      ...findEmails(scanned),
      ...findPhoneNumbers(scanned),
      ...findPostcodes(scanned),
      ...findDatesOfBirth(scanned),
      ...findStreetAddresses(scanned),
      ...findNames(scanned),
    ];
    const findings: PersonalDataFinding[] = [];
    for (const candidate of resolveOverlaps(candidates)) {
      const span = read.originalSpan(candidate.offset, candidate.offset + candidate.text.length);
      const written = text.slice(span.start, span.end);
      const silenced = acknowledged.some((ack) => ack.kind === candidate.kind && (ack.text === written || ack.read === candidate.text));
      if (silenced) continue;
      const { line, column } = lines.pointAt(span.start);
      findings.push({
        kind: candidate.kind,
        severity: 'error',
        text: written,
        offset: span.start,
        length: written.length,
        line,
        column,
        message: written === candidate.text ? candidate.message : `${candidate.message}${DISGUISE_NOTE}`,
        suggestion: candidate.suggestion,
      });
    }
    return findings;
  };
}

/** Keeps the highest-priority candidate where spans overlap; returns them in text order. */
function resolveOverlaps(candidates: PersonalDataCandidate[]): PersonalDataCandidate[] {
  const byPriority = [...candidates].sort((a, b) => priority(a) - priority(b) || a.offset - b.offset);
  const kept: PersonalDataCandidate[] = [];
  // Sorted by offset so each check is a binary search, not a scan of everything kept.
  const claimed: Array<[start: number, end: number]> = [];
  for (const candidate of byPriority) {
    const start = candidate.offset;
    const end = start + candidate.text.length;
    let low = 0;
    let high = claimed.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (claimed[mid]![0] < start) low = mid + 1;
      else high = mid;
    }
    const before = claimed[low - 1];
    const after = claimed[low];
    if ((before && before[1] > start) || (after && after[0] < end)) continue;
    claimed.splice(low, 0, [start, end]);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.offset - b.offset || priority(a) - priority(b));
}
