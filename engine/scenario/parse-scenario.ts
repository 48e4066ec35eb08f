/**
 * Parses a scenario `.mdx` file into the {@link Scenario} graph. It reads the
 * file as mdast (unified + remark-parse + remark-mdx + remark-frontmatter),
 * never with regular expressions over the text, and reports every problem it
 * can see as a finding instead of throwing.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { closestName } from './closest-name.js';
import { componentNames, isComponentName, readAttributes, type ComponentName, type ReadAttributes } from './component-attributes.js';
import { parseDuration } from './parse-duration.js';
import { makeFinding, type Finding, type SourcePoint } from './finding.js';
import { INPUT_CAPS } from '../kernel/input-caps.js';
import { findOversize } from '../kernel/input-limit.js';
import { createLineIndex, type LineIndex } from '../kernel/line-index.js';
import { mdastText } from '../kernel/mdast-text.js';
import { controlCharacterFindings, type WrittenString } from './control-character-findings.js';
import { limitFinding } from './limit-finding.js';
import { findDeepContainers, findDeepNode } from './markdown-nesting.js';
import { buildNarrative, cloneMdast } from './narrative.js';
import { parseMdx } from './mdx-processor.js';
import { readFrontmatter } from './parse-frontmatter.js';
import type { ScenarioFrontmatter } from './scenario.schema.js';
import {
  SCENARIO_FORMAT_VERSION,
  type ChoiceFeedback,
  type EndingNode,
  type EndingOutcome,
  type Narrative,
  type Scenario,
  type ScenarioChoice,
  type ScenarioEvent,
  type SceneItem,
  type SceneNode,
  type SourcePosition,
} from './scenario-model.js';
import type { CapacityStep } from './scenario-vocabulary.js';

/** What {@link parseScenario} returns: the scenario when it could be built, and every finding. */
export interface ParseResult {
  /** Present when the file is valid MDX, its frontmatter is valid and it has a scene. */
  scenario?: Scenario;
  findings: Finding[];
}

/**
 * The parts of a scenario as far as they could be read; used by the
 * validator to report body problems even when the frontmatter is invalid.
 */
export interface ScenarioParts {
  frontmatter: ScenarioFrontmatter | undefined;
  /** The frontmatter as written, when it was valid YAML. */
  rawFrontmatter: Record<string, unknown> | undefined;
  /** Where each top-level frontmatter field is, e.g. `status` → line 20. */
  fieldPositions: Record<string, SourcePoint>;
  /** The scenes, endings and order, when the MDX could be read. */
  body: Pick<Scenario, 'scenes' | 'endings' | 'order'> | undefined;
  /** The text the privacy guard reads, each part with where it starts. */
  texts: ScenarioTexts;
  findings: Finding[];
}

/** A scenario file's words as the privacy guard scans them: every frontmatter string, and the body after the frontmatter. */
export interface ScenarioTexts {
  strings: { text: string; at: SourcePoint }[];
  body: { text: string; at: SourcePoint };
}

type Node = RootContent;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const positionOf = (node: { position?: { start: { line: number; column: number; offset?: number } } | undefined }): SourcePosition => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
  offset: node.position?.start.offset ?? 0,
});

const isJsx = (node: Node): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** An expression that is only a comment (`{/* note *\/}`) or empty is allowed anywhere. */
function isCommentOnly(node: { data?: unknown }): boolean {
  const program = (node.data as { estree?: { body?: unknown[] } } | undefined)?.estree;
  return program?.body?.length === 0;
}

/**
 * `<Feedback cite="stage-1">Short text.</Feedback>` written on one line is
 * parsed as a paragraph holding one inline element. Authors reasonably expect
 * it to work like the multi-line form, so such a lone element is lifted out,
 * its inline content wrapped in a paragraph.
 */
