/**
 * Building the debrief of a session: replay it, then gather the path, the
 * deadlines stage by stage, the principles, the learner's own words and the
 * overrides into plain data.
 */
import { otherGoodRoutes } from './other-good-routes.js';
import { formatLondonIso } from '../calendar/london-time.js';
import { resolveRouteText } from '../protocol/route-text.js';
import { summariseDeadlines } from '../process/selectors.js';
import type { ProcessContext, StageRecord } from '../process/process-context.js';
import { citeGuidance, presentDeadlines } from '../runner/present.js';
import { replaySession, type Playthrough } from '../runner/replay-session.js';
import { stageInfo } from '../runner/view-session.js';
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Session } from '../runner/session.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { SCENARIO_PRINCIPLES } from '../scenario/scenario-vocabulary.js';
import type {
  Debrief,
  DebriefCapacity,
  DebriefDeadline,
  DebriefPrinciple,
  DebriefResponse,
  DebriefStage,
  DebriefStep,
  LeftRecommendedPath,
} from './debrief.js';

function pathOf(play: Playthrough): DebriefStep[] {
  return play.history.map((entry, index) => ({
    number: index + 1,
    kind: entry.kind,
    sceneId: entry.fromSceneId,
    stage: entry.fromStage,
    label: entry.label,
    choiceId: entry.choiceId,
    at: entry.before,
    atLabel: entry.beforeLabel,
    feedback: entry.feedback,
    recommended: entry.recommended,
    hadRecommended: entry.hadRecommended,
    mistake: entry.mistake,
    deviations: entry.deviations,
  }));
}

/** An aim's status in words: it is never scored. */
const AIM_LABEL = 'Aim (not scored)';

/** What happened to the stage, in a few words, for an aim's summary. */
function stageEnding(record: StageRecord | undefined): string {
  switch (record?.outcome) {
    case 'resolved':
      return 'was resolved';
    case 'escalated':
      return 'ended without agreement and was escalated';
    case 'capacity':
      return 'moved to the mental capacity path';
    default:
      return 'ended';
  }
}

/**
 * An aim (stage 1's 24 hours of "24 to 96 hrs") is part of a window, not a
 * deadline: the debrief says what happened against it and never scores it.
 */
function aimOf(
  base: Pick<DebriefDeadline, 'checkId' | 'label' | 'lateByWorkingDays' | 'lateByMs'>,
  record: StageRecord | undefined,
  check: { due: string; dueLabel: string } | undefined,
  passed: boolean,
  skipped: boolean,
): DebriefDeadline {
  const none = { happenedAt: null, happenedAtLabel: null };
  if (check === undefined || skipped) {
    return { ...base, due: check?.due ?? '', dueLabel: check?.dueLabel ?? '', status: 'aim', statusLabel: AIM_LABEL, ...none, summary: 'An aim, not scored: the stage was not really worked through' };
  }
  const ended = record?.endedAt ?? null;
  const endedLabel = ended === null ? null : formatLondonIso(ended);
  const what =
    ended === null
      ? passed
        ? `the aim (${check.dueLabel}) passed while the stage was still open`
        : `still ahead when play stopped (${check.dueLabel})`
      : `the stage ${stageEnding(record)} ${endedLabel}, ${passed ? 'after' : 'within'} the aim (${check.dueLabel})`;
  return {
    ...base,
    due: check.due,
    dueLabel: check.dueLabel,
    status: 'aim',
    statusLabel: AIM_LABEL,
    happenedAt: ended,
    happenedAtLabel: endedLabel,
    summary: `An aim, not scored: ${what}. Only the later limit can be missed.`,
  };
}

/**
 * A deadline met in time, saying what really happened when it measures the
 * end of a stage that ended without agreement: "Resolve at the latest" was
 * met by escalating (or by moving to the capacity path), not by resolving.
 */
function metDeadline(
  base: Pick<DebriefDeadline, 'checkId' | 'label' | 'lateByWorkingDays' | 'lateByMs'>,
  met: { due: string; dueLabel: string; at: string; atLabel: string },
  endedStage: StageRecord | undefined,
): DebriefDeadline {
  const fields = { ...base, due: met.due, dueLabel: met.dueLabel, status: 'met' as const, happenedAt: met.at, happenedAtLabel: met.atLabel };
  if (endedStage?.outcome === 'escalated') {
    return { ...fields, statusLabel: 'Escalated in time', summary: `Escalated in time, not resolved: the stage ${stageEnding(endedStage)} ${met.atLabel}, before this limit (due ${met.dueLabel})` };
  }
  if (endedStage?.outcome === 'capacity') {
    return { ...fields, statusLabel: 'Moved on in time', summary: `Moved on in time, not resolved: the stage ${stageEnding(endedStage)} ${met.atLabel}, before this limit (due ${met.dueLabel})` };
  }
  return { ...fields, statusLabel: 'Met', summary: `Met: ${met.atLabel} (due ${met.dueLabel})` };
}

