/**
 * Completion in the studio's editor: what may be typed at the cursor, from
 * the scenario vocabulary and the loaded protocol. It reads only the text
 * around the cursor (and, for `to="…"`, a cheap scan for scene and ending
 * ids), never the parser, so it answers at once and works on a draft too
 * broken to parse. The shapes mirror CodeMirror's `CompletionResult`
 * (`from`, `to`, `options` with `label`, `detail`, `info`, `apply`) without
 * importing it: the engine has no editor.
 *
 * Contexts, and nothing outside them:
 * - `<` at the start of a tag (or `</`): the component names;
 * - `to="…"` on a Choice, Continue or Event: the scene and ending ids in the text;
 * - `cite="…"` on a Feedback: the guidance sections the protocol may cite;
 * - `shows="…"` / `misses="…"` on a Feedback: the principles;
 * - `after="…"` on a Choice, Continue or Event: durations the parser accepts;
 * - `stage={…}` on a Scene or Ending, `resolvedAt={…}` on an Ending: the protocol's stages;
 * - `outcome="…"` on an Ending; `phase="…"` on a Reflect.
 */
import { citableSectionIds, citeSection } from '../guidance/citable-sections.js';
import type { Protocol } from '../protocol/protocol.schema.js';
// Only the type: the attribute table's module reads ids with the schema library, which the browser face must not load.
import type { ComponentName } from '../scenario/component-attributes.js';
import { parseDuration } from '../scenario/parse-duration.js';
import type { EndingOutcome, ScenarioReflect } from '../scenario/scenario-model.js';
import { SCENARIO_PRINCIPLES } from '../scenario/scenario-vocabulary.js';
import { stageLabel } from './stage-label.js';

/** Everything the editor may offer, for one protocol. */
export interface StudioVocabulary {
  /** The component names, each with what it is for. */
  components: { name: string; detail: string }[];
  /** The guidance section ids a scenario on this protocol may cite, with their titles. */
  citations: { id: string; title: string }[];
  /** The principles a choice shows or misses, with their labels. */
  principles: { id: string; detail: string }[];
  /** The protocol's stages, with their labels. */
  stages: { stage: number; label: string }[];
  /** Example durations, every one of which `parseDuration` accepts. */
  durations: string[];
  /** An ending's grades. */
  outcomes: string[];
  /** A Reflect's phases. */
  phases: string[];
}

/** One thing the editor may insert. */
export interface CompletionOption {
  /** What is shown, and inserted unless `apply` says otherwise. */
  label: string;
  /** A short note beside the label. */
  detail?: string;
  /** A longer note, shown when the option is selected. */
  info?: string;
  /** The text to insert instead of `label`. */
  apply?: string;
}

/** What may be typed at the cursor: the range of the word being completed, and the options. */
export interface CompletionResult {
  /** Where the word being completed starts (an offset in the text). */
  from: number;
  /** Where it ends: the cursor, or past it when the cursor is inside a word. */
  to: number;
  options: CompletionOption[];
}

/**
 * What each component is for, in the authoring guide's words, in the
 * parser's order; keyed by name, so a new component cannot be left out.
 */
const COMPONENT_DETAILS: Record<ComponentName, string> = {
  Scene: 'A moment in the case at one stage (id, stage)',
  Event: 'The world moving on without the learner (after, to)',
  Continue: 'A narrative step: the story moves on (to, after)',
  Discuss: "Questions for a trainer to put to the room",
  Reflect: 'A reflective prompt (id, phase)',
  Record: 'Asks the learner to write down what was concluded (id)',
  Choice: 'An option for the learner (id, to, after, recommended, mistake)',
  Feedback: "What the choice leads to and why (cite, shows, misses)",
  Ending: 'An ending with its debrief (id, outcome, resolvedAt, stage)',
};

/**
 * Durations to offer, as the authoring guide's table writes them. Each is
 * checked by `parseDuration` when the vocabulary is built (and by a test),
 * so the editor never suggests one the validator refuses.
 */
