/**
 * The audit as Markdown a learning subgroup can paste into its minutes: a
 * heading, a one-line summary, the deadline table, the findings, the
 * learning step and the source of the rules. Every word from the case file
 * or the protocol is escaped, so none of it can be HTML or a link.
 */
import { formatLondonDate, formatLondonIso } from '../calendar/london-time.js';
import { escapeMarkdown as text } from '../kernel/escape-markdown.js';
import { markdownCell as cell } from '../kernel/markdown-blocks.js';
import type { CaseAudit } from './case-audit.js';
import { describeCheck, describeCheckResult, NOT_RECORDED, summariseAudit } from './describe-check-result.js';

const SEVERITY_LABEL = { problem: 'Problem', warning: 'Warning', note: 'Note' } as const;

/** `Learning and Review Subgroup` → `the Learning and Review Subgroup`. */
function withThe(name: string): string {
  return /^the\s/i.test(name) ? name : `the ${name}`;
}

/**
 * Renders an audit as Markdown.
 *
 * @example
 * auditToMarkdown(auditCase(caseFile));
 * // '## Case audit: A case closure challenged …\n\n**Summary:** Children (NYSCP) case raised …'
 */
export function auditToMarkdown(audit: CaseAudit): string {
  const lines: string[] = [`## Case audit: ${text(audit.title)}`, '', `**Summary:** ${text(summariseAudit(audit))}`, ''];
  if (audit.safetyBy) lines.push(`A safety deadline was set for ${formatLondonIso(audit.safetyBy)}.`, '');

  lines.push('| Stage | Due | Happened | Result |', '| --- | --- | --- | --- |');
  for (const check of audit.checks) {
    const due = `${formatLondonIso(check.due)}${check.dueAssumed ? ' (assumed)' : ''}`;
    lines.push(`| ${cell(describeCheck(check))} | ${cell(due)} | ${cell(formatLondonIso(check.happened ?? NOT_RECORDED))} | ${cell(describeCheckResult(check))} |`);
  }
  lines.push('');
  if (audit.cap) {
    lines.push(
      `**Panel cap:** ${audit.cap.kept ? 'kept' : 'not kept'}: the panel is convened and meets within ${audit.cap.workingDays} working days of the disagreement being raised (by ${formatLondonIso(audit.cap.due)})${audit.cap.latest ? `; the last panel step was ${formatLondonIso(audit.cap.latest)}` : ''}.`,
      '',
    );
  }
  if (audit.holidays.length > 0) {
    const days = audit.holidays.map((day) => `${text(day.name ?? day.reason)} (${formatLondonDate(day.date)})`);
    lines.push(`**Not counted as working days:** ${days.join(', ')}, as well as weekends.`, '');
  }

  lines.push('### Findings', '');
  if (audit.findings.length === 0) lines.push('No problems found: every step happened in order and on time.');
  for (const finding of audit.findings) lines.push(`- **${SEVERITY_LABEL[finding.severity]}:** ${text(finding.message)}`);
  lines.push('');

  if (audit.immediateRisk.length > 0) {
    lines.push('### Immediate risk', '');
    for (const risk of audit.immediateRisk) {
      lines.push(`- ${formatLondonIso(risk.at)}${risk.by ? `, ${text(risk.by)}` : ''}${risk.summary ? `: ${text(risk.summary)}` : ''}`);
    }
    if (audit.immediateRiskRule) lines.push('', text(audit.immediateRiskRule));
    lines.push('');
  }

  if (audit.learning) {
    const { learning } = audit;
    lines.push('### Learning', '');
    lines.push(
      learning.reported
        ? `Reported to ${learning.reportedTo ? text(withThe(learning.reportedTo)) : 'the learning subgroup'} on ${formatLondonIso(learning.at ?? NOT_RECORDED)}. For this route the protocol names the ${text(learning.subgroup)}.`
        : `Not recorded as reported to the ${text(learning.subgroup)}.`,
    );
    if (learning.summary) lines.push('', text(learning.summary));
    lines.push('');
  }

  lines.push(`*Source: ${text(audit.protocol.citation)} Deadlines as interpreted in the ${text(audit.protocol.name)} protocol of Common Ground; working days exclude weekends and England and Wales bank holidays.*`, '');
  return lines.join('\n');
}