function liftLoneElement(node: Node): Node {
  if (node.type !== 'paragraph') return node;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = meaningful[0];
  if (meaningful.length !== 1 || only?.type !== 'mdxJsxTextElement' || !isComponentName(only.name)) return node;
  const inline = only.children;
  const first = inline[0]?.position;
  const last = inline[inline.length - 1]?.position;
  const paragraph = {
    type: 'paragraph',
    children: inline,
    ...(first && last ? { position: { start: first.start, end: last.end } } : {}),
  } as Node;
  return { ...only, type: 'mdxJsxFlowElement', children: inline.length > 0 ? [paragraph] : [] } as unknown as Node;
}

/** The scenario id: the file name without folders and without `.mdx`. */
export function scenarioIdFromFile(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.mdx$/i, '');
}

/** Reads a file that MDX could parse; collects findings as it goes. */
class ScenarioReader {
  readonly findings: Finding[] = [];
  readonly scenes: Record<string, SceneNode> = {};
  readonly endings: Record<string, EndingNode> = {};
  readonly order: string[] = [];
  private readonly targets = new Map<string, SourcePoint>();

  constructor(
    private readonly source: string,
    private readonly file: string,
  ) {}

  private add(code: Parameters<typeof makeFinding>[1], message: string, hint: string, at: SourcePoint | undefined, severity: 'error' | 'warning' = 'error'): void {
    this.findings.push(makeFinding(severity, code, message, hint, this.file, at));
  }

  private attributes(component: ComponentName, element: JsxElement): ReadAttributes {
    const { values, findings } = readAttributes(component, element, this.file);
    this.findings.push(...findings);
    return values;
  }

  private narrative(runs: Node[][]): Narrative {
    return buildNarrative(this.source, runs);
  }

