/**
 * Words for an audited deadline, shared by the terminal table and the
 * Markdown so both say the same thing.
 */
import { formatLondonIso } from '../calendar/london-time.js';
import type { CaseAudit, CheckAudit } from './case-audit.js';

/** What an audit table shows for a time that was not recorded (written through `formatLondonIso`, which leaves it as it is). */
export const NOT_RECORDED = '–';

/**
 * The result column: `On time`, `4 hours late`, `Skipped`, `Not recorded` or
 * `Not reached`; for an aim, `Within the aim` or `After the aim (not a miss)`.
 *
 * @example
 * describeCheckResult({ status: 'missed', late: { text: '2 working days' }, ... }); // '2 working days late'
 */
export function describeCheckResult(check: CheckAudit): string {
  switch (check.status) {
    case 'met':
      return check.kind === 'aim' ? 'Within the aim' : 'On time';
    case 'after-aim':
      return 'After the aim (not a miss)';
    case 'missed':
      return `${check.late?.text ?? 'Some time'} late`;
    case 'skipped':
      return 'Skipped';
    case 'not-recorded':
      return 'Not recorded';
    case 'not-reached':
      return 'Not reached';
  }
}

/**
 * The stage column: the check id and its name, marking an aim.
 *
 * @example
 * describeCheck(check); // '1.target Aim to resolve (aim)'
 */
export function describeCheck(check: CheckAudit): string {
  return `${check.id} ${check.label}${check.kind === 'aim' ? ' (aim)' : ''}`;
}

/**
 * One sentence summing up the case and its deadlines.
 *
 * @example
 * summariseAudit(audit);
 * // 'Children (NYSCP) case raised Tue 3 Nov 2026, 09:30; reached stage 4; resolved at stage 4 on Thu 12 Nov 2026, 16:00. All 4 deadlines met.'
 */
export function summariseAudit(audit: CaseAudit): string {
  const resolved = audit.resolution
    ? `resolved at stage ${audit.resolution.stage} on ${formatLondonIso(audit.resolution.at)}`
    : 'no resolution recorded';
  const total = audit.met.length + audit.missed.length;
  const verdict = audit.deadlinesMet
    ? `All ${total} deadline${total === 1 ? '' : 's'} met.`
    : `${audit.met.length} of ${total} deadlines met; ${audit.missed.length} missed, skipped or not recorded (${audit.missed.join(', ')}).`;
  const order = audit.timelineInOrder ? '' : ' The timeline is out of order: see the findings.';
  return `${audit.audienceLabel} case raised ${formatLondonIso(audit.raised)}; reached stage ${audit.highestStage}; ${resolved}. ${verdict}${order}`;
}
