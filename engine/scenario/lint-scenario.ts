/**
 * The validator's lints: things a scenario may do that make it test reading
 * rather than judgement. Each is a warning, located, with a hint, and
 * `validate --strict` counts warnings as errors, so a library can require
 * none. They come from a review of the first library: the recommended choice
 * listed first and longest, scenes with a single choice, one good ending,
 * and immediate risk announced before the learner had judged it.
 */
import giveAwayData from './data/give-away-phrases.json';
import type { FindingCode } from './finding-codes.js';
import type { SourcePoint } from './finding.js';
import { narrativeHeading } from './narrative-heading.js';
import type { EndingNode, SceneNode } from './scenario-model.js';

/** A decision offers at least this many choices. */
export const MIN_CHOICES = 3;

/** A recommended label longer than this many times the longest alternative stands out. */
export const LONG_RECOMMENDED_RATIO = 1.1;

/** Below this many characters of difference, a longer label is not noticeable. */
const LONG_RECOMMENDED_MIN_EXTRA = 8;

/** The finding codes of the lints, for tools that show them apart from the structural findings. */
export const LINT_CODES = ['few-choices', 'long-recommended', 'one-strong-ending', 'give-away'] as const satisfies readonly FindingCode[];

/** One lint, for the validator to add as a warning. */
export interface Lint {
  code: (typeof LINT_CODES)[number];
  message: string;
  hint: string;
  at: SourcePoint | undefined;
}

/** What the lints read: the body, and the summary with where it is. */
export interface LintInput {
  scenes: readonly SceneNode[];
  endings: readonly EndingNode[];
  summary: string | undefined;
  summaryAt: SourcePoint;
}

const phrasePatterns = giveAwayData.immediateRisk.map((phrase) => ({ phrase, pattern: new RegExp(`\\b${phrase.replace(/\s+/g, '\\s+')}\\b`, 'i') }));

/** The first give-away phrase in `text`, if any. */
function riskPhraseIn(text: string): string | undefined {
  return phrasePatterns.find(({ pattern }) => pattern.test(text))?.phrase;
}

function decisionLints(scene: SceneNode): Lint[] {
  const lints: Lint[] = [];
  const { choices } = scene;
  if (choices.length > 0 && choices.length < MIN_CHOICES) {
    lints.push({
      code: 'few-choices',
      message: `Scene "${scene.id}" offers ${choices.length === 1 ? 'a single choice' : `only ${choices.length} choices`}: a decision needs at least ${MIN_CHOICES} plausible ones.`,
      hint: 'Add alternatives a practitioner might really choose, each with its own feedback; if the scene only moves the story on, end it with <Continue to="…" /> instead.',
      at: scene.position,
    });
  }
  for (const choice of choices.filter((candidate) => candidate.recommended)) {
    const others = choices.filter((candidate) => !candidate.recommended);
    if (others.length === 0) continue;
    const longest = Math.max(...others.map((candidate) => candidate.label.length));
    if (choice.label.length > longest * LONG_RECOMMENDED_RATIO && choice.label.length - longest >= LONG_RECOMMENDED_MIN_EXTRA) {
      lints.push({
        code: 'long-recommended',
        message: `The recommended choice "${choice.id}" is ${choice.label.length} characters long, and the longest alternative ${longest}: its length gives it away.`,
        hint: 'Trim the recommended label, or write the alternatives with the same care and detail.',
        at: choice.position,
      });
    }
  }
  if (scene.immediateRisk) {
    const before = [narrativeHeading(scene.narrative) ?? '', scene.narrative.markdown, ...scene.events.map((event) => event.text.markdown), ...choices.map((choice) => choice.label)].join('\n');
    const phrase = riskPhraseIn(before);
    if (phrase !== undefined) {
      lints.push({
        code: 'give-away',
        message: `Scene "${scene.id}" is where the learner must recognise immediate risk, but its text or a choice says "${phrase}" before they have chosen.`,
        hint: 'Describe what the practitioner sees and hears, and keep the words for the feedback after the choice.',
        at: scene.position,
      });
    }
  }
  return lints;
}

function summaryLints(input: LintInput): Lint[] {
  const { summary, summaryAt } = input;
  if (summary === undefined) return [];
  const lints: Lint[] = [];
  const phrase = input.scenes.some((scene) => scene.immediateRisk) ? riskPhraseIn(summary) : undefined;
  if (phrase !== undefined) {
    lints.push({ code: 'give-away', message: `The summary says "${phrase}": the learner is to judge the risk in the story, not be told it first.`, hint: 'Say what the practitioner faces, not what it turns out to be.', at: summaryAt });
  }
  const lower = summary.toLowerCase();
  for (const ending of input.endings) {
    const title = narrativeHeading(ending.debrief);
    // Short titles ("Resolved") are ordinary words; a longer one is the ending's own phrase.
    if (title === undefined || title.split(/\s+/).length < 3) continue;
    if (lower.includes(title.toLowerCase())) {
      lints.push({ code: 'give-away', message: `The summary names the ending "${title}".`, hint: 'Keep the endings for the end: the summary sets up the disagreement.', at: summaryAt });
    }
  }
  return lints;
}

/**
 * Every lint of a scenario, in file order within each kind.
 *
 * @example
 * lintScenario({ scenes, endings, summary: frontmatter.summary, summaryAt }).map((lint) => lint.code);
 */
export function lintScenario(input: LintInput): Lint[] {
  const lints = input.scenes.flatMap(decisionLints);
  const strong = input.endings.filter((ending) => ending.outcome !== 'poor');
  if (input.endings.length > 0 && strong.length < 2) {
    lints.push({
      code: 'one-strong-ending',
      message: strong.length === 0 ? 'Every ending is poor: there is no way to do well.' : `Only one ending is not poor ("${strong[0]!.id}"), so there is only one way to do well.`,
      hint: 'Add a second good ending reached by a genuinely different route, such as resolving at an earlier stage, or changing course on new evidence.',
      at: strong[0]?.position ?? input.endings[0]!.position,
    });
  }
  return [...lints, ...summaryLints(input)];
}