const DURATION_EXAMPLES = [
  '30m',
  '45 minutes',
  '1h',
  '2h',
  '3 hours',
  '2h30m',
  '1 day',
  '2 days',
  '1 week',
  '1 working day',
  '3 working days',
  '10 working days',
  '1 day 2h',
  '1 day and 3 hours',
  'next working day at 09:00',
];

/** The units offered after a bare number (`5` → `5h`, `5 working days`, …). */
const NUMBER_UNITS = ['m', 'h', ' days', ' working days', ' weeks'];

/** An ending's grades, checked complete against the model's type below. */
const OUTCOMES = ['good', 'mixed', 'poor'] as const satisfies readonly EndingOutcome[];
/** A Reflect's phases, checked complete against the model's type below. */
const PHASES = ['before', 'during', 'after'] as const satisfies readonly ScenarioReflect['phase'][];
// A grade or phase added to the model but not here fails to compile.
const OUTCOMES_COMPLETE: Exclude<EndingOutcome, (typeof OUTCOMES)[number]> extends never ? true : false = true;
const PHASES_COMPLETE: Exclude<ScenarioReflect['phase'], (typeof PHASES)[number]> extends never ? true : false = true;
void OUTCOMES_COMPLETE;
void PHASES_COMPLETE;

const OUTCOME_DETAILS: Record<EndingOutcome, string> = { good: 'a good ending', mixed: 'a mixed ending', poor: 'a poor ending' };
const PHASE_DETAILS: Record<ScenarioReflect['phase'], string> = { before: 'before the conversation', during: 'during the conversation', after: 'after the conversation' };

/**
 * The attributes whose values are completed, and the components that
 * accept each (the authoring guide's component list; a test checks each
 * pair against the parser).
 */
const VALUE_CONTEXTS = {
  to: ['Choice', 'Continue', 'Event'],
  after: ['Choice', 'Continue', 'Event'],
  cite: ['Feedback'],
  shows: ['Feedback'],
  misses: ['Feedback'],
  stage: ['Scene', 'Ending'],
  resolvedAt: ['Ending'],
  outcome: ['Ending'],
  phase: ['Reflect'],
} as const satisfies Record<string, readonly ComponentName[]>;

type ValueAttribute = keyof typeof VALUE_CONTEXTS;

/**
 * Every (component, attribute) pair whose value the editor completes.
 *
 * @example
 * completedAttributes().find((pair) => pair.attribute === 'cite'); // { component: 'Feedback', attribute: 'cite' }
 */
export function completedAttributes(): { component: ComponentName; attribute: string }[] {
  return Object.entries(VALUE_CONTEXTS).flatMap(([attribute, components]) => components.map((component) => ({ component, attribute })));
}

/**
 * The editor's vocabulary for a protocol: components, the sections it lets
 * a scenario cite, the principles, its stages, durations, grades and phases.
 * Build it once per protocol and pass it to {@link completionsAt}.
 *
 * @example
 * studioVocabulary(northYorkshireProtocol).stages[1]; // { stage: 2, label: 'Stage 2: Discuss with your line manager' }
 */
export function studioVocabulary(protocol: Protocol): StudioVocabulary {
  const durations = DURATION_EXAMPLES.filter((text) => parseDuration(text).ok);
  return {
    components: Object.entries(COMPONENT_DETAILS).map(([name, detail]) => ({ name, detail })),
    citations: [...citableSectionIds(protocol)].map((id) => ({ id, title: citeSection(id, protocol)?.title ?? id })),
    principles: SCENARIO_PRINCIPLES.map((principle) => ({ id: principle.id, detail: principle.label })),
    stages: protocol.stages.map((stage) => ({ stage: stage.stage, label: stageLabel(protocol, stage.stage) })),
    durations,
    outcomes: [...OUTCOMES],
    phases: [...PHASES],
  };
}

/** How far back the cursor's tag is looked for: a tag is a line or a few, never pages. */
const TAG_WINDOW = 2000;

