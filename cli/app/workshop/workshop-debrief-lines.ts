/**
 * The comparison debrief on screen: endings reached by which tables, each
 * table's escalations and deadlines, and every decision's split.
 */
import type { WorkshopDebrief } from '../../../engine/index.js';
import { wrapSpans, type Span, type StyledLine } from '../../terminal/index.js';

/**
 * Lines of the workshop debrief.
 * @example
 * workshopDebriefLines(buildWorkshopDebrief(scenario, workshop), 96, false);
 */
export function workshopDebriefLines(debrief: WorkshopDebrief, width: number, markers: boolean): StyledLine[] {
  const out: StyledLine[] = [];
  const wrap = (spans: Span[], indent = 0) => out.push(...wrapSpans(spans, width, [{ text: ' '.repeat(indent) }], [{ text: ' '.repeat(indent + 2) }]));
  const heading = (text: string) => {
    out.push([], [{ text, bold: true, underline: true }]);
    if (markers) out.push([{ text: '-'.repeat(text.length) }]);
  };
  wrap([{ text: `Workshop debrief: ${debrief.scenario.title}`, bold: true }]);
  heading('Endings reached');
  for (const ending of debrief.endings) wrap([{ text: `${ending.outcome.toUpperCase()} `, bold: true }, { text: `${ending.id}: ` }, { text: ending.tables.join(', ') }]);
  const unfinished = debrief.tables.filter((table) => !table.ending);
  if (unfinished.length > 0) wrap([{ text: 'Not finished: ' }, { text: unfinished.map((table) => table.name).join(', ') }]);
  heading('Tables');
  for (const table of debrief.tables) {
    wrap([{ text: table.name, bold: true }, { text: table.ending ? ` → ${table.ending.id} (${table.ending.outcome}, ${table.ending.resolvedAt === undefined ? 'never resolved' : `resolved at stage ${table.ending.resolvedAt}`})` : ' → not finished' }]);
    wrap([{ text: 'Escalated: ', bold: true }, { text: table.escalations.map((entry) => `stage ${entry.stage} ${entry.atLabel}`).join('; ') || 'never' }], 2);
    wrap([{ text: '[x] Met: ', bold: true }, { text: table.met.map((entry) => entry.checkId).join(', ') || 'none' }], 2);
    wrap([{ text: 'MISSED: ', bold: true }, { text: table.missed.map((entry) => `${entry.checkId} (${entry.lateness})`).join(', ') || 'none' }], 2);
  }
  heading('Decisions');
  for (const round of debrief.rounds) {
    if (round.kind === 'continue') continue;
    wrap([{ text: `${round.number}. ${round.sceneId} (stage ${round.stage})`, bold: true }]);
    for (const entry of round.split) wrap([{ text: `${'█'.repeat(entry.tables.length) || '·'} ` }, { text: `${entry.label}: ` }, { text: entry.tables.join(', ') || 'no tables', dim: true }], 2);
    wrap([{ text: round.followed ? `Room followed: ${round.followed} (${round.decidedBy})` : 'Each table followed its own choice', dim: true }], 2);
  }
  return out;
}
