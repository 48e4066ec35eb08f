/**
 * The workshop's record as Markdown, for the partnership's learning
 * subgroup: the date, the scenario, the tables, every decision with who
 * chose what, the feedback the room was shown, the minutes it discussed,
 * the trainer's notes, where each table ended and each table's timeline.
 * It can be written at any moment, so a workshop cut short still leaves a
 * record.
 *
 * Nothing a scenario, a protocol or a trainer wrote can run or link
 * somewhere unsafe: plain text is escaped, the author's Markdown keeps its
 * formatting through {@link safeMarkdown}, and a link points at the
 * configured site address or is left as its words, so the file never
 * carries a relative link that would be broken wherever it is opened.
 */
import { formatLondonIso } from '../calendar/london-time.js';
import { escapeMarkdown } from '../kernel/escape-markdown.js';
import { markdownCell as cell, quoteMarkdown as quote, quoteText } from '../kernel/markdown-blocks.js';
import { safeMarkdown } from '../kernel/safe-markdown.js';
import { absoluteHref, siteAddress } from '../kernel/site-address.js';
import type { FeedbackView } from '../runner/session-view.js';
import { formatDiscussionTime } from './discussion-timer.js';
import { DECIDED_BY_WORDS, MODE_WORDS, OUTCOME_WORDS, type WorkshopDebrief } from './workshop-debrief.js';

/** Options of {@link workshopRecordToMarkdown}. */
export interface WorkshopRecordOptions {
  /** When the workshop took place (an instant, ISO 8601); shown in London time. */
  date?: string;
  /**
   * The site the guidance links point at, e.g. `https://common-ground.example.org`.
   * Without it, links are left as their words.
   */
  siteUrl?: string;
}

/**
 * The author's Markdown with every inline link pointing at an absolute
 * address (a `guidance:` id through its citation), or reduced to its words,
 * then made safe.
 */
function authorMarkdown(markdown: string, hrefs: ReadonlyMap<string, string>, base: string | undefined): string {
  const linked = markdown.replace(/\[([^\]\n]*)\]\(([^)\s]*)\)/g, (_whole, words: string, href: string) => {
    const target = href.startsWith('guidance:') ? hrefs.get(href.slice('guidance:'.length)) : href;
    const address = target === undefined ? undefined : absoluteHref(target, base);
    return address === undefined ? words : `[${words}](${address})`;
  });
  return safeMarkdown(linked);
}

/** A feedback's citations as links to the site, or as their titles alone. */
function citations(feedback: FeedbackView, base: string | undefined): string {
  return feedback.citations
    .map((citation) => {
      const address = citation.href === '' ? undefined : absoluteHref(citation.href, base);
      return address === undefined ? escapeMarkdown(citation.title) : `[${escapeMarkdown(citation.title)}](${address})`;
    })
    .join('; ');
}

/**
 * The record as Markdown.
 * @example
 * writeFile('workshop.md', workshopRecordToMarkdown(buildWorkshopDebrief(scenario, workshop), { date: new Date().toISOString() }));
 */
