/**
 * The workshop debrief on the projector, in titles and choice text (never
 * ids): where each table ended, the deadlines each met or missed with the
 * process warnings solo play gives, who chose what at every decision with
 * the minutes it was discussed, and the trainer's notes. It works on a
 * workshop at any point; the screen scrolls it.
 */
import { DECIDED_BY_WORDS, formatDiscussionTime, MODE_WORDS, OUTCOME_WORDS, type WorkshopDebrief } from '../../../engine/index.js';
import { wrap, wrapAfter, type ScreenLine, type Tone } from './screen-lines.js';

const OUTCOME_TONE: Record<'good' | 'mixed' | 'poor', Tone> = { good: 'good', mixed: 'warn', poor: 'bad' };

/**
 * Who escalated when, stages entered at the same moment (a jump) taken together.
 * @example
 * escalationWords(table.escalations); // 'stages 2–5 on Tue 6 Oct 2026, 15:30 (Refer to the NYSCP chair or the NYSAB manager)'
 */
export function escalationWords(escalations: WorkshopDebrief['tables'][number]['escalations']): string {
  const groups: Array<{ first: number; last: number; title: string; atLabel: string }> = [];
  for (const entry of escalations) {
    const group = groups.at(-1);
    if (group && group.atLabel === entry.atLabel) Object.assign(group, { last: entry.stage, title: entry.title });
    else groups.push({ first: entry.stage, last: entry.stage, title: entry.title, atLabel: entry.atLabel });
  }
  return groups.map((group) => `${group.first === group.last ? `stage ${group.first}` : `stages ${group.first}–${group.last}`} on ${group.atLabel} (${group.title})`).join('; ');
}

/**
 * Lines of the workshop debrief.
 * @example
 * workshopDebriefLines(buildWorkshopDebrief(scenario, workshop), 76, false);
 */
export function workshopDebriefLines(debrief: WorkshopDebrief, width: number, markers: boolean): ScreenLine[] {
  const out: ScreenLine[] = [];
  const add = (spans: ScreenLine, indent = 0, hang = 2) => out.push(...wrap(spans, width, hang, indent));
  const heading = (text: string) => {
    out.push([], [{ text, bold: true, underline: true, tone: 'accent' }]);
    if (markers) out.push([{ text: '─'.repeat(Math.min(width, [...text].length)) }]);
  };
  const decided = debrief.rounds.filter((round) => round.kind === 'choose').length;
  add([{ text: `Workshop debrief: ${debrief.scenario.title}`, bold: true }]);
  add([{ text: debrief.finished ? 'Every table has reached an ending.' : `In progress: ${decided} decision${decided === 1 ? '' : 's'} taken so far.`, dim: true }]);
  add([{ text: `${debrief.protocol.name}, ${debrief.protocol.route}. How the room decided: ${MODE_WORDS[debrief.mode]}.`, dim: true }]);

  heading('Where each table stands');
  // Tables whose stories went the same way (all of them, when the room decides together) are shown once.
  const groups = new Map<string, { names: string[]; table: WorkshopDebrief['tables'][number] }>();
  for (const table of debrief.tables) {
    const key = JSON.stringify([table.ending, table.stage, table.escalations, table.met, table.missed, table.warnings]);
    const group = groups.get(key) ?? { names: [], table };
    group.names.push(table.name);
    groups.set(key, group);
  }
  for (const { names, table } of groups.values()) {
    const who = names.length === debrief.tables.length && names.length > 1 ? `All tables (${names.join(', ')})` : names.join(', ');
    if (table.ending) {
      add([
        { text: `${who}: `, bold: true },
        { text: OUTCOME_WORDS[table.ending.outcome], bold: true, tone: OUTCOME_TONE[table.ending.outcome] },
        { text: ` · ${table.ending.title} · ${table.ending.resolvedAt === undefined ? 'never resolved' : `resolved at stage ${table.ending.resolvedAt}`}` },
      ]);
    } else add([{ text: `${who}: `, bold: true }, { text: `still playing, at stage ${table.stage}` }]);
    for (const warning of table.warnings) add([{ text: `⚠ Not the process: ${warning.message}`, bold: true, tone: 'warn' }], 2);
    add([{ text: 'Escalated: ' }, { text: escalationWords(table.escalations) || 'never (stage 1 throughout)', dim: true }], 2);
    add([{ text: `${markers ? '[x] ' : '✓ '}Deadlines met: `, tone: 'good' }, { text: table.met.map((entry) => `stage ${entry.stage} ${entry.label}`).join('; ') || 'none' }], 2);
    if (table.missed.length > 0) add([{ text: `${markers ? 'MISSED' : '✗ Missed'}: `, tone: 'bad', bold: true }, { text: table.missed.map((entry) => `stage ${entry.stage} ${entry.label} (${entry.lateness})`).join('; ') }], 2);
    else add([{ text: 'Deadlines missed: none' }], 2);
  }

  heading('Who chose what');
  if (decided === 0) add([{ text: 'No decision has been taken yet.', dim: true }]);
  const most = Math.max(1, debrief.tables.length);
  const barRoom = Math.max(3, Math.min(10, Math.floor(width / 8)));
  for (const round of debrief.rounds) {
    if (round.kind === 'continue') continue;
    out.push([]);
    add([{ text: `${round.number}. ${round.sceneTitle}`, bold: true }], 0, 3);
    add([{ text: `Stage ${round.stage}${round.discussedMs === undefined ? '' : ` · discussed for ${formatDiscussionTime(round.discussedMs)}`}`, dim: true }], 3);
    for (const entry of round.split) {
      const bar = entry.tables.length === 0 ? '·' : '█'.repeat(Math.max(1, Math.round((entry.tables.length / most) * barRoom)));
      out.push(
        ...wrapAfter(
          [{ text: '   ' }, { text: `${bar.padEnd(barRoom)} ${String(entry.tables.length).padStart(2)}  `, tone: 'accent' }],
          [
            { text: entry.label, bold: entry.label === round.followed },
            ...(entry.recommended ? [{ text: ' ★ recommended', tone: 'good' as const }] : []),
            ...(entry.tables.length > 0 ? [{ text: ` (${entry.tables.join(', ')})`, dim: true }] : []),
          ],
          width,
        ),
      );
    }
    add([{ text: round.followed ? `The room followed: ${round.followed} (${DECIDED_BY_WORDS[round.decidedBy]})` : `${DECIDED_BY_WORDS[round.decidedBy][0]!.toUpperCase()}${DECIDED_BY_WORDS[round.decidedBy].slice(1)}.`, dim: true }], 3);
    if (round.note) add([{ text: '✎ Note: ', bold: true }, { text: round.note }], 3, 2);
  }
  if (debrief.pendingNotes.length > 0) {
    heading('Notes for decisions not yet taken');
    for (const note of debrief.pendingNotes) add([{ text: '✎ ', bold: true }, { text: note.text }]);
  }
  if (debrief.safePractice.length > 0) {
    heading('Before the room leaves: safe practice it must have heard');
    for (const point of debrief.safePractice) add([{ text: '• ', bold: true }, { text: point }], 2);
  }
  heading('The learning objectives');
  for (const objective of debrief.objectives) add([{ text: '• ', bold: true }, { text: objective }], 2);
  return out;
}