/** Where the cursor is inside a tag. */
type TagContext =
  | { kind: 'name'; from: number; closing: boolean }
  | { kind: 'value'; component: string; attribute: string; valueStart: number; closer: '"' | "'" | '}' };

const isNameChar = (char: string) => /[A-Za-z0-9_-]/.test(char);

/**
 * The tag the cursor is in, read from the `<` before it: its name being
 * typed, or the attribute whose value is open at the cursor. Undefined when
 * the cursor is not inside an unfinished tag.
 */
function tagContext(text: string, offset: number): TagContext | undefined {
  const open = text.lastIndexOf('<', offset - 1);
  if (open < 0 || offset - open > TAG_WINDOW) return undefined;
  // A component tag starts its line (the format asks for a line of its own), so `a < b` in prose is not one.
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  if (text.slice(lineStart, open).trim() !== '') return undefined;
  const closing = text[open + 1] === '/';
  const nameStart = open + (closing ? 2 : 1);
  let index = nameStart;
  while (index < offset && isNameChar(text[index]!)) index += 1;
  if (index === offset) return { kind: 'name', from: nameStart, closing };
  if (closing) return undefined;
  const component = text.slice(nameStart, index);
  if (component === '') return undefined;
  // Walk the attributes up to the cursor, keeping track of an open value.
  let attribute = '';
  while (index < offset) {
    const char = text[index]!;
    if (char === '>') return undefined;
    if (isNameChar(char)) {
      const start = index;
      while (index < offset && isNameChar(text[index]!)) index += 1;
      attribute = text.slice(start, index);
      continue;
    }
    if (char === '"' || char === "'" || char === '{') {
      const closer = char === '{' ? '}' : char;
      const end = text.indexOf(closer, index + 1);
      if (end < 0 || end >= offset) return { kind: 'value', component, attribute, valueStart: index + 1, closer };
      index = end + 1;
      attribute = '';
      continue;
    }
    index += 1;
  }
  return undefined;
}

/** Where the open value ends: its closing quote or brace, else the end of its line. */
function valueEnd(text: string, valueStart: number, closer: string): number {
  let index = valueStart;
  while (index < text.length && text[index] !== closer && text[index] !== '\n' && text[index] !== '>') index += 1;
  return index;
}

/** A scene or ending id found by the cheap scan, with what it is. */
interface FoundTarget {
  id: string;
  detail: string;
}

const TARGET_TAG = /<(Scene|Ending)\b([^>]*)>/g;

