/**
 * The words of the story for the projector: a scene in full (its heading,
 * narrative, events with when they happened, the prompts as questions for
 * the tables) followed by its choices; and the author's feedback on a
 * choice with the guidance it cites. Built from the scenario's Markdown
 * trees so headings, emphasis and lists keep their shape.
 */
import { nodeTitle, scenarioProtocol, type ChoiceReveal, type Scenario, type SessionView } from '../../../engine/index.js';
import { markdownToLines } from '../../markdown/index.js';
import { guidanceTitles } from '../guidance-title.js';
import { wrap, type ScreenLine } from './screen-lines.js';

/** How the words are laid out. */
export interface TextOptions {
  width: number;
  /** No colour: structure shown with characters too. */
  markers: boolean;
}

const markdownOptions = (scenario: Scenario, options: TextOptions) => ({ width: options.width, guidanceTitle: guidanceTitles(scenarioProtocol(scenario)), markers: options.markers });

/**
 * The choices of a scene, numbered as the tables vote on them.
 * @example
 * choiceLines(view, { width: 76, markers: false });
 */
export function choiceLines(view: SessionView, options: TextOptions): ScreenLine[] {
  if (view.node.kind !== 'scene') return [];
  if (view.node.canContinue) return wrap([{ text: '→ No choice here: the story moves on.', bold: true }], options.width);
  return view.node.choices.flatMap((choice) => wrap([{ text: `${choice.number}) `, bold: true, tone: 'accent' }, { text: choice.label, bold: true }], options.width, 3));
}

/**
 * The author's questions for the room (the scene's `<Discuss>`), headed,
 * for the discussion screen; none when the author wrote none.
 * @example
 * discussLines(scenario, cycle.decision.view, { width: 76, markers: false });
 */
export function discussLines(scenario: Scenario, view: SessionView, options: TextOptions): ScreenLine[] {
  if (view.node.kind !== 'scene') return [];
  const discuss = scenario.scenes[view.node.id]?.discuss;
  if (!discuss) return [];
  return [[{ text: 'Questions for the room', bold: true, underline: true }], ...markdownToLines(discuss.mdast, markdownOptions(scenario, options))];
}

/**
 * The scene in reading order, then its choices.
 * @example
 * readLines(scenario, cycle.decision.view, { width: 76, markers: false });
 */
export function readLines(scenario: Scenario, view: SessionView, options: TextOptions): ScreenLine[] {
  if (view.node.kind !== 'scene') return [];
  const scene = scenario.scenes[view.node.id];
  if (!scene) return [];
  const md = markdownOptions(scenario, options);
  const out: ScreenLine[] = [];
  const gap = () => {
    if (out.length > 0) out.push([]);
  };
  if (view.immediateRisk) out.push(...wrap([{ text: '! IMMEDIATE RISK: ', bold: true, tone: 'bad' }, { text: view.immediateRisk.summary }], options.width));
  // A scene without a heading of its own still shows what it is.
  if (!scene.narrative.mdast.children.some((node) => node.type === 'heading')) out.push(...wrap([{ text: nodeTitle(scenario, scene.id), bold: true, underline: true }], options.width));
  scene.items.forEach((item, index) => {
    const shown = view.node.kind === 'scene' ? view.node.items[index] : undefined;
    if (item.kind === 'markdown') {
      gap();
      out.push(...markdownToLines(item.narrative.mdast, md));
    } else if (item.kind === 'event') {
      const event = scene.events[item.index];
      if (!event) return;
      gap();
      const when = shown?.kind === 'event' ? shown.atLabel : '';
      out.push(...wrap([{ text: `⏱ ${when}${event.afterText ? ` (${event.afterText} later)` : ''}`, bold: true }], options.width));
      out.push(...markdownToLines(event.text.mdast, md));
    } else {
      const prompt = item.kind === 'reflect' ? scene.reflects.find((entry) => entry.id === item.id) : scene.records.find((entry) => entry.id === item.id);
      if (!prompt) return;
      gap();
      out.push([{ text: item.kind === 'reflect' ? '? For the tables to discuss' : '✎ For the tables to record', bold: true, tone: 'accent' }]);
      out.push(...markdownToLines(prompt.prompt.mdast, md).map((line): ScreenLine => [{ text: '│ ', tone: 'accent' }, ...line]));
    }
  });
  gap();
  out.push([{ text: view.node.canContinue ? 'What happens next' : 'The choices', bold: true, underline: true }]);
  out.push(...choiceLines(view, options));
  return out;
}

/**
 * The author's feedback on one choice of a revealed decision: its words,
 * then the guidance it cites and the principles it shows or misses.
 * @example
 * feedbackLines(scenario, 'cin-review', reveal.made[0], { width: 76, markers: false });
 */
export function feedbackLines(scenario: Scenario, sceneId: string, choice: ChoiceReveal, options: TextOptions): ScreenLine[] {
  const authored = scenario.scenes[sceneId]?.choices.find((entry) => entry.id === choice.choiceId)?.feedback;
  if (!authored) return wrap([{ text: 'The author wrote no feedback for this choice.', dim: true }], options.width);
  const out: ScreenLine[] = markdownToLines(authored.mdast, markdownOptions(scenario, options));
  const feedback = choice.feedback;
  if (feedback && feedback.citations.length > 0) out.push(...wrap([{ text: 'Guidance: ', bold: true }, { text: feedback.citations.map((citation) => citation.title).join('; '), dim: true }], options.width, 2));
  if (feedback && feedback.shows.length > 0) out.push(...wrap([{ text: '✓ Shows: ', bold: true, tone: 'good' }, { text: feedback.shows.map((entry) => entry.label).join(', ') }], options.width, 2));
  if (feedback && feedback.misses.length > 0) out.push(...wrap([{ text: '✗ Misses: ', bold: true, tone: 'bad' }, { text: feedback.misses.map((entry) => entry.label).join(', ') }], options.width, 2));
  return out;
}
