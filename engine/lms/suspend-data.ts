/**
 * A session as SCORM 1.2 `cmi.suspend_data`: the one place a learning
 * platform keeps a learner's progress between launches. The field holds at
 * most 4,096 characters, and platforms are picky about which, so this is
 * not the session's JSON but a compact ASCII form of its moves, checked on
 * the way back in by replaying them.
 *
 * The format, version 1 (every character is one of `A-Z a-z 0-9 . _ - ~ * %`):
 *
 *     CG1.<kept>.<seed>.<digest>.<moves>.<tokens>
 *
 * - `CG1`: the tag and format version.
 * - `<kept>`: `e` everything, `m` moves only (the learner's words left
 *   out), `t` too long (only the first moves; see below).
 * - `<seed>`: the session's choice-order seed (empty when it has none).
 * - `<digest>`: the scenario's 16-hex-digit `scenarioDigest`; a save for
 *   another version of the scenario is refused, not guessed at.
 * - `<moves>`: how many moves (choices, continues, waits) the whole session
 *   has, in base 36, so a shortened save knows what it is missing.
 * - `<tokens>`, one after another with no separators, each read in the
 *   scene the learner is in at that point:
 *   - a choice: its index in the scene's choice list as the scenario file
 *     writes it (not the shuffled order), in base 36, zero-padded to as
 *     many digits as the scene's last index needs (one, up to 36 choices);
 *   - `-`: Continue;
 *   - `*<duration>.`: a wait, its duration as escaped text (`suspend-text.ts`);
 *   - `~<prompt><text>.`: the learner's text for the scene's prompt number
 *     `<prompt>` (reflections then records, base 36, padded the same way).
 *
 * What is kept of the learner's writing: the latest text of each prompt, at
 * the place it was first written, so the replayed responses (text and
 * order) are the same as the session's; earlier drafts are dropped, as the
 * player keeps only the latest too. Wall-clock `recordedAt` stamps are not
 * kept: the platform records its own times, and no view depends on them.
 *
 * When it does not fit, it degrades in two honest steps, and says which:
 * 1. `moves-only`: every move, none of the writing. The caller keeps the
 *    writing in the browser's storage and tells the learner their words are
 *    saved on this device only.
 * 2. `too-long`: even the moves do not fit (over a thousand of them; no
 *    bundled route comes near). The longest run of first moves that fits is
 *    kept, with the total, so resuming can say "resumed at move 812 of
 *    1,040": the learner is put back at a real earlier moment of their own
 *    play rather than shown nothing, and never silently.
 */
import { defineFormat, readFormat } from '../kernel/format-version.js';
import { isChoiceSeed } from '../runner/choice-order.js';
import { replaySession } from '../runner/replay-session.js';
import { RunnerError } from '../runner/runner-error.js';
import type { RunnerOptions } from '../runner/runner-options.js';
import { scenarioDigest } from '../runner/scenario-digest.js';
import { SESSION_FORMAT_VERSION, type Session, type SessionStep } from '../runner/session.js';
import type { Scenario, ScenarioNode, SceneNode } from '../scenario/scenario-model.js';
import { escapeSuspendText, unescapeSuspendText } from './suspend-text.js';
import { nodeAfter, promptsOf, startNode, walkSession } from './walk-session.js';

/** SCORM 1.2's limit on `cmi.suspend_data` (CMIString4096), in characters. */
export const SUSPEND_DATA_LIMIT = 4096;

/** The suspend data format's versions: the one this build writes, and the oldest it reads. */
export const SUSPEND_DATA_FORMAT = defineFormat({ current: 1 });

/** What of the session a suspend data text holds. */
export type SuspendDataKept = 'everything' | 'moves-only' | 'too-long';

