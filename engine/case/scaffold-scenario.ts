/**
 * Turns an audited case into a draft scenario: one decision point per stage
 * the case reached, the recommended path following the real timeline (an
 * `<Event after>` carries the clock to when each stage really ended, and the
 * real gap to the next stage becomes the choice's `after`), a poor
 * choice at every point for the author to write, and endings for the real
 * outcome, a poor one and a third. Places for the author's narrative are
 * plain Markdown blockquotes beginning "**Author:**".
 */
import { stringify } from 'yaml';
import { englandAndWalesCalendar } from '../calendar/england-and-wales-calendar.js';
import { formatLondon, parseLondonDateTime, toIsoWithOffset } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { protocolById, type ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import type { Protocol, ProtocolStage } from '../protocol/protocol.schema.js';
import { SCENARIO_FORMAT_VERSION } from '../scenario/scenario-format.js';
import type { TopicId } from '../scenario/scenario-vocabulary.js';
import type { CaseAudit, StageAudit } from './case-audit.js';
import { caseEventKindsOf, stageOfEventKind } from './case-event-kinds.js';
import type { CaseFile } from './case-file.schema.js';
import { durationBetween } from './duration-between.js';

/** Options for {@link scaffoldScenario}. */
export interface ScaffoldOptions {
  /** Today, `YYYY-MM-DD`, for `provenance.reviewed` (the engine has no clock). */
  today: string;
  /** The case file's name, mentioned in the draft's header comment. */
  caseFileName?: string;
  /** The protocol; the one the case names, looked up in `protocols`, when left out. */
  protocol?: Protocol;
  /** The protocols known by id; the built-in ones when left out. */
  protocols?: ProtocolCatalogue;
  /** Working days; England and Wales when left out. */
  calendar?: WorkingDayCalendar;
}

/** Text safe inside MDX: braces and angle brackets would start code or tags. */
function mdxText(text: string): string {
  return text.replace(/[{}<>]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, ' ');
}

/** Lower-cases the first letter for use mid-sentence, leaving acronyms (`GP`, `NYSAB`) alone. */
function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** `a, b and c`. */
function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** `after="…"`, or nothing when no time passes. */
function afterAttribute(duration: string | undefined): string {
  return duration === undefined ? '' : ` after="${duration}"`;
}

/** True when the stage's due deadline counts elapsed hours. */
function isHourStage(stage: ProtocolStage | undefined): boolean {
  const due = stage?.deadlines.find((deadline) => deadline.id === stage.due);
  return due !== undefined && 'hoursAfter' in due.rule;
}

function authorNote(lines: string[]): string[] {
  return lines.map((line) => (line === '' ? '>' : `> ${line}`));
}

/**
 * Writes a draft scenario (.mdx text) from a case and its audit. The result
 * passes the scenario validator with warnings only (`status: draft`), has a
 * scene at each stage from 1 to the highest the case reached, and at least
 * three endings, one good and one poor.
 *
 * @example
 * const audit = auditCase(caseFile);
 * const mdx = scaffoldScenario(caseFile, audit, { today: '2027-05-20', caseFileName: 'missed-deadlines.case.yaml' });
 * checkScenarioSource(mdx, 'scenarios/draft.mdx').findings; // warnings only
 */
export function scaffoldScenario(caseFile: CaseFile, audit: CaseAudit, options: ScaffoldOptions): string {
  const protocol = options.protocol ?? protocolById(caseFile.protocol, options.protocols);
  const kinds = caseEventKindsOf(protocol);
  const calendar = options.calendar ?? englandAndWalesCalendar;
  const roleOf = (id: string | undefined) => caseFile.agencies.find((agency) => agency.id === id)?.role;
  const highest = audit.highestStage;
  const stages = audit.stages.filter((stage) => stage.stage <= highest);
  const realOutcome = audit.deadlinesMet && audit.resolution ? 'good' : 'mixed';

  // The simulated clock on entering each stage's scene: when the stage
  // really started, or (for a step the case skipped) the previous clock.
  const clocks: string[] = [];
  for (const stage of stages) clocks.push(stage.started ?? clocks.at(-1) ?? audit.raised);
  const clockAt = (index: number) => parseLondonDateTime(clocks[index] ?? audit.raised);

  const events = caseFile.events.map((event) => ({ event, time: parseLondonDateTime(event.at) })).sort((a, b) => a.time - b.time);
  const eventsOf = (index: number) => {
    const from = clockAt(index);
    const next = index + 1 < stages.length ? clockAt(index + 1) : undefined;
    return events.filter(({ event, time }) => {
      const stage = stageOfEventKind(kinds, event.kind);
      if (stage !== undefined) return stage === stages[index]?.stage;
      return time >= from && (next === undefined || time < next || (index === 0 && time < from));
    });
  };

  const lines: string[] = [];
  for (const [index, stage] of stages.entries()) {
    const protocolStage = protocol.stages.find((candidate) => candidate.stage === stage.stage);
    const nextStage = stages[index + 1];
    const clock = formatLondon(clockAt(index));
    const timeline = eventsOf(index).map(({ event, time }) => {
      const who = roleOf(event.by);
      const what = event.kind === 'resolved' ? `Resolved at stage ${event.stage}` : (kinds.get(event.kind)?.label ?? event.kind);
      return `- ${formatLondon(time)}, ${mdxText(what)}${who ? ` (${mdxText(who)})` : ''}${event.summary ? `: ${mdxText(endSentence(event.summary))}` : '.'}`;
    });
    lines.push(`<Scene id="stage-${stage.stage}" stage={${stage.stage}}>`, '', `## Stage ${stage.stage}: ${mdxText(stage.title)}`, '');
    lines.push(
      ...authorNote([
        `**Author:** describe the situation at ${clock} from the learner's side: what has just happened, who is involved (add anyone you name to \`cast\`), and what the person at the centre is living through.`,
        ...(stage.reached ? [] : ['', `In the real case this step was skipped. Decide whether the learner meets it here, or rewrite the recommended choice below.`]),
        ...(timeline.length > 0 ? ['', 'From the case timeline:', '', ...timeline] : []),
      ]),
      '',
    );

    // Time inside the stage: the runner ends a stage when the learner takes
    // the choice that leaves it, so an event carries the clock to the moment
    // the stage really ended before the choice is offered.
    const ended = stage.ended ? parseLondonDateTime(stage.ended) : undefined;
    const within = ended ? durationBetween(clockAt(index), ended, { hours: isHourStage(protocolStage), calendar }) : undefined;
    const leaving = within && ended ? ended : clockAt(index);
    if (within && ended) {
      lines.push(
        `<Event after="${within}">`,
        `Stage ${stage.stage} runs its course. In the case it ended ${formatLondon(ended)}.`,
        '',
        ...authorNote([`**Author:** describe what happens during this time and how this stage ends.`]),
        '</Event>',
        '',
      );
    }

    // The recommended choice: the next real step, after the real interval.
    if (nextStage) {
      const duration = durationBetween(leaving, clockAt(index + 1), { calendar });
      const nextProtocolStage = protocol.stages.find((candidate) => candidate.stage === nextStage.stage);
      lines.push(
        `<Choice id="stage-${stage.stage}-next-step" to="stage-${nextStage.stage}"${afterAttribute(duration)} recommended>`,
        `Move to stage ${nextStage.stage}: ${mdxText(lowerFirst(nextStage.title))}.`,
        '',
        `<Feedback cite="${nextProtocolStage?.guidance ?? `stage-${nextStage.stage}`}" shows="timeliness respectful-challenge">`,
        `${mdxText(endSentence(nextProtocolStage?.timescale ?? nextStage.rule))} ${resultSentence(nextStage)}`,
        '',
        ...authorNote([`**Author:** explain, with the guidance, why this is the right next step and what it means for the person at the centre.`]),
        '</Feedback>',
        '</Choice>',
        '',
      );
    } else {
      lines.push(
        `<Choice id="stage-${stage.stage}-settle" to="real-outcome" recommended>`,
        audit.resolution ? `Agree a way forward that settles the disagreement at stage ${stage.stage}.` : `Keep pressing for an answer at stage ${stage.stage}.`,
        '',
        `<Feedback cite="${protocolStage?.guidance ?? `stage-${stage.stage}`} following-resolution" shows="person-at-centre recording">`,
        `This is how the real case ended. ${mdxText(endSentence(stage.rule))}`,
        '',
        ...authorNote([`**Author:** explain what settled it and what the learner should record.`]),
        '</Feedback>',
        '</Choice>',
        '',
      );
      const third = realOutcome === 'good'
        ? { id: 'settle-late', to: 'mixed-outcome', after: '10 working days', label: 'Settle it in the end, but only after the timescale has passed.', misses: 'timeliness', text: 'Reaching the same answer late leaves the person without the right response for longer.' }
        : { id: 'settle-on-time', to: 'good-outcome', after: undefined, label: 'Take each step as soon as the one before it fails, inside every timescale.', misses: undefined, text: 'Keeping to every timescale gets the person the right response sooner.' };
      lines.push(
        `<Choice id="stage-${stage.stage}-${third.id}" to="${third.to}"${afterAttribute(third.after)}>`,
        third.label,
        '',
        `<Feedback cite="timescales-are-maximums"${third.misses ? ` misses="${third.misses}"` : ' shows="timeliness"'}>`,
        third.text,
        '',
        ...authorNote([`**Author:** rewrite this alternative so it fits the story.`]),
        '</Feedback>',
        '</Choice>',
        '',
      );
    }

    // The poor choice, for the author to write.
    lines.push(
      `<Choice id="stage-${stage.stage}-poor" to="poor-outcome" after="5 working days" mistake>`,
      'Wait to see whether things settle before doing anything more.',
      '',
      `<Feedback cite="timescales-are-maximums" misses="timeliness person-at-centre">`,
      'Timescales are the most time allowed, never a reason to wait; while the professionals wait, the person at the centre waits too.',
      '',
      ...authorNote([`**Author:** write the poor choice for this point: a move a practitioner might really make here, and why it goes wrong.`]),
      '</Feedback>',
      '</Choice>',
      '',
      '</Scene>',
      '',
    );
  }

  lines.push(...endings(audit, realOutcome));
  return `${frontmatter(caseFile, audit, protocol, options)}\n${lines.join('\n')}`;
}

/** A sentence saying how the real case did on a stage's deadlines. */
function resultSentence(stage: StageAudit): string {
  if (!stage.reached) return 'In the real case this step was skipped.';
  const deadlines = stage.checks.filter((check) => check.kind === 'deadline');
  const missed = deadlines.filter((check) => check.status === 'missed');
  if (missed.length === 0) return 'In the real case this step was on time.';
  return `In the real case this step was late: ${missed.map((check) => `${check.label.toLowerCase()} ${check.late?.text ?? ''} late`).join('; ')}.`;
}

function endings(audit: CaseAudit, realOutcome: 'good' | 'mixed'): string[] {
  const missed = audit.checks.filter((check) => check.status === 'missed' && check.kind === 'deadline');
  const facts = [
    audit.resolution
      ? `In the case, the disagreement was resolved at stage ${audit.resolution.stage} on ${formatLondon(parseLondonDateTime(audit.resolution.at))}.`
      : `In the case, no resolution was recorded; it reached stage ${audit.highestStage}.`,
    missed.length === 0
      ? 'Every deadline was met.'
      : `Deadlines missed: ${missed.map((check) => `${check.id} (${check.late?.text ?? ''} late)`).join(', ')}.`,
    ...(audit.learning ? [`The outcome goes to the ${audit.learning.subgroup} ([following resolution](guidance:following-resolution)).`] : []),
  ];
  const resolvedAt = audit.resolution ? ` resolvedAt={${audit.resolution.stage}}` : '';
  const third =
    realOutcome === 'good'
      ? ['<Ending id="mixed-outcome" outcome="mixed"' + resolvedAt + '>', '', '## Settled, but late', '', 'The same answer came, but after the timescale; [timescales are maximums](guidance:timescales-are-maximums).']
      : ['<Ending id="good-outcome" outcome="good"' + resolvedAt + '>', '', '## Settled on time', '', 'Each step followed as soon as the one before failed, inside every timescale of the [resolution process](guidance:stage-table).'];
  return [
    `<Ending id="real-outcome" outcome="${realOutcome}"${resolvedAt}>`,
    '',
    '## What happened in the case',
    '',
    ...authorNote([`**Author:** write the debrief: what went well, what the guidance says, what to take into practice.`]),
    '',
    facts.join(' '),
    '',
    '</Ending>',
    '',
    ...third,
    '',
    ...authorNote([`**Author:** write this debrief.`]),
    '',
    '</Ending>',
    '',
    '<Ending id="poor-outcome" outcome="poor">',
    '',
    '## The disagreement stalls',
    '',
    'Nobody took the next step in time, and the person at the centre waited while the professionals did. [Timescales are maximums](guidance:timescales-are-maximums), never a reason to delay.',
    '',
    ...authorNote([`**Author:** write this debrief.`]),
    '',
    '</Ending>',
    '',
  ];
}

function frontmatter(caseFile: CaseFile, audit: CaseAudit, protocol: Protocol, options: ScaffoldOptions): string {
  const highest = audit.highestStage;
  const topics = new Set<TopicId>(caseFile.topics ?? []);
  // Reaching a panel stage of the protocol is what the escalation-panel topic means.
  const reachedPanel = audit.stages.some((stage) => stage.reached && protocol.stages.find((candidate) => candidate.stage === stage.stage)?.panel === true);
  if (reachedPanel) topics.add('escalation-panel');
  else topics.delete('escalation-panel');
  if (audit.holidays.some((day) => day.reason === 'bank-holiday')) topics.add('holidays');
  const chosenTopics: TopicId[] = topics.size > 0 ? [...topics] : ['agency-response'];
  const firstActor = caseFile.events.find((event) => event.by !== undefined)?.by;
  const learnerAgency = caseFile.agencies.find((agency) => agency.id === firstActor) ?? caseFile.agencies[0]!;
  const raised = toIsoWithOffset(parseLondonDateTime(audit.raised)).slice(0, 16);
  const stageRows = audit.stages.filter((stage) => stage.stage <= highest);
  const data = {
    formatVersion: SCENARIO_FORMAT_VERSION,
    title: caseFile.title ?? `A disagreement that reached stage ${highest}`,
    summary: `A disagreement (${protocol.routes[caseFile.audience]?.label ?? caseFile.audience}) between ${listInWords(caseFile.agencies.map((agency) => lowerFirst(agency.role)))}, ${audit.resolution ? `resolved at stage ${audit.resolution.stage}` : `taken to stage ${highest}`}. Drafted from a resolved case timeline.`,
    audience: caseFile.audience,
    protocol: protocol.id,
    raised,
    role: `Practitioner, ${learnerAgency.role}`,
    agencies: caseFile.agencies.map((agency) => agency.role),
    topics: chosenTopics,
    objectives: stageRows.map((stage) => `Follow stage ${stage.stage} (${lowerFirst(stage.title)}) within its timescale: ${lowerFirst(stage.rule)}`),
    estimatedMinutes: Math.min(240, 5 + 3 * stageRows.length),
    provenance: { basis: 'composite of resolved cases', author: 'Common Ground contributors', reviewed: options.today },
    cast: [],
    status: 'draft',
  };
  const header = [
    `# Draft scaffolded by \`common-ground case scaffold\`${options.caseFileName ? ` from ${options.caseFileName}` : ''}.`,
    '# Author: check the title, summary, role, topics and objectives; add every',
    '# person you name to cast; replace each "> **Author:**" note with the story.',
    '# The recommended path follows the real timeline: each stage starts and',
    '# ends (its <Event after>) when it really did.',
  ];
  return ['---', ...header, stringify(data, { lineWidth: 0 }).trimEnd(), '---', ''].join('\n');
}
