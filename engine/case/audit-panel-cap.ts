/**
 * The audit rule for the overall cap on the panel: the panel stages (the
 * stage the panel meets at, and the one before it, where it is convened)
 * must happen within the meeting deadline counted from raised (13 working
 * days under North Yorkshire).
 */
import { countWorkingDaysBetween } from '../calendar/count-working-days-between.js';
import { formatLondon, parseLondonDateTime, toIsoDate, toIsoWithOffset } from '../calendar/london-time.js';
import { stageBefore } from '../protocol/stage-by-number.js';
import { finding, latest, type AuditContext } from './audit-context.js';
import type { AuditFinding, CapAudit } from './case-audit.js';
import { measureLateness } from './measure-lateness.js';

/**
 * The cap and whether it was kept, when the protocol has a meeting stage and
 * the case reached the panel stages; a finding when it was not kept.
 *
 * @example
 * auditPanelCap(context).cap; // { workingDays: 13, due: '2027-04-05T23:59:59.000+01:00', kept: false, latest: '2027-04-09T10:00:00.000+01:00' }
 */
export function auditPanelCap({ protocol, stages, checks, raised, calendar }: Pick<AuditContext, 'protocol' | 'stages' | 'checks' | 'raised' | 'calendar'>): { cap?: CapAudit; findings: AuditFinding[] } {
  const capStage = protocol.stages.find((stage) => stage.meetingBy !== undefined);
  const capCheck = capStage ? checks.find((check) => check.id === `${capStage.stage}.${capStage.meetingBy}`) : undefined;
  // The panel is convened at the stage before the meeting stage in the protocol's order, whatever its number.
  const panelNumbers = capStage ? [stageBefore(protocol, capStage.stage)?.stage, capStage.stage] : [];
  const panelStages = stages.filter((stage) => panelNumbers.includes(stage.stage) && stage.reached);
  if (!capCheck || panelStages.length === 0) return { findings: [] };
  const capDue = parseLondonDateTime(capCheck.due);
  const panelTimes = panelStages.flatMap((stage) => (stage.started ? [parseLondonDateTime(stage.started)] : []));
  const last = latest(panelTimes);
  const workingDays = countWorkingDaysBetween(toIsoDate(raised), toIsoDate(capDue), { calendar });
  const kept = panelTimes.every((time) => time <= capDue);
  const cap = { workingDays, due: capCheck.due, kept, ...(last !== undefined ? { latest: toIsoWithOffset(last) } : {}) };
  if (kept) return { cap, findings: [] };
  const late = measureLateness(capDue, last!, 'working-days', calendar).text;
  return {
    cap,
    findings: [finding('problem', 'cap-exceeded', `The panel steps went past the cap of ${workingDays} working days from raised (${formatLondon(capDue)}); the last was ${formatLondon(last!)}, ${late} late.`)],
  };
}
