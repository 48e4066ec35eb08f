/**
 * The current moment of a session as a {@link SessionView}: what a shell
 * draws. Built by replaying the session, so it is always consistent with it.
 */
import type { Protocol } from '../protocol/protocol.schema.js';
import { resolveRouteText } from '../protocol/route-text.js';
import { stageByNumber } from '../protocol/stage-by-number.js';
import { summariseDeadlines } from '../process/selectors.js';
import type { Scenario, SceneNode } from '../scenario/scenario-model.js';
import { sceneWayOn } from '../scenario/scene-way-on.js';
import { shuffledForScene } from './choice-order.js';
import { formatLondonIso } from '../calendar/london-time.js';
import { citeGuidance, presentDeadlines, presentNextDeadline } from './present.js';
import { replaySession, type Playthrough } from './replay-session.js';
import type { RunnerOptions } from './runner-options.js';
import type { Session } from './session.js';
import type { ChoiceView, NarrativeItemView, PromptView, SceneView, SessionView, StageInfo } from './session-view.js';

/**
 * The protocol's description of a stage for a route.
 *
 * @example
 * stageInfo(protocol, 'child', 2).title; // 'Discuss with your line manager'
 */
export function stageInfo(protocol: Protocol, audience: string, stage: number): StageInfo {
  const definition = stageByNumber(protocol, stage);
  const route = protocol.routes[audience];
  if (definition === undefined || route === undefined) return { number: stage, title: `Stage ${stage}`, owner: '', timescale: '' };
  return {
    number: stage,
    title: definition.title,
    owner: resolveRouteText(definition.owner, audience, route),
    timescale: definition.timescale,
  };
}

/**
 * The choices of a scene in the session's order (see `choice-order.ts`),
 * numbered from 1; none when it moves on by Continue. How long a choice
 * takes is not among them: shown before choosing, it marks the slow ones
 * as mistakes, so the history tells it after the move instead.
 *
 * @example
 * choiceViews(scene, session.seed)[0]; // { id: 'phone-today', number: 1, label: 'Phone the social worker…', … }
 */
export function choiceViews(scene: SceneNode, seed: string | undefined): ChoiceView[] {
  if (sceneWayOn(scene) !== undefined) return [];
  return shuffledForScene(scene.choices, scene.id, seed).map((choice, index) => ({
    id: choice.id,
    number: index + 1,
    label: choice.label,
    detailMarkdown: choice.detail?.markdown,
  }));
}

function sceneView(play: Playthrough, scene: SceneNode, seed: string | undefined): SceneView {
  const written = new Map(play.responses.map((response) => [response.id, response.text]));
  const items: NarrativeItemView[] = scene.items.map((item): NarrativeItemView => {
    if (item.kind === 'markdown') return { kind: 'markdown', markdown: item.narrative.markdown };
    if (item.kind === 'event') {
      const event = scene.events[item.index];
      const at = play.eventTimes[item.index] ?? play.enteredAt;
      return { kind: 'event', markdown: event?.text.markdown ?? '', afterText: event?.afterText, at, atLabel: formatLondonIso(at) };
    }
    return item;
  });
  const prompts: PromptView[] = [];
  for (const item of scene.items) {
    if (item.kind === 'reflect') {
      const reflect = scene.reflects.find((candidate) => candidate.id === item.id);
      if (reflect) prompts.push({ id: reflect.id, kind: 'reflect', phase: reflect.phase, prompt: reflect.prompt.markdown, text: written.get(reflect.id) ?? '' });
    } else if (item.kind === 'record') {
      const record = scene.records.find((candidate) => candidate.id === item.id);
      if (record) prompts.push({ id: record.id, kind: 'record', prompt: record.prompt.markdown, text: written.get(record.id) ?? '' });
    }
  }
  return {
    kind: 'scene',
    id: scene.id,
    stage: scene.stage,
    immediateRisk: scene.immediateRisk,
    capacity: scene.capacity,
    items,
    choices: choiceViews(scene, seed),
    canContinue: sceneWayOn(scene) !== undefined,
    prompts,
  };
}

/**
 * Builds the view of a replayed playthrough.
 *
 * @example
 * viewPlaythrough(replaySession(scenario, session)).nowLabel;
 */
function viewPlaythrough(play: Playthrough, session: Session): SessionView {
  const { scenario, setup, node } = play;
  const deadlines = presentDeadlines(summariseDeadlines(play.process.actor.getSnapshot()));
  const immediateRisk = setup.protocol.immediateRisk;
  const last = play.history.at(-1);
  return {
    scenarioId: scenario.id,
    title: scenario.frontmatter.title,
    audience: setup.audience,
    role: scenario.frontmatter.role,
    raised: setup.raised,
    raisedLabel: formatLondonIso(setup.raised),
    now: play.now,
    nowLabel: formatLondonIso(play.now),
    node:
      node.kind === 'scene'
        ? sceneView(play, node, session.seed)
        : { kind: 'ending', id: node.id, outcome: node.outcome, resolvedAt: node.resolvedAt, stage: play.nodeStage, debrief: node.debrief.markdown },
    stage: stageInfo(setup.protocol, setup.audience, play.nodeStage),
    nextDeadline: node.kind === 'ending' ? null : presentNextDeadline(deadlines.pending, play.now, setup.calendar),
    deadlines,
    history: play.history,
    lastFeedback: last?.feedback ?? null,
    immediateRisk:
      play.risk === null
        ? null
        : {
            summary: immediateRisk?.summary ?? 'Immediate risk of harm: tell your designated safeguarding lead at once and follow safeguarding procedures.',
            identifiedAt: play.risk.at,
            identifiedAtLabel: formatLondonIso(play.risk.at),
            sceneId: play.risk.sceneId,
            guidance: citeGuidance(immediateRisk?.guidance ?? 'immediate-risk', setup.protocol),
          },
    finished: node.kind === 'ending',
    canStepBack: session.steps.length > 0,
  };
}

/**
 * Everything a front-end needs to draw the current moment of a session.
 *
 * @throws {RunnerError} when the session does not replay against the scenario.
 * @example
 * const view = viewSession(scenario, session);
 * view.node.kind === 'scene' && view.node.choices.map((c) => `${c.number}. ${c.label}`);
 */
export function viewSession(scenario: Scenario, session: Session, options: RunnerOptions = {}): SessionView {
  return viewPlaythrough(replaySession(scenario, session, options), session);
}