  /** Reports components, code and inline tags hidden inside narrative Markdown. */
  private checkNarrative(node: Node, inside: string): void {
    const at = positionOf(node);
    if (isJsx(node)) {
      const name = node.name ?? '';
      if (!isComponentName(name)) this.unknownComponent(node);
      else if (node.type === 'mdxJsxTextElement') {
        this.add('inline-component', `<${name}> is written inside a line of text.`, `Put the <${name}> tag on a line of its own, with a blank line before and after it.`, at);
      } else this.misplaced(name, inside, at);
      return;
    }
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      if (!isCommentOnly(node)) this.add('expression-not-allowed', `\`{${node.value}}\` is code, which scenarios do not allow.`, 'Write plain text; for a note to other authors use {/* a comment */}. To show braces, escape them as \\{ and \\}.', at);
      return;
    }
    if (node.type === 'mdxjsEsm') {
      this.add('expression-not-allowed', '`import` and `export` are not allowed in a scenario.', 'Remove the line; scenario components are available without importing them.', at);
      return;
    }
    if ('children' in node && Array.isArray(node.children)) {
      for (const child of node.children as Node[]) this.checkNarrative(child, inside);
    }
  }

  private unknownComponent(node: JsxElement): void {
    const name = node.name ?? '';
    const suggestion = closestName(name, componentNames);
    const known = componentNames.map((component) => `<${component}>`).join(', ');
    this.add(
      'unknown-component',
      name ? `<${name}> is not a scenario component.` : 'An empty tag `<>` is not a scenario component.',
      suggestion ? `Did you mean <${suggestion}>? The components are ${known}.` : `The components are ${known}; for formatting use Markdown (**bold**, lists, links).`,
      positionOf(node),
    );
  }

  private misplaced(name: ComponentName, inside: string, at: SourcePoint): void {
    const where: Record<ComponentName, string> = {
      Scene: 'at the top level of the file, not inside another component',
      Ending: 'at the top level of the file, not inside another component',
      Event: 'directly inside a <Scene>',
      Continue: 'directly inside a <Scene>, after its narrative',
      Discuss: 'directly inside a <Scene>',
      Reflect: 'directly inside a <Scene>',
      Record: 'directly inside a <Scene>',
      Choice: 'directly inside a <Scene>',
      Feedback: 'directly inside a <Choice>',
    };
    this.add('misplaced-component', `<${name}> cannot go ${inside}.`, `Put <${name}> ${where[name]}, on a line of its own.`, at);
  }

  /** Splits a component's children into Markdown runs and the components among them. */
  private splitChildren(children: Node[], inside: string): { runs: Node[][]; elements: JsxElement[]; sequence: (Node[] | JsxElement)[] } {
    const runs: Node[][] = [];
    const elements: JsxElement[] = [];
    const sequence: (Node[] | JsxElement)[] = [];
    let run: Node[] = [];
    const flush = () => {
      if (run.length > 0) {
        runs.push(run);
        sequence.push(run);
        run = [];
      }
    };
    for (const original of children) {
      const child = liftLoneElement(original);
      if (child.type === 'mdxJsxFlowElement' && isComponentName(child.name)) {
        flush();
        elements.push(child);
        sequence.push(child);
      } else if (child.type === 'mdxFlowExpression' && isCommentOnly(child)) {
        // An author's comment: not shown, not content.
      } else {
        this.checkNarrative(child, inside);
        if (child.type !== 'mdxFlowExpression' && child.type !== 'mdxjsEsm' && !(child.type === 'mdxJsxFlowElement')) run.push(child);
      }
    }
    flush();
    return { runs, elements, sequence };
  }

  /** A component that holds only Markdown (Event, Reflect, Record, Feedback, Ending). */
  private markdownOnly(element: JsxElement, component: ComponentName): Narrative {
    const { runs, elements } = this.splitChildren(element.children as Node[], `inside a <${component}>`);
    for (const inner of elements) this.misplaced(inner.name as ComponentName, `inside a <${component}>`, positionOf(inner));
    return this.narrative(runs);
  }

  private register(id: string | undefined, element: JsxElement): boolean {
    if (id === undefined) return false;
    const previous = this.targets.get(id);
    if (previous) {
      this.add('duplicate-id', `Another scene or ending already has the id "${id}" (line ${previous.line}).`, 'Give every <Scene> and <Ending> its own id.', positionOf(element));
      return false;
    }
    this.targets.set(id, positionOf(element));
    return true;
  }

  read(root: Root): void {
    for (const original of root.children as Node[]) {
      const child = liftLoneElement(original);
      if (child.type === 'yaml') continue;
      if (child.type === 'mdxJsxFlowElement' && child.name === 'Scene') this.readScene(child);
      else if (child.type === 'mdxJsxFlowElement' && child.name === 'Ending') this.readEnding(child);
      else if (child.type === 'mdxJsxFlowElement' && isComponentName(child.name)) this.misplaced(child.name, 'outside a <Scene>', positionOf(child));
      else if (child.type === 'mdxJsxFlowElement') this.unknownComponent(child);
      else if (child.type === 'mdxFlowExpression' && isCommentOnly(child)) continue;
      else if (child.type === 'mdxFlowExpression' || child.type === 'mdxjsEsm') this.checkNarrative(child, 'here');
      else {
        this.checkNarrative(child, 'inside Markdown text');
        this.add('content-outside-scene', 'This text is outside every <Scene> and <Ending>, so learners never see it.', 'Move it inside a <Scene> or <Ending>, or turn it into a comment: {/* … */}.', positionOf(child), 'warning');
      }
    }
  }

  private readScene(element: MdxJsxFlowElement): void {
    const values = this.attributes('Scene', element);
    const id = values.id as string | undefined;
    const { runs, sequence } = this.splitChildren(element.children as Node[], 'inside a <Scene> here');
    const scene: SceneNode = {
      kind: 'scene',
      id: id ?? '',
      stage: typeof values.stage === 'number' ? values.stage : 0,
      immediateRisk: values.immediateRisk === true,
      capacity: values.capacity as CapacityStep | undefined,
      narrative: this.narrative(runs),
      items: [],
      events: [],
      reflects: [],
      records: [],
      choices: [],
      next: undefined,
      discuss: undefined,
      position: positionOf(element),
    };
    for (const part of sequence) {
      if (Array.isArray(part)) {
        scene.items.push({ kind: 'markdown', narrative: this.narrative([part]) });
        continue;
      }
      const name = part.name as ComponentName;
      const inScene = 'inside a <Scene>';
      if (name === 'Event') {
        const attributes = this.attributes('Event', part);
        const afterText = attributes.after as string | undefined;
        const parsed = afterText === undefined ? undefined : parseDuration(afterText);
        const event: ScenarioEvent = {
          after: parsed?.ok ? parsed.duration : undefined,
          afterText,
          text: this.markdownOnly(part, 'Event'),
          to: attributes.to as string | undefined,
          position: positionOf(part),
        };
        scene.items.push({ kind: 'event', index: scene.events.length } satisfies SceneItem);
        scene.events.push(event);
      } else if (name === 'Reflect') {
        const attributes = this.attributes('Reflect', part);
        const prompt = this.markdownOnly(part, 'Reflect');
        if (typeof attributes.id === 'string' && typeof attributes.phase === 'string') {
          scene.reflects.push({ id: attributes.id, phase: attributes.phase as 'before' | 'during' | 'after', prompt, position: positionOf(part) });
          scene.items.push({ kind: 'reflect', id: attributes.id });
        }
      } else if (name === 'Record') {
        const attributes = this.attributes('Record', part);
        const prompt = this.markdownOnly(part, 'Record');
        if (typeof attributes.id === 'string') {
          scene.records.push({ id: attributes.id, prompt, position: positionOf(part) });
          scene.items.push({ kind: 'record', id: attributes.id });
        }
      } else if (name === 'Choice') {
        const choice = this.readChoice(part);
        if (choice) scene.choices.push(choice);
      } else if (name === 'Continue') {
        this.readContinue(part, scene);
      } else if (name === 'Discuss') {
        const questions = this.markdownOnly(part, 'Discuss');
        if (scene.discuss) this.add('duplicate-discuss', `Scene "${scene.id}" has more than one <Discuss>.`, 'Put all the questions for the room in one <Discuss>.', positionOf(part));
        else scene.discuss = questions;
      } else {
        this.misplaced(name, inScene, positionOf(part));
      }
    }
    if (this.register(id, element) && id !== undefined) {
      this.scenes[id] = scene;
      this.order.push(id);
    }
  }

  /** `<Continue to after />`: the scene's one way on, with nothing inside it. */
  private readContinue(element: JsxElement, scene: SceneNode): void {
    const values = this.attributes('Continue', element);
    if ((element.children as Node[]).length > 0) {
      this.add('continue-has-content', '<Continue> holds no text: the learner sees a "Continue" button.', 'Write it as <Continue to="…" after="…" />, and put the text before it in the scene.', positionOf(element));
    }
    if (scene.next) {
      this.add('conflicting-ways-on', `Scene "${scene.id}" has more than one <Continue>.`, 'Keep one <Continue> per scene; move the rest of the story into another scene.', positionOf(element));
      return;
    }
    if (typeof values.to !== 'string') return;
    const afterText = values.after as string | undefined;
    const parsed = afterText === undefined ? undefined : parseDuration(afterText);
    scene.next = { to: values.to, after: parsed?.ok ? parsed.duration : undefined, afterText, position: positionOf(element) };
  }

  private readChoice(element: JsxElement): ScenarioChoice | undefined {
    const values = this.attributes('Choice', element);
    const children = element.children as Node[];
    const first = children[0] ? liftLoneElement(children[0]) : undefined;
    const labelNode = first?.type === 'paragraph' ? first : undefined;
    const rest = labelNode ? children.slice(1) : children;
    const { runs, elements } = this.splitChildren(rest, 'inside a <Choice>');
    if (labelNode) this.checkNarrative(labelNode, 'inside a choice label');
    let feedback: ChoiceFeedback | undefined;
    for (const inner of elements) {
      if (inner.name !== 'Feedback') {
        this.misplaced(inner.name as ComponentName, 'inside a <Choice>', positionOf(inner));
        continue;
      }
      const attributes = this.attributes('Feedback', inner);
      const narrative = this.markdownOnly(inner, 'Feedback');
      if (feedback) {
        this.add('duplicate-feedback', `Choice "${String(values.id ?? '')}" has more than one <Feedback>.`, 'Merge them into one <Feedback> per choice.', positionOf(inner));
        continue;
      }
      feedback = {
        markdown: narrative.markdown,
        mdast: narrative.mdast,
        cite: (attributes.cite as string[] | undefined) ?? [],
        shows: (attributes.shows as string[] | undefined) ?? [],
        misses: (attributes.misses as string[] | undefined) ?? [],
        position: positionOf(inner),
      };
    }
    if (typeof values.id !== 'string' || typeof values.to !== 'string') return undefined;
    const afterText = values.after as string | undefined;
    const parsed = afterText === undefined ? undefined : parseDuration(afterText);
    return {
      id: values.id,
      label: labelNode ? mdastText(labelNode) : '',
      to: values.to,
      after: parsed?.ok ? parsed.duration : undefined,
      afterText,
      recommended: values.recommended === true,
      mistake: values.mistake === true,
      feedback,
      detail: runs.length > 0 ? this.narrative(runs) : undefined,
      position: positionOf(element),
    };
  }

  private readEnding(element: MdxJsxFlowElement): void {
    const values = this.attributes('Ending', element);
    const id = values.id as string | undefined;
    const debrief = this.markdownOnly(element, 'Ending');
    if (!this.register(id, element) || id === undefined) return;
    this.endings[id] = {
      kind: 'ending',
      id,
      outcome: (values.outcome as EndingOutcome | undefined) ?? 'mixed',
      resolvedAt: values.resolvedAt as number | undefined,
      stage: values.stage as number | undefined,
      debrief,
      position: positionOf(element),
    };
    this.order.push(id);
  }
}

