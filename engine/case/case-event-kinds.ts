/**
 * The kinds of event a case timeline records. Most belong to a stage, and
 * those come from the protocol the case follows: each stage's `caseEvents`
 * (North Yorkshire's `dsl-discussion`, `panel-meeting` and so on), plus
 * `stage-N` and `stage-N-concluded` for every stage of any protocol. A few
 * are the same for every protocol: a resolution, immediate risk, the
 * learning report and a note. Protocol events with a `caseEvent` (the
 * disputed decision) are recorded directly.
 */
import type { Protocol } from '../protocol/protocol.schema.js';

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

/** The kinds every protocol's case files may use, whatever its stages. */
const GENERAL_CASE_EVENT_KINDS = {
  resolved: { label: 'Resolved', about: 'the disagreement is resolved, at the stage the event gives' },
  'immediate-risk': { label: 'Immediate risk of harm noted', about: 'someone is found to be at immediate risk of harm' },
  'learning-reported': { label: 'Reported to the learning subgroup', about: 'the outcome is reported to the learning subgroup the protocol names for the route' },
  note: { label: 'Note', about: 'anything else worth keeping on the timeline, in its summary' },
} as const satisfies Record<string, CaseEventKindInfo>;

/** Every kind a protocol's case files may use, in timeline order, with what each means. */
export type CaseEventKinds = ReadonlyMap<string, CaseEventKindInfo>;

const cache = new WeakMap<Protocol, CaseEventKinds>();

/**
 * The event kinds of a protocol: its directly recorded events, then each
 * stage's own kinds and its `stage-N` and `stage-N-concluded`, then the
 * general kinds.
 *
 * @example
 * caseEventKindsOf(northYorkshireProtocol).get('dsl-discussion')?.stage; // 3
 * caseEventKindsOf(exampleTemplateProtocol).get('stage-4-concluded'); // { stage: 4, concludes: true, … }
 */
export function caseEventKindsOf(protocol: Pick<Protocol, 'events' | 'stages'>): CaseEventKinds {
  const known = cache.get(protocol as Protocol);
  if (known) return known;
  const kinds = new Map<string, CaseEventKindInfo>();
  for (const [event, definition] of Object.entries(protocol.events)) {
    if (definition.caseEvent !== undefined) {
      kinds.set(definition.caseEvent, { label: definition.label, about: definition.description ?? definition.label, protocolEvent: event });
    }
  }
  for (const stage of protocol.stages) {
    for (const kind of stage.caseEvents ?? []) {
      kinds.set(kind.kind, { stage: stage.stage, label: kind.label, about: kind.about, ...(kind.concludes ? { concludes: true } : {}) });
    }
    kinds.set(`stage-${stage.stage}`, { stage: stage.stage, label: `Stage ${stage.stage} step`, about: `a step of stage ${stage.stage} (${stage.title.toLowerCase()})` });
    kinds.set(`stage-${stage.stage}-concluded`, { stage: stage.stage, concludes: true, label: `Stage ${stage.stage} concluded`, about: `stage ${stage.stage} ends, settled or not` });
  }
  for (const [kind, info] of Object.entries(GENERAL_CASE_EVENT_KINDS)) kinds.set(kind, info);
  cache.set(protocol as Protocol, kinds);
  return kinds;
}

/**
 * The stage an event kind belongs to, or `undefined` for kinds that are not
 * steps of the process (the disputed decision, resolved, immediate-risk,
 * learning-reported, note) and for kinds the protocol does not have.
 *
 * @example
 * stageOfEventKind(kinds, 'partnership-referral'); // 5
 * stageOfEventKind(kinds, 'note'); // undefined
 */
export function stageOfEventKind(kinds: CaseEventKinds, kind: string): number | undefined {
  return kinds.get(kind)?.stage;
}

/**
 * True when an event of this kind closes its stage.
 *
 * @example
 * concludesStage(kinds, 'stage1-concluded'); // true
 */
export function concludesStage(kinds: CaseEventKinds, kind: string): boolean {
  return kinds.get(kind)?.concludes === true;
}

/**
 * The protocol event an event kind gives the time of directly, if any.
 *
 * @example
 * protocolEventOfKind(kinds, 'disputed-decision'); // 'disputedDecision'
 */
export function protocolEventOfKind(kinds: CaseEventKinds, kind: string): string | undefined {
  return kinds.get(kind)?.protocolEvent;
}