/** What {@link encodeSuspendData} gives. */
export interface EncodedSuspendData {
  /** The suspend data, at most the limit in length, ASCII only. */
  text: string;
  /** `everything`; `moves-only` when the writing was left out; `too-long` when moves were too. */
  kept: SuspendDataKept;
  /** How many of the last moves were left out: 0 unless `too-long`. */
  movesLeftOut: number;
}

/** What {@link decodeSuspendData} gives: the session replayed, or why not. */
export type DecodedSuspendData =
  | {
      ok: true;
      /** The session, checked by replaying it on the scenario. */
      session: Session;
      /** What the save held: tell the learner when it is not `everything`. */
      kept: SuspendDataKept;
      /** How many of the session's last moves the save could not hold: 0 unless `too-long`. */
      movesLeftOut: number;
    }
  | {
      ok: false;
      /** A sentence saying what is wrong, for the learner and the log. */
      problem: string;
    };

/** Options of {@link encodeSuspendData}. */
export interface EncodeSuspendDataOptions {
  /** The most characters the text may have; {@link SUSPEND_DATA_LIMIT} when left out. */
  limit?: number;
}

const TAG = 'CG';
const KEPT_LETTER: Readonly<Record<SuspendDataKept, string>> = { everything: 'e', 'moves-only': 'm', 'too-long': 't' };
const KEPT_BY_LETTER: Readonly<Record<string, SuspendDataKept>> = { e: 'everything', m: 'moves-only', t: 'too-long' };

/** Ends a text token; escaped text never contains it. */
const END_OF_TEXT = '.';
const CONTINUE = '-';
const WAIT = '*';
const WRITE = '~';

// The digest walks the whole scenario; encoding runs after every move, and
// measuring every route thousands of times, on a scenario that never changes.
const digests = new WeakMap<Scenario, string>();
function digestOf(scenario: Scenario): string {
  let digest = digests.get(scenario);
  if (digest === undefined) {
    digest = scenarioDigest(scenario);
    digests.set(scenario, digest);
  }
  return digest;
}

/** Base-36 digits a number from 0 to `count - 1` needs: one up to 36. */
function widthFor(count: number): number {
  return Math.max(1, (count - 1).toString(36).length);
}

function indexToken(index: number, count: number): string {
  return index.toString(36).padStart(widthFor(count), '0');
}

interface Token {
  kind: 'move' | 'write';
  text: string;
}

function tokensOf(scenario: Scenario, steps: readonly SessionStep[]): Token[] {
  const { steps: walked } = walkSession(scenario, steps);
  const latest = new Map<string, string>();
  for (const step of steps) if (step.type === 'write') latest.set(step.promptId, step.text);
  const written = new Set<string>();
  const tokens: Token[] = [];
  for (const { step, scene } of walked) {
    switch (step.type) {
      case 'choose':
        tokens.push({ kind: 'move', text: indexToken(scene.choices.findIndex((choice) => choice.id === step.choiceId), scene.choices.length) });
        break;
      case 'continue':
        tokens.push({ kind: 'move', text: CONTINUE });
        break;
      case 'wait':
        tokens.push({ kind: 'move', text: `${WAIT}${escapeSuspendText(step.duration)}${END_OF_TEXT}` });
        break;
      case 'write': {
        // The latest text, where the prompt was first written: the replay's responses keep first-written order.
        if (written.has(step.promptId)) break;
        written.add(step.promptId);
        const prompts = promptsOf(scene);
        const index = prompts.findIndex((prompt) => prompt.id === step.promptId);
        tokens.push({ kind: 'write', text: `${WRITE}${indexToken(index, prompts.length)}${escapeSuspendText(latest.get(step.promptId) ?? '')}${END_OF_TEXT}` });
        break;
      }
    }
  }
  return tokens;
}

function header(kept: SuspendDataKept, seed: string | undefined, digest: string, moves: number): string {
  return [`${TAG}${SUSPEND_DATA_FORMAT.current}`, KEPT_LETTER[kept], seed ?? '', digest, moves.toString(36), ''].join('.');
}