/** The MDX error's message and position; micromark and acorn report them differently. */
function syntaxFinding(error: unknown, file: string, lines: LineIndex): Finding {
  const problem = error as { reason?: unknown; message?: unknown; line?: unknown; column?: unknown; place?: unknown };
  const reason = typeof problem.reason === 'string' ? problem.reason : typeof problem.message === 'string' ? problem.message : String(error);
  let at: SourcePoint | undefined;
  if (typeof problem.line === 'number' && typeof problem.column === 'number') at = { line: problem.line, column: problem.column };
  else {
    const place = problem.place as { offset?: number; start?: { offset?: number } } | undefined;
    const offset = place?.offset ?? place?.start?.offset;
    if (typeof offset === 'number') at = lines.pointAt(offset);
  }
  const hint = reason.includes('comment')
    ? 'MDX has no HTML comments: write {/* a comment */} instead of <!-- -->.'
    : 'Check the tag or brace here: every <Component> needs a matching </Component> (or to end with />), attribute values need quotes, and a literal { or < in text must be escaped as \\{ or \\<.';
  return makeFinding('error', 'mdx-syntax', `The file is not valid MDX: ${reason.replace(/\s+/g, ' ').trim()}`, hint, file, at);
}

/**
 * Where the body starts when the file opens with a `---` frontmatter fence:
 * just after the closing fence, or 0 when there is none. Found from the text
 * alone, before the MDX parser has run, so the depth check of the Markdown
 * does not read YAML lists as Markdown lists.
 */
