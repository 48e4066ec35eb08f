/**
 * What an audit of a case timeline says, as plain serialisable data (strings,
 * numbers, booleans): the JSON output, the terminal table and the Markdown
 * for a subgroup's minutes are all made from it.
 */
import type { SkippedDay } from '../protocol/deadline-table.js';

/** How a deadline fared. */
export type CheckStatus =
  /** The step happened by the due time. */
  | 'met'
  /** The step happened after the due time. */
  | 'missed'
  /** A later stage happened but this stage has no recorded event. */
  | 'skipped'
  /** The stage was reached but the moment this deadline measures was not recorded. */
  | 'not-recorded'
  /** The case never got to this stage. */
  | 'not-reached'
  /** For an aim only: the step came after the aim but the aim is never scored (stage 1's 24 of "24 to 96 hrs"). */
  | 'after-aim';

/** How late a step was: working days for day-based rules, elapsed time for hour-based ones. */
export interface Lateness {
  /** The unit the rule is written in: `hours` for `hoursAfter` rules, otherwise `working-days`. */
  unit: 'working-days' | 'hours';
  /** Working days after the due day up to and including the day it happened (0 when still the same working day, or a non-working day). */
  workingDays: number;
  /** Elapsed minutes after the due time. */
  minutes: number;
  /** In words, e.g. `3 working days` or `4 hours`. */
  text: string;
}

/** One deadline of one stage, measured against what happened. */
export interface CheckAudit {
  /** `${stage}.${deadline}`, e.g. `1.limit`. */
  id: string;
  /** Stage number. */
  stage: number;
  /** The deadline's name, e.g. "Resolve at the latest". */
  label: string;
  /** `aim` for a stage's earlier target (stage 1's 24 hours), which is reported but is not a deadline; otherwise `deadline`. */
  kind: 'deadline' | 'aim';
  /** Whether the step had to have started or finished by the due time. */
  measuredAt: 'start' | 'end';
  /** The due time, ISO 8601 with the London offset. */
  due: string;
  /** True when the due time rests on an event that was not usable (missing or out of order) and was assumed at its latest moment. */
  dueAssumed: boolean;
  /** When the measured moment happened, ISO 8601, when known. */
  happened?: string;
  /** The verdict. */
  status: CheckStatus;
  /** How late, when missed. */
  late?: Lateness;
}

/** One stage of the process as the case went through it. */
export interface StageAudit {
  stage: number;
  /** The protocol's short title of the stage. */
  title: string;
  /** Who acts, for this audience. */
  owner: string;
  /** The timescale, in words. */
  rule: string;
  /** True when the timeline has an event of this stage (stage 1 always starts when the disagreement is raised). */
  reached: boolean;
  /** When the stage started, ISO 8601. */
  started?: string;
  /** When the stage ended (its concluding event, its last event before the next stage, or the resolution). */
  ended?: string;
  /** The stage's deadlines. */
  checks: CheckAudit[];
}

/** The kinds of finding an audit makes. */
export type AuditFindingCode =
  | 'deadline-missed'
  | 'after-aim'
  | 'not-recorded'
  | 'missing-step'
  | 'out-of-order'
  | 'before-raised'
  | 'after-resolution'
  | 'resolution-stage'
  | 'not-resolved'
  | 'cap-exceeded'
  | 'learning-missing'
  | 'learning-wrong-subgroup'
  | 'immediate-risk';

/** Something the audit noticed. */
export interface AuditFinding {
  /** `problem`: the process was not followed; `warning`: worth attention; `note`: for the record. */
  severity: 'problem' | 'warning' | 'note';
  code: AuditFindingCode;
  /** A plain sentence. */
  message: string;
  /** The 1-based position of the event concerned in the file's `events` list, when there is one. */
  event?: number;
}

/** Whether the panel stages kept to the overall cap counted from raised. */
export interface CapAudit {
  /** Working days from raised the cap allows (13 under North Yorkshire), counted from the protocol's rule. */
  workingDays: number;
  /** The cap, ISO 8601. */
  due: string;
  /** True when the panel was convened and met by the cap. */
  kept: boolean;
  /** The latest panel step counted against the cap, ISO 8601. */
  latest?: string;
}

/** The step after resolution: reporting to the learning subgroup the protocol names for the route. */
export interface LearningAudit {
  /** The subgroup the protocol names for this route, e.g. "NYSCP Practice and Learning Subgroup". */
  subgroup: string;
  /** True when a learning-reported event is on the timeline. */
  reported: boolean;
  /** When, ISO 8601. */
  at?: string;
  /** The subgroup the event names, if it names one. */
  reportedTo?: string;
  /** The protocol's summary of the step. */
  summary?: string;
}

/** A moment immediate risk of harm was noted. */
export interface ImmediateRiskAudit {
  at: string;
  /** The agency's role, when the event says who. */
  by?: string;
  summary?: string;
}

/** The whole audit of one case. */
export interface CaseAudit {
  /** The case file, as named by the caller. */
  file?: string;
  /** The case's title, or a title made from the audience and raised date. */
  title: string;
  /** The protocol and where it comes from. */
  protocol: { id: string; name: string; citation: string };
  /** `child` or `adult`. */
  audience: string;
  /** The route's name, e.g. "Children (NYSCP)". */
  audienceLabel: string;
  /** When the disagreement was raised, ISO 8601. */
  raised: string;
  /** The safety deadline, when the case set one. */
  safetyBy?: string;
  /** The highest stage with an event. */
  highestStage: number;
  /** The resolution, when one is recorded. */
  resolution?: { stage: number; at: string };
  /** One entry per protocol stage. */
  stages: StageAudit[];
  /** Every check, flattened in stage order. */
  checks: CheckAudit[];
  /** Deadline ids met. */
  met: string[];
  /** Deadline ids missed, skipped or not recorded (aims excluded). */
  missed: string[];
  /** True when every deadline of every stage reached or skipped was met. */
  deadlinesMet: boolean;
  /**
   * True when the timeline is in order: no event before the disagreement was
   * raised (unless the protocol lets it precede), no stage starting before
   * the one it follows, none ending before it started. A case passes the
   * audit (the CLI's exit code 0) only when this and `deadlinesMet` hold.
   */
  timelineInOrder: boolean;
  /** The cap, when the case reached the panel stages. */
  cap?: CapAudit;
  /** The learning-subgroup step. */
  learning?: LearningAudit;
  /** Immediate risk noted, in time order. */
  immediateRisk: ImmediateRiskAudit[];
  /** The protocol's words on immediate risk, when it has any. */
  immediateRiskRule?: string;
  /** Bank holidays and closures inside the deadlines of the stages reached. */
  holidays: SkippedDay[];
  /** Everything noticed, problems first. */
  findings: AuditFinding[];
}
