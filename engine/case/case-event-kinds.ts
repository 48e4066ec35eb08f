/**
 * The kinds of event a case timeline records, and which stage of the
 * seven-stage process each belongs to. The stage numbers follow the
 * Professional Resolutions table; the audit takes every deadline and title
 * from the protocol file, not from here.
 */

/** What the audit needs to know about one kind of event. */
export interface CaseEventKindInfo {
  /** The stage the event belongs to, when it is a step of the process. */
  stage?: number;
  /** True when the event ends its stage (the stage 1 discussion concluding, the panel's recommendations). */
  concludes?: boolean;
  /** A short name for timelines, e.g. "Panel meeting". */
  label: string;
  /** What the event means, in plain words, for messages and the authoring guide. */
  about: string;
  /** The protocol event whose time this event gives directly, when it is not a stage step (e.g. `disputedDecision`). */
  protocolEvent?: string;
}

/**
 * Every event kind a case file may use.
 *
 * @example
 * CASE_EVENT_KINDS['dsl-discussion'].stage; // 3
 */
export const CASE_EVENT_KINDS = {
  'disputed-decision': { label: 'Disputed decision, action or referral', protocolEvent: 'disputedDecision', about: 'the decision, action or referral that is disputed; it may come before the disagreement was raised, and stages 3 and 4 then count their 10 working days from it' },
  'stage1-discussion': { label: 'Stage 1 discussion', stage: 1, about: 'the practitioners of the two agencies discuss the disagreement directly' },
  'stage1-concluded': { label: 'Stage 1 discussion concluded', stage: 1, concludes: true, about: 'the stage 1 discussion ends, resolved or not' },
  'line-manager-discussion': { label: 'Line-manager discussion', stage: 2, about: 'the practitioner discusses it with their line manager, who makes sure it is recorded' },
  'dsl-discussion': { label: "Designated safeguarding lead's discussion", stage: 3, about: "the designated safeguarding lead discusses it with the receiving agency's line manager" },
  'senior-escalation': { label: "Senior managers' discussion", stage: 4, about: 'the next most senior managers of both agencies discuss it' },
  'partnership-referral': { label: 'Stage 5 referral', stage: 5, about: "the designated safeguarding lead makes the stage 5 referral (for a child, to the NYSCP's Independent Chair via the business manager; for an adult, to the NYSAB Manager)" },
  'panel-convened': { label: 'Panel convened', stage: 6, about: 'the multi-agency escalation panel is convened' },
  'panel-meeting': { label: 'Panel meeting', stage: 7, about: 'the escalation panel meets' },
  recommendations: { label: 'Panel recommendations', stage: 7, concludes: true, about: 'the panel makes its recommendations' },
  resolved: { label: 'Resolved', about: 'the disagreement is resolved, at the stage the event gives' },
  'immediate-risk': { label: 'Immediate risk of harm noted', about: 'someone is found to be at immediate risk of harm' },
  'learning-reported': { label: 'Reported to the learning subgroup', about: 'the outcome is reported to the learning subgroup the protocol names for the route' },
  note: { label: 'Note', about: 'anything else worth keeping on the timeline, in its summary' },
} as const satisfies Record<string, CaseEventKindInfo>;

/** One kind of case event, e.g. `dsl-discussion`. */
export type CaseEventKind = keyof typeof CASE_EVENT_KINDS;

/** Every case event kind, in timeline order. */
export const caseEventKinds = Object.keys(CASE_EVENT_KINDS) as [CaseEventKind, ...CaseEventKind[]];

/**
 * The stage an event kind belongs to, or `undefined` for kinds that are not
 * steps of the process (disputed-decision, resolved, immediate-risk, learning-reported, note).
 *
 * @example
 * stageOfEventKind('partnership-referral'); // 5
 * stageOfEventKind('note'); // undefined
 * stageOfEventKind('disputed-decision'); // undefined
 */
export function stageOfEventKind(kind: CaseEventKind): number | undefined {
  const info: CaseEventKindInfo = CASE_EVENT_KINDS[kind];
  return info.stage;
}

/**
 * The protocol event an event kind gives the time of directly, if any.
 *
 * @example
 * protocolEventOfKind('disputed-decision'); // 'disputedDecision'
 */
export function protocolEventOfKind(kind: CaseEventKind): string | undefined {
  const info: CaseEventKindInfo = CASE_EVENT_KINDS[kind];
  return info.protocolEvent;
}

/**
 * True when an event of this kind closes its stage.
 *
 * @example
 * concludesStage('stage1-concluded'); // true
 */
export function concludesStage(kind: CaseEventKind): boolean {
  const info: CaseEventKindInfo = CASE_EVENT_KINDS[kind];
  return info.concludes === true;
}