/**
 * The session as suspend data: everything if it fits, else the moves
 * without the learner's writing, else as many first moves as fit (see the
 * module comment for the format and why it degrades so).
 *
 * @throws {RunnerError} when the session is not of this scenario, its seed is not a seed, or its moves do not fit the scene graph.
 * @example
 * const { text, kept } = encodeSuspendData(scenario, session);
 * api.LMSSetValue('cmi.suspend_data', text); // e.g. 'CG1.e.0b7e4c19a2f35d60.9f3a0c1de2b47a55.3.1~0Phone_her_first%2E.-0'
 * if (kept !== 'everything') tellLearner('Your notes are kept in this browser only.');
 */
export function encodeSuspendData(scenario: Scenario, session: Session, options: EncodeSuspendDataOptions = {}): EncodedSuspendData {
  const limit = options.limit ?? SUSPEND_DATA_LIMIT;
  if (session.scenarioId !== scenario.id) {
    throw new RunnerError('wrong-scenario', `This session is for the scenario "${session.scenarioId}", not "${scenario.id}".`, `Save it with "${session.scenarioId}".`);
  }
  if (session.seed !== undefined && !isChoiceSeed(session.seed)) {
    throw new RunnerError('bad-seed', `"${session.seed}" cannot shuffle the choices.`, 'A seed is 1 to 64 letters, digits, hyphens or underscores.');
  }
  const tokens = tokensOf(scenario, session.steps);
  const moves = tokens.filter((token) => token.kind === 'move');
  const digest = digestOf(scenario);
  const everything = header('everything', session.seed, digest, moves.length) + tokens.map((token) => token.text).join('');
  if (everything.length <= limit) return { text: everything, kept: 'everything', movesLeftOut: 0 };
  const movesOnly = header('moves-only', session.seed, digest, moves.length) + moves.map((token) => token.text).join('');
  if (movesOnly.length <= limit) return { text: movesOnly, kept: 'moves-only', movesLeftOut: 0 };
  let text = header('too-long', session.seed, digest, moves.length);
  let kept = 0;
  for (const move of moves) {
    if (text.length + move.text.length > limit) break;
    text += move.text;
    kept += 1;
  }
  return { text, kept: 'too-long', movesLeftOut: moves.length - kept };
}

/** Reads the tokens against the scene graph; a string is the problem found. */
function stepsFrom(scenario: Scenario, tokens: string): { steps: SessionStep[]; moves: number } | string {
  const steps: SessionStep[] = [];
  let moves = 0;
  let node: ScenarioNode = startNode(scenario);
  let at = 0;
  const readText = (what: string): string => {
    const end = tokens.indexOf(END_OF_TEXT, at);
    const text = end < 0 ? undefined : unescapeSuspendText(tokens.slice(at, end));
    if (text === undefined) throw new SyntaxError(`its ${what} at character ${at} is damaged`);
    at = end + 1;
    return text;
  };
  const readIndex = (count: number, what: string, scene: SceneNode): number => {
    const digits = tokens.slice(at, at + widthFor(count));
    const index = /^[0-9a-z]+$/.test(digits) && digits.length === widthFor(count) ? parseInt(digits, 36) : NaN;
    if (!(index < count)) throw new SyntaxError(`it names ${what} "${digits}" that scene "${scene.id}" does not have`);
    at += digits.length;
    return index;
  };
  try {
    while (at < tokens.length) {
      if (node.kind === 'ending') throw new SyntaxError(`it goes on after the ending "${node.id}"`);
      const scene: SceneNode = node;
      const mark = tokens[at]!;
      let step: SessionStep;
      if (mark === CONTINUE) {
        at += 1;
        step = { type: 'continue' };
      } else if (mark === WAIT) {
        at += 1;
        step = { type: 'wait', duration: readText('wait') };
      } else if (mark === WRITE) {
        at += 1;
        const prompts = promptsOf(scene);
        const prompt = prompts[readIndex(prompts.length, 'a prompt', scene)]!;
        step = { type: 'write', promptId: prompt.id, text: readText('text') };
      } else {
        step = { type: 'choose', choiceId: scene.choices[readIndex(scene.choices.length, 'a choice', scene)]!.id };
      }
      node = nodeAfter(scenario, scene, step);
      steps.push(step);
      if (step.type !== 'write') moves += 1;
    }
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof RunnerError) return error.message;
    throw error;
  }
  return { steps, moves };
}