function bodyOffset(source: string): number {
  const opening = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
  if (!opening) return 0;
  const closing = /^---[ \t]*\r?$/gm;
  closing.lastIndex = opening[0].length;
  const found = closing.exec(source);
  return found ? found.index + found[0].length : 0;
}

/** The parts of a file that could not be read at all: only its findings. */
function unreadParts(source: string, findings: Finding[]): ScenarioParts {
  const texts: ScenarioTexts = { strings: [], body: { text: source, at: { line: 1, column: 1 } } };
  return { frontmatter: undefined, rawFrontmatter: undefined, fieldPositions: {}, body: undefined, texts, findings };
}

/** Options for {@link parseScenarioParts}. */
export interface ParsePartsOptions {
  /**
   * How the text becomes mdast: `parseMdx` (the whole file at once) unless
   * given. Whatever is given must return exactly what `parseMdx(source)`
   * returns, or throw what it throws; the studio's incremental parser
   * (`createIncrementalMdxParser`) does, reusing the scenes it has read.
   */
  parseRoot?: (source: string) => Root;
}

/**
 * Reads a scenario file as far as it can: frontmatter, body and findings.
 * Never throws; the validator builds on this. The input caps are checked
 * before the work that grows with them: a file over
 * `INPUT_CAPS.scenarioFileBytes` is not parsed, nor is one whose lists and
 * block quotes nest more than `INPUT_CAPS.markdownContainerDepth` deep (the
 * MDX parser's time grows with the square of that), and a body nested more
 * than `INPUT_CAPS.markdownDepth` elements deep is not walked.
 *
 * @example
 * const parts = parseScenarioParts(source, 'scenarios/closing-too-soon.mdx');
 * parseScenarioParts(source, file, { parseRoot: createIncrementalMdxParser().parse }); // the same parts
 */
