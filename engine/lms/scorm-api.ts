/**
 * A learner's play as a SCORM 1.2 platform sees it, over the platform's
 * API object (`find-scorm-api.ts` finds it; the shell gives it here with a
 * clock). The shell calls three things:
 *
 * 1. {@link ScormSession.open} when the package loads: `LMSInitialize`,
 *    then reads `cmi.core.entry`, `cmi.core.lesson_status`,
 *    `cmi.suspend_data` and `cmi.core.lesson_location`; on the first entry
 *    sets the status to `incomplete` (never over a finished attempt's
 *    passed, failed or completed) and commits; and says whether to resume,
 *    from the suspend data, or start afresh, and why.
 * 2. {@link ScormSession.record} after each move: the session as
 *    suspend data (`suspend-data.ts`), the current scene's id as the lesson
 *    location, and at an ending the status (`scorm-status.ts`) and the score
 *    (`scorm-score.ts`, with min 0 and max 100); then `LMSCommit`. Values
 *    the platform already holds are not sent again, and nothing changed
 *    means no commit: a commit is a request to the platform's server, and
 *    some platforms make it synchronously.
 * 3. {@link ScormSession.finish} when the learner leaves: a last record,
 *    `cmi.core.session_time` since opening, `cmi.core.exit` (`suspend`
 *    unless at an ending, so the platform offers to resume; empty, a normal
 *    exit, at one), and `LMSFinish`.
 *
 * Every call the platform refuses (answers `"false"`, reports an error code
 * on a read, or throws) comes back as a {@link ScormFailure} with the
 * platform's code and words, and the work goes on with the other values:
 * the shell decides what to tell the learner, but is always told.
 *
 * A status is written only at an ending, and the latest ending wins: a
 * learner who steps back from an ending, or plays again, keeps what they
 * last finished with until they reach another ending.
 */
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Session } from '../runner/session.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { succeeded, type Scorm12Api } from './scorm-12-api.js';
import { SCORM_SCORE_RANGE, scormScore } from './scorm-score.js';
import { FINAL_LESSON_STATUSES, scormLessonStatus, type ScormLessonStatus } from './scorm-status.js';
import { formatCmiTimespan } from './session-time.js';
import { decodeSuspendData, encodeSuspendData, type SuspendDataKept } from './suspend-data.js';
import { walkSession } from './walk-session.js';

/** The API functions a failure can come from. */
export type ScormCall = 'LMSInitialize' | 'LMSGetValue' | 'LMSSetValue' | 'LMSCommit' | 'LMSFinish';

/** A call the platform refused, in its own words. */
export interface ScormFailure {
  call: ScormCall;
  /** The data model element, for reads and writes. */
  element?: string;
  /** `LMSGetLastError`'s code (e.g. `"405"`); empty when the platform gave none or the call threw. */
  code: string;
  /** `LMSGetErrorString` for the code, or what went wrong when the platform did not say. */
  message: string;
  /** `LMSGetDiagnostic`, when the platform gives more. */
  diagnostic?: string;
}

/** What the platform held when the package was opened. */
export interface ScormLaunch {
  /** `cmi.core.entry`: `ab-initio` the first time, `resume` after a suspend, otherwise empty. */
  entry: string;
  /** `cmi.core.lesson_status` as it was before opening. */
  lessonStatus: string;
  /** `cmi.core.lesson_location`: the scene the learner was last in. */
  lessonLocation: string;
  /** `cmi.suspend_data`. */
  suspendData: string;
}

/** Whether to resume, and from what. */
export type ScormResume =
  /** Nothing to resume: the first entry, or no saved progress. Start a new session. */
  | { kind: 'fresh' }
  /** Resume this session; when `kept` is not `everything`, tell the learner what the platform could not hold. */
  | { kind: 'resumed'; session: Session; kept: SuspendDataKept; movesLeftOut: number }
  /** There was saved progress, but it cannot be resumed: start afresh and tell the learner why. */
  | { kind: 'unreadable'; problem: string };

/** What {@link ScormSession.open} gives. */
export type ScormOpening =
  | { ok: true; lms: ScormSession; launch: ScormLaunch; resume: ScormResume; failures: ScormFailure[] }
  /** `LMSInitialize` was refused: there is no platform session to report to. */
  | { ok: false; failures: ScormFailure[] };

/** What a write to the platform did. */
export interface ScormWriteResult {
  /** True when every call succeeded. */
  ok: boolean;
  failures: ScormFailure[];
  /** False when the platform already held every value, so nothing was sent. */
  wrote: boolean;
  /** What the suspend data holds of the session: tell the learner when it is not `everything`. */
  kept: SuspendDataKept;
  /** Moves the suspend data could not hold: 0 unless `kept` is `too-long`. */
  movesLeftOut: number;
}

