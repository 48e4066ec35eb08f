/**
 * The end-of-workshop debrief: the tables side by side (who escalated when,
 * which deadlines each met or missed, which ending each reached) and every
 * round's split of votes. Plain data, with Markdown and JSON exports.
 */
import type { Scenario } from '../scenario/scenario-model.js';
import { buildDebrief } from '../debrief/build-debrief.js';
import type { Debrief } from '../debrief/debrief.js';
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Workshop, WorkshopRound } from './workshop.js';
import { workshopSessions } from './workshop-play.js';

/** One table's result. */
export interface WorkshopTableResult {
  name: string;
  /** The ending reached; null if the table had not finished. */
  ending: { id: string; outcome: string; resolvedAt: number | undefined; atLabel: string } | null;
  /** When each stage after the first began: who escalated when. */
  escalations: { stage: number; title: string; atLabel: string }[];
  met: { checkId: string; label: string }[];
  missed: { checkId: string; label: string; lateness: string }[];
  /** The choices the table's path took, in order. */
  path: string[];
  /** The full single-player debrief of the table's path. */
  debrief: Debrief;
}

/** One decision as the room made it. */
export interface WorkshopRoundResult {
  number: number;
  sceneId: string;
  stage: number;
  kind: WorkshopRound['kind'];
  /** Each choice with the tables that voted for it. */
  split: { label: string; tables: string[] }[];
  /** The choice the room followed; null in independent mode. */
  followed: string | null;
  decidedBy: WorkshopRound['decidedBy'];
}

/** The whole workshop debrief. */
export interface WorkshopDebrief {
  scenario: { id: string; title: string };
  mode: Workshop['mode'];
  tables: WorkshopTableResult[];
  rounds: WorkshopRoundResult[];
  /** Each ending reached, with the tables that reached it. */
  endings: { id: string; outcome: string; tables: string[] }[];
}

/**
 * Builds the comparison debrief.
 * @example
 * const debrief = buildWorkshopDebrief(scenario, workshop);
 */
export function buildWorkshopDebrief(scenario: Scenario, workshop: Workshop, options: RunnerOptions = {}): WorkshopDebrief {
  const sessions = workshopSessions(scenario, workshop, options);
  const tables = sessions.map((session, index): WorkshopTableResult => {
    const debrief = buildDebrief(scenario, session, options);
    return {
      name: workshop.tables[index] ?? `Table ${index + 1}`,
      ending: debrief.ending ? { id: debrief.ending.id, outcome: debrief.ending.outcome, resolvedAt: debrief.ending.resolvedAt, atLabel: debrief.ending.atLabel } : null,
      escalations: debrief.stages.filter((stage) => stage.stage > 1 && stage.startedAtLabel).map((stage) => ({ stage: stage.stage, title: stage.title, atLabel: stage.startedAtLabel ?? '' })),
      met: debrief.deadlines.met.map((deadline) => ({ checkId: deadline.checkId, label: deadline.label })),
      missed: debrief.deadlines.missed.map((deadline) => ({ checkId: deadline.checkId, label: deadline.label, lateness: deadline.latenessLabel })),
      path: debrief.path.map((step) => step.label),
      debrief,
    };
  });
  const rounds = workshop.rounds.map((round, index): WorkshopRoundResult => {
    const scene = scenario.scenes[round.sceneId];
    const label = (id: string | null) => (id === null ? null : (scene?.choices.find((choice) => choice.id === id)?.label ?? id));
    return {
      number: index + 1,
      sceneId: round.sceneId,
      stage: scene?.stage ?? 0,
      kind: round.kind,
      split: (scene?.choices ?? [])
        .map((choice) => ({ label: choice.label, tables: round.votes.flatMap((vote, position) => (vote === choice.id ? [workshop.tables[round.tables[position] ?? -1] ?? ''] : [])) }))
        .filter((entry) => round.kind === 'choose'),
      followed: label(round.decided),
      decidedBy: round.decidedBy,
    };
  });
  const endings = new Map<string, { id: string; outcome: string; tables: string[] }>();
  for (const table of tables) {
    if (!table.ending) continue;
    const entry = endings.get(table.ending.id) ?? { id: table.ending.id, outcome: table.ending.outcome, tables: [] };
    entry.tables.push(table.name);
    endings.set(table.ending.id, entry);
  }
  return { scenario: { id: scenario.id, title: scenario.frontmatter.title }, mode: workshop.mode, tables, rounds, endings: [...endings.values()] };
}

const MODE_TEXT: Record<Workshop['mode'], string> = {
  majority: 'the room followed the majority (the trainer broke ties)',
  trainer: 'the trainer chose the room’s path after seeing the split',
  independent: 'each table followed its own choices',
};

/**
 * The comparison debrief as Markdown, for the trainer's records.
 * @example
 * writeFile('workshop.md', workshopDebriefToMarkdown(debrief));
 */
export function workshopDebriefToMarkdown(debrief: WorkshopDebrief): string {
  const lines: string[] = [`# Workshop debrief: ${debrief.scenario.title}`, '', `Mode: ${MODE_TEXT[debrief.mode]}.`, '', '## Endings', ''];
  for (const ending of debrief.endings) lines.push(`- **${ending.id}** (${ending.outcome}): ${ending.tables.join(', ')}`);
  const unfinished = debrief.tables.filter((table) => !table.ending).map((table) => table.name);
  if (unfinished.length > 0) lines.push(`- Not finished: ${unfinished.join(', ')}`);
  lines.push('', '## Tables', '', '| Table | Ending | Escalations | Deadlines met | Deadlines missed |', '| --- | --- | --- | --- | --- |');
  for (const table of debrief.tables) {
    const ending = table.ending ? `${table.ending.id} (${table.ending.outcome}${table.ending.resolvedAt === undefined ? ', unresolved' : `, resolved at stage ${table.ending.resolvedAt}`})` : 'not finished';
    const escalations = table.escalations.map((entry) => `stage ${entry.stage} ${entry.atLabel}`).join('; ') || 'none';
    const met = table.met.map((entry) => entry.checkId).join(', ') || 'none';
    const missed = table.missed.map((entry) => `${entry.checkId} (${entry.lateness})`).join(', ') || 'none';
    lines.push(`| ${table.name} | ${ending} | ${escalations} | ${met} | ${missed} |`);
  }
  lines.push('', '## Decisions', '');
  for (const round of debrief.rounds) {
    if (round.kind === 'continue') continue;
    lines.push(`### ${round.number}. Scene ${round.sceneId} (stage ${round.stage})`, '');
    for (const entry of round.split) lines.push(`- ${entry.label}: ${entry.tables.length > 0 ? entry.tables.join(', ') : 'no tables'}`);
    lines.push('', round.followed ? `The room followed: ${round.followed} (${round.decidedBy}).` : 'Each table followed its own choice.', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