function stagesOf(play: Playthrough, context: ProcessContext, skippedStages: ReadonlySet<number>): DebriefStage[] {
  const summary = presentDeadlines(summariseDeadlines({ context }));
  const { protocol, audience } = play.setup;
  return protocol.stages.map((definition): DebriefStage => {
    const record = context.stages.find((stage) => stage.stage === definition.stage);
    const info = stageInfo(protocol, audience, definition.stage);
    const skipped = skippedStages.has(definition.stage);
    const deadlines = definition.deadlines.map((deadline): DebriefDeadline => {
      const checkId = `${definition.stage}.${deadline.id}`;
      const met = summary.met.find((check) => check.checkId === checkId);
      const missed = summary.missed.find((check) => check.checkId === checkId);
      const pending = summary.pending.find((check) => check.checkId === checkId);
      const base = { checkId, label: deadline.label, lateByWorkingDays: null, lateByMs: null };
      if (deadline.id === definition.target) {
        const passed = summary.aimsPassed.find((check) => check.checkId === checkId);
        return aimOf(base, record, met ?? passed ?? pending, passed !== undefined, skipped);
      }
      if (met && skipped) {
        return { ...base, due: met.due, dueLabel: met.dueLabel, status: 'skipped', statusLabel: 'Skipped', happenedAt: null, happenedAtLabel: null, summary: 'Skipped: the stage was jumped over, so it never really happened' };
      }
      if (met) return metDeadline(base, met, deadline.measuredAt === 'end' ? record : undefined);
      if (missed) {
        return {
          ...base,
          due: missed.due,
          dueLabel: missed.dueLabel,
          status: 'missed',
          statusLabel: 'Missed',
          happenedAt: missed.happenedAt,
          happenedAtLabel: missed.happenedAtLabel,
          lateByWorkingDays: missed.lateByWorkingDays,
          lateByMs: missed.lateByMs,
          summary: `Missed (due ${missed.dueLabel}): ${missed.latenessLabel}`,
        };
      }
      if (pending) return { ...base, due: pending.due, dueLabel: pending.dueLabel, status: 'pending', statusLabel: 'Still open', happenedAt: null, happenedAtLabel: null, summary: `Still open when play stopped (due ${pending.dueLabel})` };
      return { ...base, due: '', dueLabel: '', status: 'not-reached', statusLabel: 'Not reached', happenedAt: null, happenedAtLabel: null, summary: 'Not reached' };
    });
    return {
      stage: definition.stage,
      title: info.title,
      owner: info.owner,
      timescale: info.timescale,
      startedAt: record?.startedAt ?? null,
      startedAtLabel: record?.startedAt ? formatLondonIso(record.startedAt) : null,
      endedAt: record?.endedAt ?? null,
      endedAtLabel: record?.endedAt ? formatLondonIso(record.endedAt) : null,
      reached: record?.reachedAt != null,
      skipped,
      deadlines,
    };
  });
}

function principlesOf(path: readonly DebriefStep[]): DebriefPrinciple[] {
  return SCENARIO_PRINCIPLES.map(({ id, label }): DebriefPrinciple => {
    const shownBy = path.filter((step) => step.feedback?.shows.some((p) => p.id === id)).map((step) => step.label);
    const missedBy = path.filter((step) => step.feedback?.misses.some((p) => p.id === id)).map((step) => step.label);
    const status = shownBy.length > 0 ? (missedBy.length > 0 ? 'mixed' : 'shown') : missedBy.length > 0 ? 'missed' : 'not-tested';
    return { id, label, shownBy, missedBy, status };
  });
}

function leftPath(play: Playthrough, path: readonly DebriefStep[]): LeftRecommendedPath | null {
  const step = path.find((candidate) => candidate.kind === 'choose' && candidate.hadRecommended && !candidate.recommended);
  if (step === undefined) return null;
  const scene = play.scenario.scenes[step.sceneId];
  const recommended = scene?.choices.filter((choice) => choice.recommended).map((choice) => choice.label) ?? [];
  return { stepNumber: step.number, sceneId: step.sceneId, chosen: step.label, recommended: recommended.join(' / ') };
}

function responsesOf(play: Playthrough): DebriefResponse[] {
  return play.responses.map((response): DebriefResponse => {
    const scene = play.scenario.scenes[response.sceneId];
    const reflect = scene?.reflects.find((candidate) => candidate.id === response.id);
    const record = scene?.records.find((candidate) => candidate.id === response.id);
    return {
      id: response.id,
      kind: reflect ? 'reflect' : 'record',
      phase: reflect?.phase,
      sceneId: response.sceneId,
      prompt: (reflect ?? record)?.prompt.markdown ?? '',
      text: response.text,
    };
  });
}

