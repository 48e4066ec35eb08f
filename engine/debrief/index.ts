/**
 * The debrief layer's public face: a finished (or stopped) session as
 * debrief data, Markdown for CPD evidence, and a timeline series for charts.
 */
export type {
  Debrief,
  DebriefScenario,
  DebriefEnding,
  DebriefStep,
  DebriefDeadline,
  DebriefStage,
  DebriefResponse,
  DebriefPrinciple,
  LeftRecommendedPath,
  DebriefLearning,
  DebriefImmediateRisk,
  DebriefCapacity,
  TimelineSeries,
} from './debrief.js';
export { buildDebrief } from './build-debrief.js';
export { debriefToMarkdown } from './debrief-to-markdown.js';
export { timelineSeries } from './timeline-series.js';