/** One attribute's written value in a tag's text, quoted or in braces. */
function attributeIn(tag: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{([^}]*)\\})`).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '').trim() : undefined;
}

/** Every `<Scene id>` and `<Ending id>` in the text, in file order, each id once. */
function targetsIn(text: string): FoundTarget[] {
  const found = new Map<string, FoundTarget>();
  for (const match of text.matchAll(TARGET_TAG)) {
    const tag = match[2] ?? '';
    const id = attributeIn(tag, 'id');
    if (id === undefined || id === '' || found.has(id)) continue;
    if (match[1] === 'Scene') {
      const stage = attributeIn(tag, 'stage');
      found.set(id, { id, detail: stage ? `scene, stage ${stage}` : 'scene' });
    } else {
      const outcome = attributeIn(tag, 'outcome');
      found.set(id, { id, detail: outcome ? `ending, ${outcome}` : 'ending' });
    }
  }
  return [...found.values()];
}

/** The durations to offer for what has been typed: after a bare number, that number with each unit; always the examples. */
function durationOptions(typed: string, vocabulary: StudioVocabulary): CompletionOption[] {
  const number = /^\s*(\d+)\s*$/.exec(typed)?.[1];
  const led = number === undefined ? [] : NUMBER_UNITS.map((unit) => `${number}${unit}`);
  const all = [...new Set([...led, ...vocabulary.durations])];
  return all.flatMap((label) => {
    const parsed = parseDuration(label);
    if (!parsed.ok) return [];
    return [parsed.duration.text === label ? { label } : { label, detail: parsed.duration.text }];
  });
}

/** The options for an attribute value, or undefined when the attribute is not completed on this component. */
function valueOptions(attribute: ValueAttribute, typed: string, text: string, listed: ReadonlySet<string>, vocabulary: StudioVocabulary): CompletionOption[] {
  switch (attribute) {
    case 'to':
      return targetsIn(text).map((target) => ({ label: target.id, detail: target.detail }));
    case 'cite':
      return vocabulary.citations.filter((section) => !listed.has(section.id)).map((section) => ({ label: section.id, detail: section.title }));
    case 'shows':
    case 'misses':
      return vocabulary.principles.filter((principle) => !listed.has(principle.id)).map((principle) => ({ label: principle.id, detail: principle.detail }));
    case 'after':
      return durationOptions(typed, vocabulary);
    case 'stage':
    case 'resolvedAt':
      return vocabulary.stages.map((stage) => ({ label: String(stage.stage), detail: stage.label }));
    case 'outcome':
      return vocabulary.outcomes.map((outcome) => ({ label: outcome, detail: OUTCOME_DETAILS[outcome as EndingOutcome] ?? outcome }));
    case 'phase':
      return vocabulary.phases.map((phase) => ({ label: phase, detail: PHASE_DETAILS[phase as ScenarioReflect['phase']] ?? phase }));
  }
}

const isListAttribute = (attribute: string) => attribute === 'cite' || attribute === 'shows' || attribute === 'misses';

/**
 * What may be typed at `offset` in `text`: the word being completed and
 * the options, or `undefined` outside the contexts listed at the top of
 * this module. In a `cite`, `shows` or `misses` list only the word at the
 * cursor is completed, and ids already in the list are not offered again.
 *
 * @example
 * const text = '<Choice id="a" to="the-';
 * completionsAt(text, text.length, vocabulary);
 * // { from: 19, to: 23, options: [{ label: 'the-call', detail: 'scene, stage 1' }, …] }
 */
export function completionsAt(text: string, offset: number, vocabulary: StudioVocabulary): CompletionResult | undefined {
  const at = Math.max(0, Math.min(offset, text.length));
  const context = tagContext(text, at);
  if (context === undefined) return undefined;
  if (context.kind === 'name') {
    let to = at;
    while (to < text.length && isNameChar(text[to]!)) to += 1;
    return { from: context.from, to, options: vocabulary.components.map((component) => ({ label: component.name, detail: component.detail })) };
  }
  const { component, attribute, valueStart, closer } = context;
  if (!Object.hasOwn(VALUE_CONTEXTS, attribute)) return undefined;
  const accepted: readonly string[] = VALUE_CONTEXTS[attribute as ValueAttribute];
  if (!accepted.includes(component)) return undefined;
  // Numbers go in braces (`stage={2}`, or `stage="2"`); everything else in quotes.
  const numeric = attribute === 'stage' || attribute === 'resolvedAt';
  if (closer === '}' && !numeric) return undefined;
  const end = valueEnd(text, valueStart, closer);
  // An unclosed quote whose line (or tag) ended before the cursor: the cursor is past the value, not in it.
  if (end < at) return undefined;
  let from = valueStart;
  let to = end;
  let listed = new Set<string>();
  if (isListAttribute(attribute)) {
    // Complete only the word at the cursor; ids are separated by spaces or commas.
    const isSeparator = (char: string) => /[\s,]/.test(char);
    from = at;
    while (from > valueStart && !isSeparator(text[from - 1]!)) from -= 1;
    to = at;
    while (to < end && !isSeparator(text[to]!)) to += 1;
    const others = `${text.slice(valueStart, from)} ${text.slice(to, end)}`;
    listed = new Set(others.split(/[\s,]+/).filter((word) => word !== ''));
  }
  const options = valueOptions(attribute as ValueAttribute, text.slice(from, at), text, listed, vocabulary);
  return options.length === 0 ? undefined : { from, to, options };
}
