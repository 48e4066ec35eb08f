import { findDatesOfBirth } from './date-of-birth.js';
import { findEmails } from './email.js';
import { createLineIndex, type LineIndex } from '../kernel/line-index.js';
import { findNhsNumbers } from './nhs-number.js';
import { findNiNumbers } from './ni-number.js';
import { PersonalDataError } from './personal-data-error.js';
import type { Acknowledgement, PersonalDataCandidate, PersonalDataFinding, ScanOptions } from './personal-data-finding.js';
import { PERSONAL_DATA_KINDS } from './personal-data-kinds.js';
import { findPersonalNames } from './personal-name.js';
import { findPhoneNumbers } from './phone-number.js';
import { findPostcodes } from './postcode.js';
import { findStreetAddresses } from './street-address.js';

const priority = (candidate: PersonalDataCandidate): number => PERSONAL_DATA_KINDS.indexOf(candidate.kind);

/**
 * Scans a text (a scenario, a case timeline, a snippet of either) for personal
 * data: NHS and National Insurance numbers, email addresses, phone numbers,
 * postcodes, dates of birth, street addresses and names of people who are not
 * in the declared cast. Every finding is an error with a message and a
 * suggestion. Pure and roughly linear in the length of the text.
 *
 * When two detections claim the same characters, the more specific kind wins
 * (an NHS number over a phone number, a street address over a name). A
 * finding is silenced only by an acknowledgement of the same kind and exact
 * text that gives a non-blank reason.
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
  let lines: LineIndex;
  try {
    lines = createLineIndex(text, options);
  } catch (error) {
    throw new PersonalDataError(
      (error as Error).message,
      'Pass the 1-based line and column where the scanned text starts in its file, or leave both out.',
    );
  }
  const candidates = [
    ...findNhsNumbers(text),
    ...findNiNumbers(text),
    ...findEmails(text),
    ...findPhoneNumbers(text),
    ...findPostcodes(text),
    ...findDatesOfBirth(text),
    ...findStreetAddresses(text),
    ...findPersonalNames(text, options),
  ];
  return resolveOverlaps(candidates)
    .filter((candidate) => !isAcknowledged(candidate, options.acknowledged ?? []))
    .map((candidate) => {
      const { line, column } = lines.pointAt(candidate.offset);
      return {
        kind: candidate.kind,
        severity: 'error' as const,
        text: candidate.text,
        offset: candidate.offset,
        length: candidate.text.length,
        line,
        column,
        message: candidate.message,
        suggestion: candidate.suggestion,
      };
    });
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

function isAcknowledged(candidate: PersonalDataCandidate, acknowledged: readonly Acknowledgement[]): boolean {
  return acknowledged.some(
    (ack) => ack.kind === candidate.kind && ack.text === candidate.text && ack.reason.trim().length > 0,
  );
}
