/**
 * A debrief as a Markdown document a practitioner can keep as evidence of
 * continuing professional development: what happened, when, against which
 * deadlines, what the guidance says, and their own reflections.
 */
import type { Debrief, DebriefDeadline } from './debrief.js';

const OUTCOME_WORDS = { good: 'Good', mixed: 'Mixed', poor: 'Poor' } as const;

const STATUS_WORDS: Record<DebriefDeadline['status'], string> = {
  met: 'Met',
  missed: 'Missed',
  pending: 'Still open',
  'not-reached': 'Not reached',
  skipped: 'Skipped',
  aim: 'Aim (not scored)',
};

/** Table cells cannot hold pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** Quotes text as a Markdown blockquote, line by line. */
function quote(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Turns `guidance:` links into site links so the document reads anywhere. */
function siteLinks(markdown: string, hrefs: ReadonlyMap<string, string>): string {
  return markdown.replace(/\]\(guidance:([a-z0-9-]+)\)/g, (whole, id: string) => {
    const href = hrefs.get(id);
    return href ? `](${href})` : whole;
  });
}

/**
 * The debrief as a Markdown document: headings, the ending, a deadline table,
 * the path taken with feedback, principles, reflections quoted, and the
 * following-resolution step.
 *
 * @example
 * const markdown = debriefToMarkdown(buildDebrief(scenario, session));
 * // '# Debrief: Closing too soon\n\n…'
 */
export function debriefToMarkdown(debrief: Debrief): string {
  const hrefs = new Map<string, string>();
  for (const step of debrief.path) for (const citation of step.feedback?.citations ?? []) hrefs.set(citation.id, citation.href);
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(`# Debrief: ${debrief.scenario.title}`, '');
  push(`- **Role played:** ${debrief.scenario.role}`);
  push(`- **Route:** ${debrief.scenario.audienceLabel}`);
  push(`- **Process:** ${debrief.protocolName}`);
  push(`- **Disagreement raised:** ${debrief.raisedLabel}`);
  push(`- **Play stopped:** ${debrief.endedAtLabel}`, '');

  push('## Outcome', '');
  if (debrief.ending === null) {
    push('The scenario was not finished.', '');
  } else {
    const resolved = debrief.ending.resolvedAt === undefined ? 'not resolved' : `resolved at stage ${debrief.ending.resolvedAt}`;
    push(`**${OUTCOME_WORDS[debrief.ending.outcome]} outcome**: ${resolved}, reached ${debrief.ending.atLabel} at stage ${debrief.ending.stage}.`, '');
    push(siteLinks(debrief.ending.debrief.trim(), hrefs), '');
  }

  if (debrief.immediateRisk !== null) {
    push('## Immediate risk of harm', '');
    push(`Identified ${debrief.immediateRisk.identifiedAtLabel}. ${debrief.immediateRisk.message}`, '');
    push(quote(debrief.immediateRisk.summary), '');
  }

  push('## Deadlines', '');
  push('| Stage | Deadline | Due | Status | What happened |', '| --- | --- | --- | --- | --- |');
  for (const stage of debrief.stages) {
    for (const deadline of stage.deadlines) {
      push(`| ${stage.stage} | ${cell(deadline.label)} | ${deadline.dueLabel || '–'} | ${STATUS_WORDS[deadline.status]} | ${cell(deadline.summary)} |`);
    }
  }
  push('');

  if (debrief.deviations.length > 0) {
    push('## Departures from the process', '');
    for (const deviation of debrief.deviations) push(`- Went from stage ${deviation.fromStage} to stage ${deviation.toStage}: ${deviation.message}.`);
    push('');
  }

  push('## The path taken', '');
  for (const step of debrief.path) {
    const marks = [step.recommended ? 'recommended' : '', step.mistake ? 'a mistake' : ''].filter(Boolean).join(', ');
    push(`${step.number}. **${step.atLabel}**, stage ${step.stage}: ${step.label}${marks ? ` _(${marks})_` : ''}`);
    if (step.feedback) {
      push('', ...quote(siteLinks(step.feedback.markdown, hrefs)).split('\n').map((line) => `   ${line}`));
      if (step.feedback.citations.length > 0) {
        push('', `   Guidance: ${step.feedback.citations.map((citation) => (citation.href ? `[${citation.title}](${citation.href})` : citation.title)).join('; ')}`);
      }
      push('');
    }
  }
  if (debrief.path.length === 0) push('No moves were made.');
  push('');
  if (debrief.leftRecommendedPath !== null) {
    const left = debrief.leftRecommendedPath;
    push(`You left the recommended path at step ${left.stepNumber}: you chose “${left.chosen}” where the recommended move was “${left.recommended}”.`, '');
  } else {
    push('You kept to the recommended path wherever one was offered.', '');
  }

  push('## Principles', '');
  for (const principle of debrief.principles) {
    const detail =
      principle.status === 'not-tested'
        ? 'not tested on this path'
        : [principle.shownBy.length > 0 ? `shown (${principle.shownBy.length})` : '', principle.missedBy.length > 0 ? `missed (${principle.missedBy.length})` : ''].filter(Boolean).join(', ');
    push(`- **${principle.label}**: ${detail}`);
  }
  push('');

  push('## Your reflections and records', '');
  if (debrief.responses.length === 0) push('You did not write anything during this play-through.', '');
  for (const response of debrief.responses) {
    const kind = response.kind === 'record' ? 'Record' : `Reflection${response.phase ? ` (${response.phase} the conversation)` : ''}`;
    push(`### ${kind}`, '', `_${response.prompt.trim().replace(/\s*\n\s*/g, ' ')}_`, '', quote(response.text || '(left blank)'), '');
  }

  if (debrief.capacity !== null) {
    push('## Mental capacity path', '');
    for (const step of debrief.capacity.steps) push(`- ${step.startedAtLabel}: ${step.label}`);
    push('', debrief.capacity.summary, '');
  }

  push('## Following resolution', '');
  push(debrief.learning.applies ? debrief.learning.summary : `The disagreement was not resolved, so there is no outcome to report yet. ${debrief.learning.summary}`, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