export function parseScenarioParts(source: string, file: string, options: ParsePartsOptions = {}): ScenarioParts {
  const oversize = findOversize(source, INPUT_CAPS.scenarioFileBytes);
  if (oversize !== undefined) {
    // Only the part up to the cap is indexed: the rest may be anything, of any length.
    const at = createLineIndex(source.slice(0, oversize + 1)).pointAt(oversize);
    return unreadParts(source, [limitFinding('too-large', INPUT_CAPS.scenarioFileBytes, 'The scenario file', file, at)]);
  }
  const lines = createLineIndex(source);
  const afterFrontmatter = bodyOffset(source);
  const controls = (strings: readonly WrittenString[]) => controlCharacterFindings(source, lines, { bodyStart: afterFrontmatter, strings }, file);
  const deepContainer = findDeepContainers(source, afterFrontmatter, INPUT_CAPS.markdownContainerDepth);
  if (deepContainer !== undefined) {
    return unreadParts(source, [...controls([]), limitFinding('too-deep', INPUT_CAPS.markdownContainerDepth, 'The scenario text', file, lines.pointAt(deepContainer))]);
  }
  let root: Root;
  try {
    root = (options.parseRoot ?? parseMdx)(source);
  } catch (error) {
    // The parser recurses for some nesting the checks above do not count; its stack overflow is a depth problem.
    const finding = error instanceof RangeError ? limitFinding('too-deep', INPUT_CAPS.markdownDepth, 'The scenario text', file, { line: 1, column: 1 }) : syntaxFinding(error, file, lines);
    return unreadParts(source, [...controls([]), finding]);
  }
  const findings: Finding[] = [];
  let strings: readonly WrittenString[] = [];
  const yamlNode = root.children[0]?.type === 'yaml' ? root.children[0] : undefined;
  let frontmatter: ScenarioFrontmatter | undefined;
  let rawFrontmatter: Record<string, unknown> | undefined;
  let fieldPositions: Record<string, SourcePoint> = {};
  const texts: ScenarioTexts = { strings: [], body: { text: source, at: { line: 1, column: 1 } } };
  if (yamlNode?.position?.start.offset === undefined || yamlNode.position.end.offset === undefined) {
    findings.push(makeFinding('error', 'missing-frontmatter', 'The file does not start with frontmatter.', 'Start the file with a line `---`, the fields (formatVersion, title, summary, …), and another `---`; see scenarios/README.md.', file, { line: 1, column: 1 }));
  } else {
    const start = yamlNode.position.start.offset;
    const firstBreak = source.indexOf('\n', start);
    const textStart = firstBreak === -1 ? source.length : firstBreak + 1;
    const textEnd = Math.max(textStart, yamlNode.position.end.offset - 3);
    const result = readFrontmatter({ text: source.slice(textStart, textEnd), offset: textStart }, lines, file);
    frontmatter = result.frontmatter;
    rawFrontmatter = result.raw;
    fieldPositions = result.keyPositions;
    texts.strings = result.strings;
    strings = result.strings;
    // The body starts on the line after the closing `---`.
    const closing = yamlNode.position.end.offset;
    const bodyStart = closing + (/^\r?\n/.exec(source.slice(closing, closing + 2))?.[0].length ?? 0);
    texts.body = { text: source.slice(bodyStart), at: lines.pointAt(bodyStart) };
    findings.push(...result.findings);
  }
  findings.push(...controls(strings));
  const deepNode = findDeepNode(root, INPUT_CAPS.markdownDepth);
  if (deepNode !== undefined) {
    // Reading the scenes walks the tree recursively, so a tree this deep is reported rather than read.
    const start = (deepNode as { position?: { start?: SourcePoint } }).position?.start ?? { line: 1, column: 1 };
    findings.push(limitFinding('too-deep', INPUT_CAPS.markdownDepth, 'The scenario text', file, start));
    return { frontmatter, rawFrontmatter, fieldPositions, body: undefined, texts, findings };
  }
  const reader = new ScenarioReader(source, file);
  try {
    reader.read(root);
  } catch (error) {
    // The reader handles every node shape we know of; if a new one slips
    // through, say so as a finding rather than crash the whole validate run.
    findings.push(makeFinding('error', 'mdx-syntax', `The file could not be read: ${error instanceof Error ? error.message : String(error)}`, 'Simplify the Markdown near the end of the last finding, and please report this file.', file, { line: 1, column: 1 }));
    return { frontmatter, rawFrontmatter, fieldPositions, body: undefined, texts, findings };
  }
  findings.push(...reader.findings);
  if (reader.order.length > 0 && Object.keys(reader.scenes).length === 0) {
    findings.push(makeFinding('error', 'no-scenes', 'The file has endings but no <Scene>.', 'Add at least one <Scene id="…" stage={1}> with a <Choice> leading to the endings.', file, { line: 1, column: 1 }));
  } else if (reader.order.length === 0 && !findings.some((finding) => finding.code === 'unknown-component' || finding.code === 'misplaced-component')) {
    findings.push(makeFinding('error', 'no-scenes', 'The file has no <Scene>.', 'Add at least one <Scene id="…" stage={1}>; see the example in scenarios/README.md.', file, lines.pointAt(yamlNode?.position?.end.offset ?? 0)));
  }
  return { frontmatter, rawFrontmatter, fieldPositions, body: { scenes: reader.scenes, endings: reader.endings, order: reader.order }, texts, findings };
}