/** What {@link ScormSession.finish} did. */
export interface ScormFinishResult {
  ok: boolean;
  failures: ScormFailure[];
}

/** Options of {@link ScormSession.open}. */
export interface ScormSessionOptions {
  /** Milliseconds on the shell's clock (`performance.now`); the session time is the difference from opening to finishing. */
  now: () => number;
  /** The protocol and calendar to play under, as for the runner. */
  runner?: RunnerOptions;
}

/** The data model elements written, by what they hold. */
const ELEMENT = {
  entry: 'cmi.core.entry',
  status: 'cmi.core.lesson_status',
  location: 'cmi.core.lesson_location',
  suspendData: 'cmi.suspend_data',
  scoreRaw: 'cmi.core.score.raw',
  scoreMin: 'cmi.core.score.min',
  scoreMax: 'cmi.core.score.max',
  sessionTime: 'cmi.core.session_time',
  exit: 'cmi.core.exit',
} as const;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A learner's attempt on a SCORM 1.2 platform. */
export class ScormSession {
  /** Values the platform is known to hold (read at opening, or written and committed since). */
  private readonly held = new Map<string, string>();
  private closed = false;

  private constructor(
    private readonly api: Scorm12Api,
    private readonly scenario: Scenario,
    private readonly options: ScormSessionOptions,
    private readonly openedAt: number,
  ) {}

  /**
   * Starts the platform session and reads where the learner was.
   *
   * @example
   * const opening = ScormSession.open(api, scenario, { now: () => performance.now() });
   * if (!opening.ok) playWithLocalSaves(opening.failures);
   * else session = opening.resume.kind === 'resumed' ? opening.resume.session : startSession(scenario, { seed });
   */
  static open(api: Scorm12Api, scenario: Scenario, options: ScormSessionOptions): ScormOpening {
    const lms = new ScormSession(api, scenario, options, options.now());
    const failures: ScormFailure[] = [];
    const initialised = lms.call('LMSInitialize', undefined, () => api.LMSInitialize(''));
    if (initialised !== undefined) return { ok: false, failures: [initialised] };
    const read = (element: string) => {
      const { value, failure } = lms.get(element);
      if (failure !== undefined) failures.push(failure);
      else lms.held.set(element, value);
      return value;
    };
    const launch: ScormLaunch = { entry: read(ELEMENT.entry), lessonStatus: read(ELEMENT.status), suspendData: read(ELEMENT.suspendData), lessonLocation: read(ELEMENT.location) };
    // Only over a status actually read: an unreadable one may be a pass that must not be overwritten.
    const firstEntry = launch.entry === 'ab-initio' || launch.lessonStatus === 'not attempted' || launch.lessonStatus === '';
    const statusRead = lms.held.has(ELEMENT.status);
    if (statusRead && firstEntry && !FINAL_LESSON_STATUSES.includes(launch.lessonStatus as ScormLessonStatus)) failures.push(...lms.write([[ELEMENT.status, 'incomplete']]));
    return { ok: true, lms, launch, resume: lms.resumeFrom(launch), failures };
  }

  /** True once `LMSFinish` has succeeded: nothing more can be sent. */
  get isFinished(): boolean {
    return this.closed;
  }

  /**
   * Saves the session to the platform after a move, and at an ending its
   * status and score; then commits.
   *
   * @throws {RunnerError} when the session is not one of this scenario's (a bug in the shell, not the platform's doing).
   * @example
   * const saved = lms.record(session);
   * if (!saved.ok) showBanner('The learning platform did not save your progress', saved.failures);
   * if (saved.kept !== 'everything') showBanner('Your notes are kept in this browser only');
   */
  record(session: Session): ScormWriteResult {
    const { text, kept, movesLeftOut } = encodeSuspendData(this.scenario, session);
    if (this.closed) return { ok: false, failures: [this.closedFailure('LMSSetValue')], wrote: false, kept, movesLeftOut };
    const { node } = walkSession(this.scenario, session.steps);
    const values: [string, string][] = [
      [ELEMENT.suspendData, text],
      [ELEMENT.location, node.id],
    ];
    if (node.kind === 'ending') {
      values.push([ELEMENT.status, scormLessonStatus(node)]);
      const raw = scormScore(this.scenario, session, this.options.runner);
      if (raw !== null) values.push([ELEMENT.scoreRaw, String(raw)], [ELEMENT.scoreMin, String(SCORM_SCORE_RANGE.min)], [ELEMENT.scoreMax, String(SCORM_SCORE_RANGE.max)]);
    }
    const changed = values.filter(([element, value]) => this.held.get(element) !== value);
    if (changed.length === 0) return { ok: true, failures: [], wrote: false, kept, movesLeftOut };
    const failures = this.write(changed);
    return { ok: failures.length === 0, failures, wrote: true, kept, movesLeftOut };
  }