export function workshopRecordToMarkdown(debrief: WorkshopDebrief, options: WorkshopRecordOptions = {}): string {
  const base = siteAddress(options.siteUrl);
  const hrefs = new Map<string, string>();
  for (const round of debrief.rounds) for (const choice of round.shown) for (const citation of choice.feedback?.citations ?? []) hrefs.set(citation.id, citation.href);
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(`# Workshop record: ${escapeMarkdown(debrief.scenario.title)}`, '');
  if (options.date) push(`- **Date:** ${formatLondonIso(options.date)} (London time)`);
  push(
    `- **Scenario:** ${escapeMarkdown(debrief.scenario.title)}`,
    `- **Process:** ${escapeMarkdown(debrief.protocol.name)}, ${escapeMarkdown(debrief.protocol.route)}`,
    `- **Tables:** ${debrief.tables.map((table) => escapeMarkdown(table.name)).join(', ')}`,
    `- **How the room decided:** ${MODE_WORDS[debrief.mode]}`,
    `- **Discussion time set:** ${debrief.minutes} minute${debrief.minutes === 1 ? '' : 's'} per decision`,
  );
  const decided = debrief.rounds.filter((round) => round.kind === 'choose').length;
  const playing = debrief.tables.filter((table) => !table.ending).map((table) => escapeMarkdown(table.name));
  push(
    `- **Status:** ${debrief.finished ? 'finished' : `not finished: ${decided} decision${decided === 1 ? '' : 's'} taken; still playing: ${playing.join(', ')}`}`,
    '',
  );

  push('## Where each table ended', '', '| Table | Ending | Deadlines met | Deadlines missed | Process warnings |', '| --- | --- | --- | --- | --- |');
  for (const table of debrief.tables) {
    const ending = table.ending
      ? `${OUTCOME_WORDS[table.ending.outcome]}: ${table.ending.title} (${table.ending.resolvedAt === undefined ? 'never resolved' : `resolved at stage ${table.ending.resolvedAt}`})`
      : `Still playing, at stage ${table.stage}`;
    const met = table.met.map((entry) => `Stage ${entry.stage}: ${entry.label}`).join('; ') || 'none';
    const missed = table.missed.map((entry) => `Stage ${entry.stage}: ${entry.label} (${entry.lateness})`).join('; ') || 'none';
    const warnings = table.warnings.map((warning) => warning.message).join('; ') || 'none';
    push(`| ${cell(table.name)} | ${cell(ending)} | ${cell(met)} | ${cell(missed)} | ${cell(warnings)} |`);
  }
  push('');

  push('## Decisions', '');
  if (decided === 0) push('No decision had been taken yet.', '');
  for (const round of debrief.rounds) {
    if (round.kind === 'continue') continue;
    push(`### Decision ${round.number}: ${escapeMarkdown(round.sceneTitle)} (stage ${round.stage})`, '');
    const how = round.followed ? `The room followed “${escapeMarkdown(round.followed)}”, ${DECIDED_BY_WORDS[round.decidedBy]}.` : `${DECIDED_BY_WORDS[round.decidedBy][0]!.toUpperCase()}${DECIDED_BY_WORDS[round.decidedBy].slice(1)}.`;
    push(`${round.discussedMs === undefined ? '' : `Discussed for ${formatDiscussionTime(round.discussedMs)}. `}${how}`, '');
    push('| Choice | Tables |', '| --- | --- |');
    for (const entry of round.split) push(`| ${cell(entry.label)}${entry.recommended ? ' (recommended)' : ''} | ${entry.tables.length > 0 ? cell(entry.tables.join(', ')) : 'none'} |`);
    push('');
    for (const choice of round.shown) {
      if (!choice.feedback) continue;
      push(`**Feedback shown for “${escapeMarkdown(choice.label)}”${choice.recommended ? ' (recommended)' : ''}:**`, '', quote(authorMarkdown(choice.feedback.markdown, hrefs, base)), '');
      const cited = citations(choice.feedback, base);
      if (cited) push(`Guidance: ${cited}`, '');
    }
    if (round.note) push("**Trainer's note:**", '', quoteText(round.note), '');
  }
  for (const note of debrief.pendingNotes) push(`### Note for decision ${note.decision} (not yet taken)`, '', quoteText(note.text), '');
  push('## The learning objectives', '');
  for (const objective of debrief.objectives) push(`- ${escapeMarkdown(objective)}`);
  push('');
  if (debrief.safePractice.length > 0) {
    push('## Safe practice the room was to hear', '');
    for (const point of debrief.safePractice) push(`- ${escapeMarkdown(point)}`);
    push('');
  }

  push('## Timeline, table by table', '', 'Times are the story’s own (simulated) time, in London time.', '');
  for (const table of debrief.tables) {
    push(`### ${escapeMarkdown(table.name)}`, '');
    if (table.timeline.length === 0) push('- No moves yet.');
    for (const move of table.timeline) push(`- ${move.atLabel}, stage ${move.stage}: ${escapeMarkdown(move.label)}`);
    if (table.ending) push(`- ${table.ending.atLabel}: ${OUTCOME_WORDS[table.ending.outcome].toLowerCase()}, ${escapeMarkdown(table.ending.title)}`);
    push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The record with no date or site address: the older name, kept for the callers that have neither.
 * @example
 * workshopDebriefToMarkdown(debrief);
 */
export function workshopDebriefToMarkdown(debrief: WorkshopDebrief): string {
  return workshopRecordToMarkdown(debrief);
}