/**
 * Parses a scenario file into a {@link Scenario}. The scenario is present
 * whenever it could be built (valid MDX, valid frontmatter, at least one
 * scene); findings list everything the parser noticed. Run
 * `validateScenario` (or `checkScenarioSource`) for the graph checks.
 *
 * @example
 * const { scenario, findings } = parseScenario(text, 'scenarios/closing-too-soon.mdx');
 * scenario?.scenes['monday-morning']?.choices[0]?.to; // 'the-call'
 */
export function parseScenario(source: string, file: string): ParseResult {
  const parts = parseScenarioParts(source, file);
  return { scenario: assembleScenario(parts, file), findings: parts.findings };
}

/** Builds the scenario from its parts, or undefined when a part is missing. */
export function assembleScenario(parts: ScenarioParts, file: string): Scenario | undefined {
  const { frontmatter, body } = parts;
  if (!frontmatter || !body) return undefined;
  const firstScene = body.order.find((id) => Object.hasOwn(body.scenes, id));
  if (firstScene === undefined) return undefined;
  return {
    formatVersion: SCENARIO_FORMAT_VERSION,
    id: scenarioIdFromFile(file),
    file,
    frontmatter: cloneMdast(frontmatter),
    start: frontmatter.start ?? firstScene,
    scenes: body.scenes,
    endings: body.endings,
    order: body.order,
  };
}