function capacityOf(play: Playthrough): DebriefCapacity | null {
  const record = play.capacity?.actor.getSnapshot().context.capacity;
  const protocolCapacity = play.setup.protocol.capacity;
  if (record == null || protocolCapacity === undefined) return null;
  return {
    steps: record.steps.map((step) => ({
      id: step.id,
      label: protocolCapacity.steps.find((candidate) => candidate.id === step.id)?.label ?? step.id,
      startedAt: step.startedAt,
      startedAtLabel: formatLondonIso(step.startedAt),
    })),
    agreedAt: record.agreedAt,
    summary: protocolCapacity.summary,
  };
}

/** Every `guidance:<id>` the author's texts link to, with its address for the protocol. */
function guidanceLinksOf(play: Playthrough, texts: readonly string[]): Record<string, string> {
  const links: Record<string, string> = {};
  for (const text of texts) {
    for (const [, id] of text.matchAll(/\]\(guidance:([a-z0-9-]+)\)/g)) {
      const citation = citeGuidance(id, play.setup.protocol);
      if (citation) links[id!] = citation.href;
    }
  }
  return links;
}

/**
 * The debrief of a session, finished or not (an unfinished one has no ending).
 *
 * @throws {RunnerError} when the session does not replay against the scenario.
 * @example
 * const debrief = buildDebrief(scenario, session);
 * debrief.stages[0]?.deadlines.map((deadline) => deadline.summary);
 */
export function buildDebrief(scenario: Scenario, session: Session, options: RunnerOptions = {}): Debrief {
  const play = replaySession(scenario, session, options);
  const context = play.process.actor.getSnapshot().context;
  const { protocol, audience, raised } = play.setup;
  const path = pathOf(play);
  const deviations = path.flatMap((step) => step.deviations);
  const skippedStages = new Set(deviations.flatMap((deviation) => deviation.skipped));
  const route = protocol.routes[audience];
  const following = protocol.followingResolution;
  const subgroup = route && typeof route['learningSubgroup'] === 'string' ? route['learningSubgroup'] : null;
  const ending = play.node.kind === 'ending' ? play.node : null;
  const risk = protocol.immediateRisk;
  return {
    scenario: {
      id: scenario.id,
      title: scenario.frontmatter.title,
      audience,
      audienceLabel: protocol.routes[audience]?.label ?? audience,
      protocol: protocol.id,
      role: scenario.frontmatter.role,
      summary: scenario.frontmatter.summary,
    },
    protocolName: protocol.name,
    raised,
    raisedLabel: formatLondonIso(raised),
    endedAt: play.now,
    endedAtLabel: formatLondonIso(play.now),
    ending:
      ending === null
        ? null
        : {
            id: ending.id,
            outcome: ending.outcome,
            resolvedAt: ending.resolvedAt,
            stage: play.nodeStage,
            debrief: ending.debrief.markdown,
            at: play.endedAt ?? play.now,
            atLabel: formatLondonIso(play.endedAt ?? play.now),
          },
    path,
    stages: stagesOf(play, context, skippedStages),
    deadlines: presentDeadlines(summariseDeadlines({ context })),
    responses: responsesOf(play),
    principles: principlesOf(path),
    leftRecommendedPath: leftPath(play, path),
    deviations,
    learning: {
      subgroup,
      summary: following && route ? resolveRouteText(following.summary, audience, route) : '',
      applies: ending?.resolvedAt !== undefined && ending !== null,
      guidance: citeGuidance(following?.guidance, play.setup.protocol),
    },
    immediateRisk:
      play.risk === null
        ? null
        : {
            sceneId: play.risk.sceneId,
            identifiedAt: play.risk.at,
            identifiedAtLabel: formatLondonIso(play.risk.at),
            summary: risk?.summary ?? '',
            message:
              'Immediate risk of harm overrode the timescales: the designated safeguarding lead should be told at once and safeguarding procedures followed. The stage deadlines are maximums and were never a reason to wait.',
            guidance: citeGuidance(risk?.guidance ?? 'immediate-risk', play.setup.protocol),
          },
    capacity: capacityOf(play),
    otherGoodRoutes: ending === null ? [] : otherGoodRoutes(scenario, ending.id, [scenario.start, ...path.map((step) => step.sceneId)]),
    guidanceLinks: guidanceLinksOf(play, [
      ending?.debrief.markdown ?? '',
      ...path.map((step) => step.feedback?.markdown ?? ''),
      ...play.responses.map((response) => {
        const scene = play.scenario.scenes[response.sceneId];
        return (scene?.reflects.find((candidate) => candidate.id === response.id) ?? scene?.records.find((candidate) => candidate.id === response.id))?.prompt.markdown ?? '';
      }),
    ]),
  };
}
