/**
 * The parsed scenario: a typed, versioned graph of scenes and endings. It is
 * plain JSON (no classes, no Dates, no functions) so the site can hand it to
 * a React island as a prop and tests can compare it with a golden file.
 * Every node keeps where it came from in the file, and its narrative both as
 * an mdast subtree and as the Markdown text the author wrote.
 */
import type { Root, RootContent } from 'mdast';
import type { Duration } from './duration.js';
import type { ScenarioFrontmatter } from './scenario.schema.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import type { CapacityStep } from './scenario-vocabulary.js';

export { SCENARIO_FORMAT_VERSION } from './scenario-format.js';

/** Where a node starts in its file (1-based), plus its character offset. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

/** Narrative content in both forms: an mdast tree (positions kept) and Markdown text. */
export interface Narrative {
  /** The Markdown text exactly as written in the file (component tags removed). */
  markdown: string;
  /** The same content as an mdast `root`, with file positions. */
  mdast: Root;
}

/** A step in the narrative of a scene, in reading order. */
export type SceneItem =
  | { kind: 'markdown'; narrative: Narrative }
  | { kind: 'event'; index: number }
  | { kind: 'reflect'; id: string }
  | { kind: 'record'; id: string };

/** The world moving on without the learner. */
export interface ScenarioEvent {
  /** Simulated time that passes before the event is shown. */
  after: Duration | undefined;
  /** The `after` attribute as written. */
  afterText: string | undefined;
  /** What happens. */
  text: Narrative;
  /** When set, the event is the only way on, shown as "Continue". */
  to: string | undefined;
  position: SourcePosition;
}

/**
 * A narrative step, `<Continue to after>`: the scene only moves the story
 * on. The learner continues; no decision is asked for or scored.
 */
export interface ScenarioContinue {
  /** The scene or ending it leads to. */
  to: string;
  /** Simulated time that passes when the learner continues. */
  after: Duration | undefined;
  /** The `after` attribute as written. */
  afterText: string | undefined;
  position: SourcePosition;
}

/** A reflective prompt before, during or after the conversation. */
export interface ScenarioReflect {
  id: string;
  /** When in the conversation the prompt belongs. */
  phase: 'before' | 'during' | 'after';
  prompt: Narrative;
  position: SourcePosition;
}

/** A prompt to write down the discussion and its conclusions. */
export interface ScenarioRecord {
  id: string;
  prompt: Narrative;
  position: SourcePosition;
}

/** The consequence of a choice, with reference to the guidance. */
export interface ChoiceFeedback {
  /** The feedback as Markdown text. */
  markdown: string;
  /** The feedback as an mdast tree. */
  mdast: Root;
  /** Guidance section ids cited. */
  cite: string[];
  /** Principle ids the choice shows (see `SCENARIO_PRINCIPLES`; unknown ids are findings). */
  shows: string[];
  /** Principle ids the choice misses. */
  misses: string[];
  position: SourcePosition;
}

/** One option offered to the learner in a scene. */
export interface ScenarioChoice {
  id: string;
  /** The first paragraph of the choice, as plain text. */
  label: string;
  /** The scene or ending it leads to. */
  to: string;
  /** Simulated time that passes when it is taken. */
  after: Duration | undefined;
  /** The `after` attribute as written. */
  afterText: string | undefined;
  /** The author's recommended path. */
  recommended: boolean;
  /** A deliberate wrong move. */
  mistake: boolean;
  /** Undefined only when the file lacks a `<Feedback>` (an error finding). */
  feedback: ChoiceFeedback | undefined;
  /** Any Markdown in the choice after its label and outside its feedback. */
  detail: Narrative | undefined;
  position: SourcePosition;
}

/** A scene: a moment in the case at one stage of the process. */
export interface SceneNode {
  kind: 'scene';
  id: string;
  /** The process stage the case is in during this scene; 0 only when the attribute is missing or malformed (a finding says so). */
  stage: number;
  /** Entering this scene means immediate risk of harm has been identified. */
  immediateRisk: boolean;
  /** A step of the mental-capacity disagreement path (adult scenarios). */
  capacity: CapacityStep | undefined;
  /** All narrative Markdown of the scene, joined. */
  narrative: Narrative;
  /** Narrative, events, reflections and records in reading order. */
  items: SceneItem[];
  events: ScenarioEvent[];
  reflects: ScenarioReflect[];
  records: ScenarioRecord[];
  choices: ScenarioChoice[];
  /** The scene's `<Continue>`, when it is a narrative step rather than a decision. */
  next: ScenarioContinue | undefined;
  /** The `<Discuss>` questions for a trainer, if the author wrote any. */
  discuss: Narrative | undefined;
  position: SourcePosition;
}

/** How the scenario turned out. */
export type EndingOutcome = 'good' | 'mixed' | 'poor';

/** An ending with its debrief. */
export interface EndingNode {
  kind: 'ending';
  id: string;
  outcome: EndingOutcome;
  /** The stage at which the disagreement was resolved; undefined if it never was. */
  resolvedAt: number | undefined;
  /** The stage at the end; undefined means the stage of the scene the learner came from. */
  stage: number | undefined;
  /** The debrief text. */
  debrief: Narrative;
  position: SourcePosition;
}

/** A whole parsed scenario. */
export interface Scenario {
  /** The format version of the model, {@link SCENARIO_FORMAT_VERSION}. */
  formatVersion: number;
  /** The scenario id: the file name without `.mdx`. */
  id: string;
  /** The file as given to the parser. */
  file: string;
  frontmatter: ScenarioFrontmatter;
  /** The id of the first scene. */
  start: string;
  scenes: Record<string, SceneNode>;
  endings: Record<string, EndingNode>;
  /** Scene and ending ids in file order. */
  order: string[];
  /**
   * The protocol the scenario follows, when it is not built in: a
   * partnership's own protocol file loaded alongside the scenario. Front ends
   * then need nothing else to play it. Absent for built-in protocols, which
   * are looked up by `frontmatter.protocol`.
   */
  protocolDefinition?: Protocol;
}

/** Anything a `to` can point at. */
export type ScenarioNode = SceneNode | EndingNode;

/** Re-exported for callers that render narrative trees. */
export type { Root as NarrativeRoot, RootContent as NarrativeContent };
