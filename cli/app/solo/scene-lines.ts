/**
 * The lines of the scene screen's narrative, built from the scenario's mdast
 * (so headings, emphasis, lists and links render properly) together with the
 * runner's view (event times, what the learner has written).
 */
import { describeMoveTime, type Scenario, scenarioProtocol, type SessionView } from '../../../engine/index.js';
import { markdownToLines } from '../../markdown/index.js';
import { wrapSpans, type StyledLine } from '../../terminal/index.js';
import { guidanceTitles } from '../guidance-title.js';

/** Options for building lines. */
export interface LinesOptions {
  width: number;
  /** Visible markers instead of styling alone (no colour). */
  markers: boolean;
}

const md = (scenario: Scenario, options: LinesOptions) => ({ width: options.width, guidanceTitle: guidanceTitles(scenarioProtocol(scenario)), markers: options.markers });

/**
 * The narrative of the current scene, in reading order: Markdown, events
 * (with when they happened) and prompts (with what was written).
 */
export function sceneLines(scenario: Scenario, view: SessionView, options: LinesOptions): StyledLine[] {
  if (view.node.kind !== 'scene') return [];
  const scene = scenario.scenes[view.node.id];
  if (!scene) return [];
  const out: StyledLine[] = [];
  const gap = () => {
    if (out.length > 0) out.push([]);
  };
  if (view.immediateRisk) {
    out.push(...wrapSpans([{ text: '! IMMEDIATE RISK: ', bold: true }, { text: view.immediateRisk.summary }], options.width));
  }
  scene.items.forEach((item, index) => {
    const shown = view.node.kind === 'scene' ? view.node.items[index] : undefined;
    if (item.kind === 'markdown') {
      gap();
      out.push(...markdownToLines(item.narrative.mdast, md(scenario, options)));
    } else if (item.kind === 'event') {
      const event = scene.events[item.index];
      if (!event) return;
      gap();
      const when = shown?.kind === 'event' ? shown.atLabel : '';
      out.push(...wrapSpans([{ text: `⏱ ${when}${event.afterText ? ` (${event.afterText} later)` : ''}`, bold: true }], options.width));
      out.push(...markdownToLines(event.text.mdast, md(scenario, options)));
    } else {
      const prompt = item.kind === 'reflect' ? scene.reflects.find((entry) => entry.id === item.id) : scene.records.find((entry) => entry.id === item.id);
      if (!prompt) return;
      const written = view.node.kind === 'scene' ? view.node.prompts.find((entry) => entry.id === item.id)?.text : undefined;
      gap();
      const heading = item.kind === 'reflect' ? `✎ Reflect (${'phase' in prompt ? prompt.phase : ''} the conversation)` : '✎ Record';
      out.push([{ text: heading, bold: true }]);
      out.push(...markdownToLines(prompt.prompt.mdast, md(scenario, options)));
      out.push(...wrapSpans([{ text: written ? `You wrote: “${written}”` : '(nothing written yet)', dim: true }], options.width));
    }
  });
  return out;
}

/** The feedback for the latest choice, with cited guidance and principles. */
export function feedbackLines(scenario: Scenario, view: SessionView, options: LinesOptions): StyledLine[] {
  const last = view.history[view.history.length - 1];
  const out: StyledLine[] = [];
  if (!last) return out;
  out.push(...wrapSpans([{ text: 'You chose: ', bold: true }, { text: last.label }], options.width));
  out.push(...wrapSpans([{ text: describeMoveTime(last), dim: true }], options.width));
  if (last.identifiedRisk && view.immediateRisk) out.push(...wrapSpans([{ text: '! This was immediate risk of harm: ', bold: true }, { text: view.immediateRisk.summary }], options.width));
  out.push([]);
  const choice = scenario.scenes[last.fromSceneId]?.choices.find((entry) => entry.id === last.choiceId);
  if (choice?.feedback) out.push(...markdownToLines(choice.feedback.mdast, md(scenario, options)));
  const feedback = last.feedback;
  if (feedback) {
    if (feedback.citations.length > 0) {
      out.push([]);
      out.push(...wrapSpans([{ text: 'Guidance: ', bold: true }, { text: feedback.citations.map((citation) => citation.title).join('; ') }], options.width));
    }
    if (feedback.shows.length > 0) out.push(...wrapSpans([{ text: '✓ Shows: ', bold: true }, { text: feedback.shows.map((entry) => entry.label).join(', ') }], options.width));
    if (feedback.misses.length > 0) out.push(...wrapSpans([{ text: '✗ Misses: ', bold: true }, { text: feedback.misses.map((entry) => entry.label).join(', ') }], options.width));
  }
  for (const deviation of last.deviations) out.push(...wrapSpans([{ text: `⚠ Not the process: ${deviation.message}`, bold: true }], options.width));
  if (last.recommended) out.push([{ text: '★ This was the recommended choice.', dim: true }]);
  return out;
}
