/**
 * A debrief as a Markdown document a practitioner can keep as evidence of
 * continuing professional development: what happened, when, against which
 * deadlines, what the guidance says, and their own reflections.
 *
 * Nothing a scenario, a protocol or a learner wrote can run or link
 * somewhere unsafe in it: plain text (titles, labels, reflections) is
 * escaped, the author's own Markdown (feedback, the ending) keeps its
 * formatting through {@link safeMarkdown}, and links follow the one rule
 * in {@link allowedHref}. Given the site's address, every link to the site
 * is absolute, so the document's links work wherever it is read.
 */
import { describeOtherRoute } from './other-good-routes.js';
import { allowedHref } from '../kernel/allowed-href.js';
import { escapeMarkdown } from '../kernel/escape-markdown.js';
import { markdownCell as cell, quoteMarkdown as quote, quoteText } from '../kernel/markdown-blocks.js';
import { safeMarkdown } from '../kernel/safe-markdown.js';
import { absoluteHref, siteAddress } from '../kernel/site-address.js';
import type { Debrief } from './debrief.js';
import { describeEnding } from './describe-ending.js';

const OUTCOME_WORDS = { good: 'Good', mixed: 'Mixed', poor: 'Poor' } as const;

/** Options for {@link debriefToMarkdown}. */
export interface DebriefMarkdownOptions {
  /**
   * The site's address, e.g. `https://common-ground.example.org`: links to
   * the site's pages are made absolute against it. Without it (or when it
   * is not an http or https address) they stay site paths.
   */
  siteUrl?: string;
}

/** A link's address for the document: absolute against the site when there is one, else as allowed. */
function linkAddress(href: string, base: string | undefined): string | undefined {
  return base === undefined ? allowedHref(href) : absoluteHref(href, base);
}

/**
 * The author's Markdown with `guidance:` links turned into site links (or
 * into their words, for an id with no page) and site paths made absolute
 * (so the document reads anywhere), made safe.
 */
function authorMarkdown(markdown: string, hrefs: ReadonlyMap<string, string>, base: string | undefined): string {
  const linked = markdown
    // A `guidance:` link the protocol cannot cite keeps its words and loses the link.
    .replace(/\[([^\]\n]*)\]\(guidance:([a-z0-9-]+)\)/g, (_whole, words: string, id: string) => {
      const href = hrefs.get(id);
      return href ? `[${words}](${href})` : words;
    })
    // A site path (one slash, not two) after `](`; safeMarkdown still vets the whole address.
    .replace(/\]\((?=\/(?!\/))/g, () => (base === undefined ? '](' : `](${base}`));
  return safeMarkdown(linked);
}

/** A cited section as a link, or its words alone when its address is not one a link may have. */
function citationLink(citation: { title: string; href: string }, base: string | undefined): string {
  const href = linkAddress(citation.href, base);
  return href === undefined ? escapeMarkdown(citation.title) : `[${escapeMarkdown(citation.title)}](${href})`;
}

/**
 * The debrief as a Markdown document: headings, the ending, a deadline table,
 * the path taken with feedback, principles, reflections quoted, and the
 * following-resolution step.
 *
 * @example
 * const markdown = debriefToMarkdown(buildDebrief(scenario, session), { siteUrl: 'https://common-ground.example.org' });
 * // '# Debrief: Closing too soon\n\n…'
 */
