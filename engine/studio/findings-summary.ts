/**
 * The studio's findings in a sentence: for the status line under the
 * editor, and for the polite live region that tells a screen-reader user
 * what changed after a check, without speaking on every keystroke.
 */
import { countOf } from '../kernel/count-of.js';
import type { Finding } from '../scenario/finding.js';

/**
 * How many errors and warnings, as a sentence.
 *
 * @example
 * findingsSummary([]); // 'No problems found.'
 * findingsSummary([error, error, warning]); // '2 errors and 1 warning.'
 * findingsSummary([warning]); // '1 warning.'
 */
export function findingsSummary(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (errors === 0 && warnings === 0) return 'No problems found.';
  const parts = [errors > 0 ? countOf(errors, 'error') : '', warnings > 0 ? countOf(warnings, 'warning') : ''].filter(Boolean);
  return `${parts.join(' and ')}.`;
}

/** How many findings an announcement names before saying "and N more". */
const NAMED = 3;

/** A finding's identity for "did the set change": its code and line. */
const keyOf = (finding: Finding) => `${finding.code}@${finding.line}`;

/** A finding in a few spoken words: `dead end at line 40`. */
function spoken(finding: Finding): string {
  return `${String(finding.code).replaceAll('-', ' ')} at line ${finding.line}`;
}

/** "a, b, c and 2 more". */
function listOf(findings: readonly Finding[]): string {
  const named = findings.slice(0, NAMED).map(spoken);
  const more = findings.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** The findings of `from` that `without` does not have, counting repeats (a multiset difference). */
function minus(from: readonly Finding[], without: readonly Finding[], key: (finding: Finding) => string): Finding[] {
  const left = new Map<string, number>();
  for (const finding of without) left.set(key(finding), (left.get(key(finding)) ?? 0) + 1);
  return from.filter((finding) => {
    const count = left.get(key(finding)) ?? 0;
    if (count === 0) return true;
    left.set(key(finding), count - 1);
    return false;
  });
}

/**
 * What a polite live region should say after a check, or `undefined` when
 * there is nothing new to say. The set of findings is compared by code and
 * line; a finding that only moved (the same code on another line, because
 * the author added or removed lines above it) is not news, so typing a
 * paragraph above a known problem stays quiet. With no previous check, the
 * summary alone.
 *
 * @example
 * findingsAnnouncement([], [deadEndAt40]); // 'New: dead end at line 40. 1 error.'
 * findingsAnnouncement([deadEndAt40], []); // 'Fixed: dead end at line 40. No problems found.'
 * findingsAnnouncement([deadEndAt40], [deadEndAt41]); // undefined: it only moved
 * findingsAnnouncement(undefined, []); // 'No problems found.'
 */
export function findingsAnnouncement(previous: readonly Finding[] | undefined, next: readonly Finding[]): string | undefined {
  if (previous === undefined) return findingsSummary(next);
  const added = minus(next, previous, keyOf);
  const gone = minus(previous, next, keyOf);
  if (added.length === 0 && gone.length === 0) return undefined;
  // Pair what appeared with what disappeared by code alone: those only moved.
  const code = (finding: Finding) => String(finding.code);
  const reallyNew = minus(added, gone, code);
  const reallyGone = minus(gone, added, code);
  if (reallyNew.length === 0 && reallyGone.length === 0) return undefined;
  const parts = [reallyNew.length > 0 ? `New: ${listOf(reallyNew)}.` : '', reallyGone.length > 0 ? `Fixed: ${listOf(reallyGone)}.` : '', findingsSummary(next)];
  return parts.filter(Boolean).join(' ');
}
