/**
 * The case audit as a terminal report: a title, the summary, a deadline table
 * that fits 80 columns, the cap, holidays, findings and the learning step.
 * Bold only where the colour rule (cli/terminal/color.ts) allows it.
 */
import { type CaseAudit, describeCheck, describeCheckResult, formatLondonDate, formatLondonIso, NOT_RECORDED, summariseAudit } from '../../../engine/index.js';
import { renderColumns, wrapText, type Cell, type TerminalStyle } from '../../terminal/index.js';

const TIME_WIDTH = 22; // 'Wed 31 Mar 2027, 10:00'
const RESULT_WIDTH = 12;
const GAP = 2;

/** Wraps a paragraph with a hanging indent. */
function paragraph(text: string, width: number, indent = ''): string[] {
  return wrapText(text, width - indent.length).map((line) => `${indent}${line}`);
}

/**
 * Formats an audit for a terminal `width` columns wide (at least 60).
 *
 * @example
 * formatAuditText(audit, { width: 80, style: terminalStyle(io.stdout, io.env) }).join('\n');
 */
export function formatAuditText(audit: CaseAudit, options: { width: number; style: TerminalStyle }): string[] {
  const width = Math.max(60, Math.floor(options.width));
  const { style } = options;
  const first = width - 2 * TIME_WIDTH - RESULT_WIDTH - 3 * GAP;
  const out: string[] = [style.bold(`Case audit: ${audit.title}`), ...paragraph(summariseAudit(audit), width), ''];

  const header: Cell[] = [[{ text: 'Deadline', emphasis: 'bold' }], [{ text: 'Due', emphasis: 'bold' }], [{ text: 'Happened', emphasis: 'bold' }], [{ text: 'Result', emphasis: 'bold' }]];
  const rows: Cell[][] = [header];
  for (const check of audit.checks) {
    const result = describeCheckResult(check);
    const due = `${formatLondonIso(check.due)}${check.dueAssumed ? ' (assumed)' : ''}`;
    rows.push([
      wrapText(describeCheck(check), first),
      wrapText(due, TIME_WIDTH),
      wrapText(formatLondonIso(check.happened ?? NOT_RECORDED), TIME_WIDTH),
      wrapText(result, RESULT_WIDTH).map((line) =>
        check.status === 'missed' && check.kind === 'deadline' ? { text: line, emphasis: 'bold' as const } : check.status === 'not-reached' ? { text: line, emphasis: 'dim' as const } : line,
      ),
    ]);
  }
  out.push(...renderColumns([first, TIME_WIDTH, TIME_WIDTH, RESULT_WIDTH], rows, style, GAP), '');

  if (audit.cap) {
    out.push(...paragraph(`Panel cap ${audit.cap.kept ? 'kept' : 'NOT kept'}: every panel step within ${audit.cap.workingDays} working days of raised, by ${formatLondonIso(audit.cap.due)}${audit.cap.latest ? `; last panel step ${formatLondonIso(audit.cap.latest)}` : ''}.`, width), '');
  }
  if (audit.holidays.length > 0) {
    out.push(...paragraph(`Not counted as working days: ${audit.holidays.map((day) => `${day.name ?? day.reason} (${formatLondonDate(day.date)})`).join(', ')}, and weekends.`, width), '');
  }
  out.push(style.bold('Findings'));
  if (audit.findings.length === 0) out.push('  None: every step happened in order and on time.');
  for (const finding of audit.findings) {
    const lines = paragraph(finding.message, width, '           ');
    const tag = `  ${finding.severity.padEnd(7)}  `;
    out.push(`${finding.severity === 'problem' ? style.bold(tag.trimEnd()) + ' '.repeat(tag.length - tag.trimEnd().length) : tag}${(lines[0] ?? '').trimStart()}`, ...lines.slice(1));
  }
  out.push('');
  if (audit.learning) {
    const { learning } = audit;
    out.push(style.bold('Learning'));
    out.push(
      ...paragraph(
        learning.reported
          ? `Reported ${formatLondonIso(learning.at ?? NOT_RECORDED)}${learning.reportedTo ? ` to ${learning.reportedTo}` : ''}; the protocol names the ${learning.subgroup}.`
          : `Not recorded as reported to the ${learning.subgroup}.`,
        width,
        '  ',
      ),
      '',
    );
  }
  out.push(...paragraph(`Source: ${audit.protocol.citation}`, width).map((line) => style.dim(line)));
  return out;
}