export function debriefToMarkdown(debrief: Debrief, options: DebriefMarkdownOptions = {}): string {
  const base = siteAddress(options.siteUrl);
  const hrefs = new Map<string, string>(Object.entries(debrief.guidanceLinks));
  for (const step of debrief.path) for (const citation of step.feedback?.citations ?? []) hrefs.set(citation.id, citation.href);
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  const text = escapeMarkdown;
  push(`# Debrief: ${text(debrief.scenario.title)}`, '');
  push(`- **Role played:** ${text(debrief.scenario.role)}`);
  push(`- **Route:** ${text(debrief.scenario.audienceLabel)}`);
  push(`- **Process:** ${text(debrief.protocolName)}`);
  push(`- **Disagreement raised:** ${text(debrief.raisedLabel)}`);
  push(`- **Play stopped:** ${text(debrief.endedAtLabel)}`);
  if (base !== undefined) push(`- **Play it again:** ${base}/scenarios/${encodeURIComponent(debrief.scenario.id)}/`);
  push('');

  push('## Outcome', '');
  if (debrief.ending === null) {
    push('The scenario was not finished.', '');
  } else {
    push(`**${OUTCOME_WORDS[debrief.ending.outcome]} outcome**: ${text(describeEnding(debrief.ending, debrief.ending.atLabel))}.`, '');
    push(authorMarkdown(debrief.ending.debrief.trim(), hrefs, base), '');
  }

  if (debrief.immediateRisk !== null) {
    push('## Immediate risk of harm', '');
    push(`Identified ${text(debrief.immediateRisk.identifiedAtLabel)}. ${text(debrief.immediateRisk.message)}`, '');
    push(quoteText(debrief.immediateRisk.summary), '');
  }

  push('## Deadlines', '');
  push('| Stage | Deadline | Due | Status | What happened |', '| --- | --- | --- | --- | --- |');
  for (const stage of debrief.stages) {
    for (const deadline of stage.deadlines) {
      push(`| ${stage.stage} | ${cell(deadline.label)} | ${cell(deadline.dueLabel || '–')} | ${cell(deadline.statusLabel)} | ${cell(deadline.summary)} |`);
    }
  }
  push('');

  if (debrief.deviations.length > 0) {
    push('## Departures from the process', '');
    for (const deviation of debrief.deviations) push(`- Went from stage ${deviation.fromStage} to stage ${deviation.toStage}: ${text(deviation.message)}.`);
    push('');
  }

  push('## The path taken', '');
  for (const step of debrief.path) {
    const marks = [step.recommended ? 'recommended' : '', step.mistake ? 'a mistake' : ''].filter(Boolean).join(', ');
    push(`${step.number}. **${text(step.atLabel)}**, stage ${step.stage}: ${text(step.label)}${marks ? ` _(${marks})_` : ''}`);
    if (step.feedback) {
      push('', ...quote(authorMarkdown(step.feedback.markdown, hrefs, base)).split('\n').map((line) => `   ${line}`));
      if (step.feedback.citations.length > 0) {
        push('', `   Guidance: ${step.feedback.citations.map((citation) => citationLink(citation, base)).join('; ')}`);
      }
      push('');
    }
  }
  if (debrief.path.length === 0) push('No moves were made.');
  push('');
  if (debrief.leftRecommendedPath !== null) {
    const left = debrief.leftRecommendedPath;
    push(`You left the recommended path at step ${left.stepNumber}: you chose “${text(left.chosen)}” where the recommended move was “${text(left.recommended)}”.`, '');
  } else {
    push('You kept to the recommended path wherever one was offered.', '');
  }
  if (debrief.otherGoodRoutes.length > 0) {
    push('## Other ways to do well', '');
    for (const route of debrief.otherGoodRoutes) {
      const described = describeOtherRoute(route);
      push(`**${text(described.title)}**`, '');
      for (const step of described.steps) push(`- ${text(step)}`);
      push('');
    }
  }

  push('## Principles', '');
  for (const principle of debrief.principles) {
    const detail =
      principle.status === 'not-tested'
        ? 'not tested on this path'
        : [principle.shownBy.length > 0 ? `shown (${principle.shownBy.length})` : '', principle.missedBy.length > 0 ? `missed (${principle.missedBy.length})` : ''].filter(Boolean).join(', ');
    push(`- **${text(principle.label)}**: ${detail}`);
  }
  push('');

  push('## Your reflections and records', '');
  if (debrief.responses.length === 0) push('You did not write anything during this play-through.', '');
  for (const response of debrief.responses) {
    const kind = response.kind === 'record' ? 'Record' : `Reflection${response.phase ? ` (${response.phase} the conversation)` : ''}`;
    push(`### ${kind}`, '', `_${authorMarkdown(response.prompt.trim().replace(/\s*\n\s*/g, ' '), hrefs, base)}_`, '', quoteText(response.text || '(left blank)'), '');
  }

  if (debrief.capacity !== null) {
    push('## Mental capacity path', '');
    for (const step of debrief.capacity.steps) push(`- ${text(step.startedAtLabel)}: ${text(step.label)}`);
    push('', text(debrief.capacity.summary), '');
  }

  push('## Following resolution', '');
  push(debrief.learning.applies ? text(debrief.learning.summary) : `The disagreement was not resolved, so there is no outcome to report yet. ${text(debrief.learning.summary)}`, '');
  if (debrief.learning.guidance) push(`Guidance: ${citationLink(debrief.learning.guidance, base)}`, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