const FIELDS = /^CG(\d+)\.([emt])\.([A-Za-z0-9_-]*)\.([0-9a-f]{16})\.([0-9a-z]{1,8})\.(.*)$/s;

/**
 * The session a suspend data text holds, replayed on the scenario; or,
 * when it cannot be resumed, why (not Common Ground's, another format
 * version, another version of the scenario, damaged, or moves that no
 * longer replay). It never guesses: a refused save is a fresh start the
 * caller tells the learner about.
 *
 * @example
 * const saved = decodeSuspendData(scenario, api.LMSGetValue('cmi.suspend_data'));
 * if (saved.ok) resume(saved.session); else startAfresh(saved.problem);
 */
export function decodeSuspendData(scenario: Scenario, saved: string, options: RunnerOptions = {}): DecodedSuspendData {
  // The format has no whitespace; a platform that pads or ends the value with a line break is forgiven.
  const text = saved.trim();
  const refuse = (problem: string): DecodedSuspendData => ({ ok: false, problem });
  if (!text.startsWith(TAG)) return refuse('The saved progress is not from Common Ground, so it cannot be resumed.');
  const version = /^CG(\d+)\./.exec(text)?.[1];
  if (version === undefined) return refuse('The saved progress is damaged (it has no format version), so it cannot be resumed.');
  const reading = readFormat({ formatVersion: Number(version) }, SUSPEND_DATA_FORMAT);
  if (reading.status === 'too-new') return refuse(`The saved progress was written by a newer version of this course (format ${version}), so this one cannot resume it.`);
  if (reading.status !== 'readable') return refuse(`The saved progress was written by an older version of this course (format ${version}), which this one no longer reads.`);
  const fields = FIELDS.exec(text);
  if (fields === null) return refuse('The saved progress is damaged (its heading is not readable), so it cannot be resumed.');
  const [, , letter, seedText, digest, movesText, tokens] = fields as unknown as [string, string, string, string, string, string, string];
  const kept = KEPT_BY_LETTER[letter]!;
  if (digest !== digestOf(scenario)) {
    return refuse(`The saved progress is for a different version of "${scenario.frontmatter.title}" (saved ${digest}, this one is ${digestOf(scenario)}), so it cannot be resumed.`);
  }
  const seed = seedText === '' ? undefined : seedText;
  if (seed !== undefined && !isChoiceSeed(seed)) return refuse('The saved progress is damaged (its choice order is not readable), so it cannot be resumed.');
  const read = stepsFrom(scenario, tokens);
  if (typeof read === 'string') return refuse(`The saved progress is damaged: ${read}.`);
  const total = parseInt(movesText, 36);
  if (kept === 'too-long' ? read.moves > total : read.moves !== total) {
    return refuse(`The saved progress is damaged: it says it holds ${total} moves but has ${read.moves}.`);
  }
  const session: Session = { formatVersion: SESSION_FORMAT_VERSION, scenarioId: scenario.id, scenarioDigest: digest, ...(seed === undefined ? {} : { seed }), steps: read.steps };
  try {
    replaySession(scenario, session, options);
  } catch (error) {
    if (!(error instanceof RunnerError)) throw error;
    return refuse(`The saved moves do not replay on this scenario: ${error.message}`);
  }
  return { ok: true, session, kept, movesLeftOut: total - read.moves };
}
