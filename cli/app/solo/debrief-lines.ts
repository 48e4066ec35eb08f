/**
 * The debrief screen's lines, drawn from the engine's Debrief data: ending,
 * path with simulated times, each stage's deadlines (met, MISSED, not
 * reached), principles, and the learner's own words.
 */
import { type Debrief, describeOtherRoute, type Scenario, scenarioProtocol } from '../../../engine/index.js';
import { markdownToLines } from '../../markdown/index.js';
import { wrapSpans, type Span, type StyledLine } from '../../terminal/index.js';
import { guidanceTitles } from '../guidance-title.js';
import type { LinesOptions } from './scene-lines.js';

const OUTCOME: Record<string, string> = { good: 'Good outcome', mixed: 'Mixed outcome', poor: 'Poor outcome' };

function heading(text: string, options: LinesOptions): StyledLine[] {
  const lines: StyledLine[] = [[], [{ text, bold: true, underline: true }]];
  if (options.markers) lines.push([{ text: '-'.repeat(Math.min(options.width, text.length)) }]);
  return lines;
}

/**
 * All lines of the debrief.
 * @example
 * debriefLines(scenario, buildDebrief(scenario, session), { width: 76, markers: false });
 */
export function debriefLines(scenario: Scenario, debrief: Debrief, options: LinesOptions): StyledLine[] {
  const { width } = options;
  const wrap = (spans: Span[], indent = 0) => wrapSpans(spans, width, [{ text: ' '.repeat(indent) }], [{ text: ' '.repeat(indent + 2) }]);
  const out: StyledLine[] = [];
  out.push(...wrap([{ text: `Debrief: ${debrief.scenario.title}`, bold: true }]));
  if (debrief.ending) {
    const resolved = debrief.ending.resolvedAt === undefined ? 'never resolved' : `resolved at stage ${debrief.ending.resolvedAt}`;
    out.push(...wrap([{ text: `${OUTCOME[debrief.ending.outcome] ?? debrief.ending.outcome}: ${resolved}, ${debrief.ending.atLabel}` }]));
    const ending = scenario.endings[debrief.ending.id];
    if (ending) {
      out.push([]);
      out.push(...markdownToLines(ending.debrief.mdast, { width, guidanceTitle: guidanceTitles(scenarioProtocol(scenario)), markers: options.markers }));
    }
  }
  out.push(...heading('Your path', options));
  for (const step of debrief.path) {
    const mark = step.recommended ? '★ ' : step.mistake ? '✗ ' : '• ';
    out.push(...wrap([{ text: `${mark}${step.atLabel} (stage ${step.stage}): ` , dim: true }, { text: step.label }]));
    for (const deviation of step.deviations) out.push(...wrap([{ text: `⚠ ${deviation.message}`, bold: true }], 2));
  }
  if (debrief.leftRecommendedPath) {
    const left = debrief.leftRecommendedPath;
    out.push(...wrap([{ text: `You left the recommended path at step ${left.stepNumber}: the author recommended “${left.recommended}”.` }]));
  }
  if (debrief.otherGoodRoutes.length > 0) {
    out.push(...heading('Other ways to do well', options));
    for (const route of debrief.otherGoodRoutes) {
      const described = describeOtherRoute(route);
      out.push(...wrap([{ text: described.title, bold: true }]));
      for (const step of described.steps) out.push(...wrap([{ text: `• ${step}` }], 2));
    }
  }
  out.push(...heading('Deadlines', options));
  for (const stage of debrief.stages) {
    if (stage.deadlines.length === 0) continue;
    out.push(...wrap([{ text: `Stage ${stage.stage}: ${stage.title}`, bold: true }]));
    for (const deadline of stage.deadlines) {
      // A met limit says how it was met ("escalated in time" is not "resolved"), as the site's debrief does.
      const mark = deadline.status === 'met' ? `[x] ${deadline.statusLabel.toLowerCase()}` : deadline.status === 'missed' ? '[!] MISSED' : deadline.status === 'pending' ? '[ ] pending' : deadline.status === 'aim' ? '[~] aim' : '[-] not reached';
      out.push(...wrap([{ text: `${mark} `, bold: deadline.status === 'missed' }, { text: `${deadline.label}, due ${deadline.dueLabel}. ` }, { text: deadline.summary, dim: true }], 2));
    }
  }
  if (debrief.immediateRisk) {
    out.push(...heading('Immediate risk', options));
    out.push(...wrap([{ text: debrief.immediateRisk.message }]));
  }
  out.push(...heading('Principles', options));
  for (const principle of debrief.principles) {
    const mark = principle.status === 'shown' ? '✓ shown' : principle.status === 'missed' ? '✗ MISSED' : principle.status === 'mixed' ? '± mixed' : '· not tested';
    out.push(...wrap([{ text: `${mark}: `, bold: true }, { text: principle.label }]));
  }
  out.push(...heading('Your reflections and records', options));
  if (debrief.responses.length === 0) out.push(...wrap([{ text: 'You did not write any reflections or records this time.', dim: true }]));
  for (const response of debrief.responses) {
    out.push(...wrap([{ text: response.kind === 'record' ? 'Record: ' : `Reflection (${response.phase ?? ''}): `, bold: true }, { text: response.prompt.replace(/\s+/g, ' ').trim() }]));
    out.push(...wrap([{ text: `“${response.text}”`, italic: true }], 2));
  }
  if (debrief.learning.applies) {
    out.push(...heading('Following resolution', options));
    out.push(...wrap([{ text: debrief.learning.summary }]));
  }
  return out;
}