  /**
   * Ends the platform session: a last record of the session (if any), the
   * session time, the exit (`suspend` unless at an ending), `LMSFinish`.
   * Nothing can be sent after it succeeds; when it fails, it may be tried again.
   *
   * @example
   * window.addEventListener('pagehide', () => lms.finish(session));
   */
  finish(session: Session | null): ScormFinishResult {
    if (this.closed) return { ok: false, failures: [this.closedFailure('LMSFinish')] };
    const failures = session === null ? [] : this.record(session).failures;
    const ended = session !== null && walkSession(this.scenario, session.steps).node.kind === 'ending';
    for (const [element, value] of [
      [ELEMENT.sessionTime, formatCmiTimespan(this.options.now() - this.openedAt)],
      [ELEMENT.exit, ended ? '' : 'suspend'],
    ] as const) {
      const failure = this.set(element, value);
      if (failure !== undefined) failures.push(failure);
    }
    // LMSFinish commits what has been set (SCORM 1.2 RTE), so no LMSCommit first.
    const finished = this.call('LMSFinish', undefined, () => this.api.LMSFinish(''));
    if (finished === undefined) this.closed = true;
    else failures.push(finished);
    return { ok: failures.length === 0, failures };
  }

  private resumeFrom(launch: ScormLaunch): ScormResume {
    if (launch.entry === 'ab-initio' || launch.suspendData === '') return { kind: 'fresh' };
    const saved = decodeSuspendData(this.scenario, launch.suspendData, this.options.runner);
    return saved.ok ? { kind: 'resumed', session: saved.session, kept: saved.kept, movesLeftOut: saved.movesLeftOut } : { kind: 'unreadable', problem: saved.problem };
  }

  /** Sets each value, then commits; what was set is known to be held once the commit succeeds. */
  private write(values: readonly (readonly [string, string])[]): ScormFailure[] {
    const failures: ScormFailure[] = [];
    const set: (readonly [string, string])[] = [];
    for (const entry of values) {
      const failure = this.set(entry[0], entry[1]);
      if (failure === undefined) set.push(entry);
      else failures.push(failure);
    }
    const committed = this.call('LMSCommit', undefined, () => this.api.LMSCommit(''));
    if (committed === undefined) for (const [element, value] of set) this.held.set(element, value);
    else failures.push(committed);
    return failures;
  }

  private set(element: string, value: string): ScormFailure | undefined {
    return this.call('LMSSetValue', element, () => this.api.LMSSetValue(element, value));
  }

  private get(element: string): { value: string; failure?: ScormFailure } {
    let answer: unknown;
    try {
      answer = this.api.LMSGetValue(element);
    } catch (error) {
      return { value: '', failure: { call: 'LMSGetValue', element, code: '', message: `The platform's LMSGetValue threw: ${messageOf(error)}` } };
    }
    // A read has no "false" to answer: it answers "" and sets an error code.
    const failure = this.lastError('LMSGetValue', element);
    if (failure !== undefined) return { value: '', failure };
    return { value: typeof answer === 'string' ? answer : answer == null ? '' : String(answer) };
  }

  /** Runs a call that answers "true" or "false"; undefined when it succeeded. */
  private call(call: ScormCall, element: string | undefined, run: () => unknown): ScormFailure | undefined {
    let answer: unknown;
    try {
      answer = run();
    } catch (error) {
      return { call, ...(element === undefined ? {} : { element }), code: '', message: `The platform's ${call} threw: ${messageOf(error)}` };
    }
    if (succeeded(answer)) return undefined;
    return this.lastError(call, element) ?? { call, ...(element === undefined ? {} : { element }), code: '', message: `The platform answered ${call}${element === undefined ? '' : ` of ${element}`} with "${String(answer)}" and no error code.` };
  }

  /** The platform's error for the last call, or undefined when it reports none ("0"). */
  private lastError(call: ScormCall, element: string | undefined): ScormFailure | undefined {
    let code: string;
    try {
      code = String(this.api.LMSGetLastError() ?? '').trim();
    } catch {
      code = '';
    }
    if (code === '0' || code === '') return undefined;
    const words = (read: () => string | undefined) => {
      try {
        return read() || undefined;
      } catch {
        return undefined;
      }
    };
    const message = words(() => this.api.LMSGetErrorString(code)) ?? `The platform reported error ${code}.`;
    const diagnostic = words(() => this.api.LMSGetDiagnostic?.(code));
    return { call, ...(element === undefined ? {} : { element }), code, message, ...(diagnostic === undefined || diagnostic === message ? {} : { diagnostic }) };
  }

  private closedFailure(call: ScormCall): ScormFailure {
    return { call, code: '', message: 'The platform session has already finished: nothing more can be sent.' };
  }
}
