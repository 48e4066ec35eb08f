/**
 * Plain mode's words: the scene, the feedback and the debrief as plain text
 * lines, for screen readers and scripts. No Markdown is left in them (no
 * `*emphasis*`, no link syntax, no tables): the author's Markdown goes
 * through the engine's one Markdown-to-text function, block by block, so
 * paragraphs and list items stay apart; nothing is conveyed by a symbol
 * alone.
 */
import { type Debrief, describeEnding, describeMoveTime, describeOtherRoute, markdownToText, type Scenario, type SessionView } from '../../../engine/index.js';
import { lineText, wrapSpans, wrapText } from '../../terminal/index.js';

/** One block of the author's Markdown: its source, and the bullet or number it is listed under, if any. */
interface MarkdownBlock {
  source: string[];
  marker?: string;
  /** How far a nested list item sits in, in levels. */
  depth?: number;
}

const BLANK = /^\s*$/;
const ATX_HEADING = /^ {0,3}#{1,6}(\s|$)/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;

/**
 * The blocks of a Markdown text, in order: paragraphs and headings (kept
 * apart by blank lines, a heading ends where its line does), list items one
 * each, a fenced code block whole.
 */
function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let current: MarkdownBlock | null = null;
  let fenced = false;
  const flush = () => {
    if (current && current.source.length > 0) blocks.push(current);
    current = null;
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (fenced) {
      current?.source.push(line);
      if (FENCE.test(line)) {
        fenced = false;
        flush();
      }
      continue;
    }
    if (FENCE.test(line)) {
      flush();
      current = { source: [line] };
      fenced = true;
      continue;
    }
    if (BLANK.test(line)) {
      flush();
      continue;
    }
    if (ATX_HEADING.test(line)) {
      flush();
      blocks.push({ source: [line] });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    // `---` under a paragraph underlines a heading; alone it is a rule, and `- x` is a list item.
    if (item && !(current && /^ {0,3}-+\s*$/.test(line))) {
      flush();
      const marker = /\d/.test(item[2]!) ? `${item[2]!.replace(')', '.')}` : '•';
      current = { source: [item[3]!], marker, depth: Math.floor(item[1]!.replace(/\t/g, '    ').length / 2) };
      continue;
    }
    if (!current) current = { source: [] };
    current.source.push(line);
  }
  flush();
  return blocks;
}

/**
 * The author's Markdown as plain text lines wrapped to `width`: one block
 * after another, a blank line between blocks, list items under `•` or their
 * number.
 *
 * @example
 * plainMarkdown('Ring *Bea* today.\n\n- Ask for [the notes](guidance:before)', 40);
 * // ['Ring Bea today.', '', '• Ask for the notes']
 */
export function plainMarkdown(markdown: string, width: number): string[] {
  const out: string[] = [];
  /** The kind of list the block before was an item of (bullets or numbers), if it was one. */
  let previousList: 'bullets' | 'numbers' | undefined;
  for (const block of markdownBlocks(markdown)) {
    const text = markdownToText(block.source.join('\n'));
    if (text === '') continue;
    const isItem = block.marker !== undefined;
    const list = block.marker === undefined ? undefined : block.marker === '•' ? 'bullets' : 'numbers';
    // Items of one list follow each other without a blank line.
    if (out.length > 0 && !(list !== undefined && list === previousList)) out.push('');
    if (isItem) {
      const indent = '  '.repeat(block.depth ?? 0);
      const first = `${indent}${block.marker} `;
      out.push(...wrapSpans([{ text }], width, [{ text: first }], [{ text: ' '.repeat(first.length) }]).map(lineText));
    } else out.push(...wrapText(text, width));
    previousList = list;
  }
  return out;
}

/** A sentence of plain text, wrapped. */
function para(text: string, width: number): string[] {
  return wrapText(text, width);
}

/** Plain text wrapped with every line after the first indented by `indent` columns, for numbered entries. */
function hanging(text: string, width: number, indent: number): string[] {
  return wrapSpans([{ text }], width, [], [{ text: ' '.repeat(indent) }]).map(lineText);
}

/** Ends the text with a full stop unless it already ends a sentence (a label may carry its own). */
function sentence(text: string): string {
  return /[.!?…”"')]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** How a reflection or record prompt is named in plain mode, e.g. "reflection (before the conversation)". */
export function promptName(prompt: { kind: 'reflect' | 'record'; phase?: string | undefined }): string {
  return prompt.kind === 'record' ? 'record' : `reflection${prompt.phase ? ` (${prompt.phase} the conversation)` : ''}`;
}

/**
 * The current scene as plain text: the narrative, each event with when it
 * happened, and each reflection or record with its question and what the
 * learner has written.
 */
export function plainSceneLines(scenario: Scenario, view: SessionView, width: number): string[] {
  if (view.node.kind !== 'scene') return [];
  const node = view.node;
  const scene = scenario.scenes[node.id];
  if (!scene) return [];
  const out: string[] = [];
  const block = (lines: string[]) => {
    if (lines.length === 0) return;
    if (out.length > 0) out.push('');
    out.push(...lines);
  };
  if (view.immediateRisk) block(para(`Immediate risk: ${view.immediateRisk.summary}`, width));
  scene.items.forEach((item, index) => {
    const shown = node.items[index];
    if (item.kind === 'markdown') block(plainMarkdown(item.narrative.markdown, width));
    else if (item.kind === 'event') {
      const event = scene.events[item.index];
      if (!event) return;
      const when = shown?.kind === 'event' ? shown.atLabel : '';
      block([...para(`${when}${event.afterText ? ` (${event.afterText} later)` : ''}:`, width), ...plainMarkdown(event.text.markdown, width)]);
    } else {
      const prompt = node.prompts.find((entry) => entry.id === item.id);
      if (!prompt) return;
      const name = promptName(prompt);
      block([
        ...para(`${name.charAt(0).toUpperCase()}${name.slice(1)}:`, width),
        ...plainMarkdown(prompt.prompt, width),
        ...para(prompt.text ? `You wrote: “${prompt.text}”` : 'Nothing written yet.', width),
      ]);
    }
  });
  return out;
}

/** The feedback for the latest choice as plain text, with the guidance cited and the principles shown or missed. */
export function plainFeedbackLines(scenario: Scenario, view: SessionView, width: number): string[] {
  const last = view.history[view.history.length - 1];
  if (!last) return [];
  const out: string[] = [...para(`You chose: ${last.label}`, width), ...para(describeMoveTime(last), width)];
  if (last.identifiedRisk && view.immediateRisk) out.push(...para(`This was immediate risk of harm: ${view.immediateRisk.summary}`, width));
  const choice = scenario.scenes[last.fromSceneId]?.choices.find((entry) => entry.id === last.choiceId);
  if (choice?.feedback) out.push('', ...plainMarkdown(choice.feedback.markdown, width));
  const feedback = last.feedback;
  const notes: string[] = [];
  if (feedback && feedback.citations.length > 0) notes.push(...para(`Guidance: ${feedback.citations.map((citation) => citation.title).join('; ')}.`, width));
  if (feedback && feedback.shows.length > 0) notes.push(...para(`Shows: ${feedback.shows.map((entry) => entry.label).join(', ')}.`, width));
  if (feedback && feedback.misses.length > 0) notes.push(...para(`Misses: ${feedback.misses.map((entry) => entry.label).join(', ')}.`, width));
  for (const deviation of last.deviations) notes.push(...para(`Not the process: ${deviation.message}`, width));
  if (last.recommended) notes.push('This was the recommended choice.');
  if (notes.length > 0) out.push('', ...notes);
  return out;
}

const OUTCOME_WORDS = { good: 'Good', mixed: 'Mixed', poor: 'Poor' } as const;

const STATUS_WORDS: Record<Debrief['stages'][number]['deadlines'][number]['status'], string> = {
  met: 'met',
  missed: 'MISSED',
  pending: 'still open',
  'not-reached': 'not reached',
  skipped: 'skipped',
  aim: 'an aim (not scored)',
};

/**
 * The debrief as plain text: what the debrief Markdown export holds, with
 * headings as lines of their own, the deadlines as sentences rather than a
 * table, and the author's words without their Markdown.
 *
 * @example
 * plainDebriefLines(buildDebrief(scenario, session), 78).join('\n');
 */
export function plainDebriefLines(debrief: Debrief, width: number): string[] {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    out.push('', title, ...lines);
  };
  out.push(...para(`Debrief: ${debrief.scenario.title}`, width));
  out.push(...para(sentence(`Role played: ${debrief.scenario.role}`), width));
  out.push(...para(sentence(`Route: ${debrief.scenario.audienceLabel}`), width));
  out.push(...para(sentence(`Process: ${debrief.protocolName}`), width));
  out.push(...para(sentence(`Disagreement raised: ${debrief.raisedLabel}`), width));
  out.push(...para(sentence(`Play stopped: ${debrief.endedAtLabel}`), width));

  if (debrief.ending === null) section('Outcome', ['The scenario was not finished.']);
  else {
    // The same words as the site's debrief: "resolved at stage 3 on …", never "resolved at stage 3, reached … at stage 3".
    const ending = plainMarkdown(debrief.ending.debrief, width);
    section('Outcome', [...para(`${OUTCOME_WORDS[debrief.ending.outcome]} outcome: ${describeEnding(debrief.ending, debrief.ending.atLabel)}.`, width), ...(ending.length > 0 ? ['', ...ending] : [])]);
  }

  if (debrief.immediateRisk !== null) {
    section('Immediate risk of harm', [...para(`Identified ${debrief.immediateRisk.identifiedAtLabel}. ${debrief.immediateRisk.message}`, width), ...para(debrief.immediateRisk.summary, width)]);
  }

  const deadlines: string[] = [];
  for (const stage of debrief.stages) {
    for (const deadline of stage.deadlines) {
      // The summary usually begins with the status ("Met: …", "Not reached"); it is said once.
      const status = STATUS_WORDS[deadline.status];
      const summary = deadline.summary.trim();
      const said = summary.toLowerCase().startsWith(status.toLowerCase().split(' ')[0]!);
      const what = said ? sentence(summary) : `${status}${summary ? `. ${sentence(summary)}` : '.'}`;
      deadlines.push(...hanging(`Stage ${stage.stage}, ${deadline.label}${deadline.dueLabel ? `, due ${deadline.dueLabel}` : ''}: ${what}`, width, 2));
    }
  }
  section('Deadlines', deadlines.length > 0 ? deadlines : ['No deadlines.']);

  if (debrief.deviations.length > 0) {
    section('Departures from the process', debrief.deviations.flatMap((deviation) => hanging(sentence(`Went from stage ${deviation.fromStage} to stage ${deviation.toStage}: ${deviation.message}`), width, 2)));
  }

  const path: string[] = [];
  for (const step of debrief.path) {
    const marks = [step.recommended ? 'recommended' : '', step.mistake ? 'a mistake' : ''].filter(Boolean).join(', ');
    path.push(...hanging(`${step.number}. ${step.atLabel}, stage ${step.stage}: ${marks ? `${step.label.trim().replace(/\.$/, '')} (${marks}).` : sentence(step.label)}`, width, 3));
    if (step.feedback) {
      path.push(...plainMarkdown(step.feedback.markdown, width - 3).map((line) => (line === '' ? '' : `   ${line}`)));
      if (step.feedback.citations.length > 0) path.push(...para(`Guidance: ${step.feedback.citations.map((citation) => citation.title).join('; ')}.`, width - 3).map((line) => `   ${line}`));
    }
  }
  if (debrief.path.length === 0) path.push('No moves were made.');
  const left = debrief.leftRecommendedPath;
  path.push(
    '',
    ...para(
      left === null
        ? 'You kept to the recommended path wherever one was offered.'
        : `You left the recommended path at step ${left.stepNumber}: you chose “${left.chosen}” where the recommended move was “${left.recommended}”.`,
      width,
    ),
  );
  section('The path taken', path);
  if (debrief.otherGoodRoutes.length > 0) {
    section(
      'Other ways to do well',
      debrief.otherGoodRoutes.flatMap((route, index) => {
        const described = describeOtherRoute(route);
        return [...(index > 0 ? [''] : []), ...para(`${described.title}:`, width), ...described.steps.flatMap((step) => hanging(`- ${step}`, width, 2))];
      }),
    );
  }

  section(
    'Principles',
    debrief.principles.flatMap((principle) => {
      const detail =
        principle.status === 'not-tested'
          ? 'not tested on this path'
          : [principle.shownBy.length > 0 ? `shown (${principle.shownBy.length})` : '', principle.missedBy.length > 0 ? `missed (${principle.missedBy.length})` : ''].filter(Boolean).join(', ');
      return hanging(`${principle.label}: ${detail}.`, width, 2);
    }),
  );

  const responses: string[] = [];
  if (debrief.responses.length === 0) responses.push('You did not write anything during this play-through.');
  for (const response of debrief.responses) {
    const name = promptName(response);
    if (responses.length > 0) responses.push('');
    responses.push(...para(`${name.charAt(0).toUpperCase()}${name.slice(1)}: ${markdownToText(response.prompt)}`, width), ...para(`You wrote: “${response.text || '(left blank)'}”`, width));
  }
  section('Your reflections and records', responses);

  if (debrief.capacity !== null) {
    section('Mental capacity path', [...debrief.capacity.steps.flatMap((step) => para(`${step.startedAtLabel}: ${step.label}.`, width)), ...para(debrief.capacity.summary, width)]);
  }

  section('Following resolution', para(debrief.learning.applies ? debrief.learning.summary : `The disagreement was not resolved, so there is no outcome to report yet. ${debrief.learning.summary}`, width));
  return out;
}
