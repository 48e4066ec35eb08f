/**
 * What a table's phone shows, from the room: the step its decision is at and
 * what the projector shows the room at that step (the scene, the questions
 * and timer, the choices, the split and feedback), in words and safe HTML.
 * Pure: the server sends it as it is.
 */
import { mdastToSafeHtml } from '../../kernel/markdown-html.js';
import { nodeTitle } from '../../scenario/narrative-heading.js';
import type { Scenario } from '../../scenario/scenario-model.js';
import type { RunnerOptions } from '../../runner/runner-options.js';
import type { SessionView } from '../../runner/session-view.js';
import { viewSession } from '../../runner/view-session.js';
import { cycleOf, tableDecisionNumber, type DecisionCycle, type Room } from '../decision-cycle.js';
import { revealRound } from '../reveal-round.js';
import { workshopSessions } from '../workshop-play.js';
import type { LobbyTable, ParticipantTallyLine, ParticipantView } from './live-protocol.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The scene in reading order, as the projector's read screen has it: heading, narrative, events with their times, prompts as questions for the table. */
function sceneHtml(scenario: Scenario, view: SessionView): string {
  if (view.node.kind !== 'scene') return '';
  const scene = scenario.scenes[view.node.id];
  if (!scene) return '';
  const parts: string[] = [];
  if (view.immediateRisk) parts.push(`<p class="immediate-risk"><strong>Immediate risk:</strong> ${escapeHtml(view.immediateRisk.summary)}</p>`);
  if (!scene.narrative.mdast.children.some((node) => node.type === 'heading')) parts.push(`<h2>${escapeHtml(nodeTitle(scenario, scene.id))}</h2>`);
  scene.items.forEach((item, index) => {
    const shown = view.node.kind === 'scene' ? view.node.items[index] : undefined;
    if (item.kind === 'markdown') parts.push(mdastToSafeHtml(item.narrative.mdast));
    else if (item.kind === 'event') {
      const event = scene.events[item.index];
      if (!event) return;
      const when = shown?.kind === 'event' ? shown.atLabel : '';
      parts.push(`<p class="event-time"><strong>${escapeHtml(when)}${event.afterText ? ` (${escapeHtml(event.afterText)} later)` : ''}</strong></p>`, mdastToSafeHtml(event.text.mdast));
    } else {
      const prompt = item.kind === 'reflect' ? scene.reflects.find((entry) => entry.id === item.id) : scene.records.find((entry) => entry.id === item.id);
      if (!prompt) return;
      parts.push(`<div class="prompt"><p><strong>${item.kind === 'reflect' ? 'For your table to discuss' : 'For your table to record'}</strong></p>${mdastToSafeHtml(prompt.prompt.mdast)}</div>`);
    }
  });
  return parts.join('\n');
}

/** The words under the step, saying what the table does now or waits for. */
function waitingFor(cycle: DecisionCycle, voted: boolean, independent: boolean): string {
  if (independent) {
    switch (cycle.step) {
      case 'read':
        return cycle.decision.kind === 'continue' ? 'Read the scene, then move the story on.' : 'Read the scene, then start your discussion.';
      case 'discuss':
        return 'Discuss at your table, then go to the vote.';
      case 'vote':
        return voted ? 'Vote received. Confirm it to see where it leads, or change it.' : 'Choose your table’s answer.';
      case 'reveal':
        return 'Read the feedback, then go on to your next decision.';
    }
  }
  switch (cycle.step) {
    case 'read':
      return cycle.decision.kind === 'continue' ? 'Waiting for the trainer to move the story on.' : 'Read the scene. Waiting for the trainer to start the discussion.';
    case 'discuss':
      return 'Discuss at your table. The trainer opens the vote when the time is up.';
    case 'vote':
      return voted ? 'Waiting for the trainer to close the vote. You can change your vote until then.' : 'Choose your table’s answer.';
    case 'reveal':
      return 'Waiting for the trainer to go on.';
  }
}

/** Independent mode: the button that moves a table's own decision on. */
function advanceOf(cycle: DecisionCycle, voted: boolean): ParticipantView['advance'] {
  switch (cycle.step) {
    case 'read':
      return { label: cycle.decision.kind === 'continue' ? 'Move the story on' : 'Start our discussion' };
    case 'discuss':
      return { label: 'We are ready to vote' };
    case 'vote':
      return voted ? { label: 'Confirm our choice' } : null;
    case 'reveal':
      return { label: 'Go on' };
  }
}

// One reveal per workshop and round, shared by every table's phone: workshops are never changed in place, and
// building a reveal replays every table's story, which for twenty phones at once froze the laptop.
const reveals = new WeakMap<Room['workshop'], Map<number, ReturnType<typeof revealRound>>>();

function revealOf(scenario: Scenario, workshop: Room['workshop'], index: number, options: RunnerOptions): ReturnType<typeof revealRound> {
  const byIndex = reveals.get(workshop) ?? new Map<number, ReturnType<typeof revealRound>>();
  reveals.set(workshop, byIndex);
  const cached = byIndex.get(index) ?? revealRound(scenario, workshop, index, options);
  byIndex.set(index, cached);
  return cached;
}

// Every table's story, replayed once per workshop for all the phones that have finished.
const sessions = new WeakMap<Room['workshop'], ReturnType<typeof workshopSessions>>();

function sessionsOf(scenario: Scenario, workshop: Room['workshop'], options: RunnerOptions): ReturnType<typeof workshopSessions> {
  const cached = sessions.get(workshop) ?? workshopSessions(scenario, workshop, options);
  sessions.set(workshop, cached);
  return cached;
}

/** The split, result and feedback of the round a cycle reveals, for one table. */
function resultOf(scenario: Scenario, room: Room, cycle: DecisionCycle, table: number, options: RunnerOptions): { result: ParticipantView['result']; mine: string | null } {
  if (cycle.revealed === null) return { result: null, mine: null };
  const reveal = revealOf(scenario, room.workshop, cycle.revealed, options);
  const round = room.workshop.rounds[cycle.revealed]!;
  const at = round.tables.indexOf(table);
  const mine = at < 0 ? null : round.votes[at] ?? null;
  const followed = round.decided ?? mine;
  const all = [...reveal.made, ...reveal.others].sort((a, b) => a.number - b.number);
  const tally = all.map((choice): ParticipantTallyLine => ({ number: choice.number, label: choice.label, count: choice.votedBy.length, mine: choice.choiceId === mine, followed: choice.choiceId === followed }));
  const chosen = all.find((choice) => choice.choiceId === followed);
  const authored = chosen ? scenario.scenes[round.sceneId]?.choices.find((choice) => choice.id === chosen.choiceId)?.feedback : undefined;
  return { result: { tally, followedLabel: chosen?.label ?? null, feedbackHtml: authored ? mdastToSafeHtml(authored.mdast) : '' }, mine };
}

/**
 * What table `table`'s phone shows now.
 * @example
 * participantView(scenario, room, 0).step; // 'read'
 */
export function participantView(scenario: Scenario, room: Room, table: number, options: RunnerOptions = {}): ParticipantView {
  const workshop = room.workshop;
  const base = { table, tableName: workshop.tables[table] ?? `Table ${table + 1}`, title: scenario.frontmatter.title, decision: tableDecisionNumber(room, table) };
  const cycle = cycleOf(room, table);
  const independent = workshop.mode === 'independent';
  if (!cycle) {
    const view = viewSession(scenario, sessionsOf(scenario, workshop, options)[table]!, options);
    const ending = view.node.kind === 'ending' ? scenario.endings[view.node.id] : undefined;
    return {
      ...base,
      step: 'finished',
      clockLabel: view.nowLabel,
      stageLabel: `Stage ${view.stage.number}: ${view.stage.title}`,
      sceneHtml: null,
      discussHtml: null,
      timer: null,
      choices: [],
      myVote: null,
      result: null,
      endingHtml: ending ? mdastToSafeHtml(ending.debrief.mdast) : null,
      waitingFor: 'Your table has reached an ending. The trainer will lead the debrief.',
      advance: null,
    };
  }
  const view = cycle.decision.view;
  const node = view.node;
  const at = cycle.voters.indexOf(table);
  const revealed = cycle.step === 'reveal' ? resultOf(scenario, room, cycle, table, options) : { result: null, mine: null };
  const myVote = cycle.step === 'vote' ? (at >= 0 ? cycle.votes[at]! : null) : revealed.mine;
  const discuss = node.kind === 'scene' ? scenario.scenes[node.id]?.discuss : undefined;
  return {
    ...base,
    step: cycle.step,
    clockLabel: view.nowLabel,
    stageLabel: `Stage ${view.stage.number}: ${view.stage.title}`,
    sceneHtml: cycle.step === 'reveal' ? null : sceneHtml(scenario, view),
    discussHtml: cycle.step === 'discuss' && discuss ? mdastToSafeHtml(discuss.mdast) : null,
    timer: cycle.step === 'discuss' ? { remainingMs: cycle.timer.remainingMs, running: cycle.timer.running, ranOut: cycle.timer.ranOut } : null,
    choices: (cycle.step === 'vote' || cycle.step === 'reveal') && node.kind === 'scene' ? node.choices.map((choice) => ({ id: choice.id, number: choice.number, label: choice.label })) : [],
    myVote,
    result: revealed.result,
    endingHtml: null,
    waitingFor: waitingFor(cycle, cycle.step === 'vote' && myVote !== null, independent),
    advance: independent ? advanceOf(cycle, myVote !== null) : null,
  };
}

/**
 * The tables as a phone choosing its seat sees them.
 * @example
 * lobbyTables(room.workshop); // [{ index: 0, name: 'Police', taken: true }, …]
 */
export function lobbyTables(workshop: Room['workshop']): LobbyTable[] {
  return workshop.tables.map((name, index) => ({ index, name, taken: workshop.live?.seats[String(index)] !== undefined }));
}

/**
 * True when the change from `before` to `after` is one the phones must be
 * told of: anything but the discussion timers counting down, which each
 * phone does by itself (a tick moves time from `remainingMs` to `usedMs`, so
 * their sum changes only when the trainer adds or takes a minute).
 * @example
 * if (phonesNeedTelling(before, after)) broadcast();
 */
export function phonesNeedTelling(before: Room, after: Room): boolean {
  if (before.workshop !== after.workshop || before.cycles.length !== after.cycles.length) return true;
  return after.cycles.some((cycle, index) => {
    const old = before.cycles[index]!;
    if (old === cycle) return false;
    return (
      old.step !== cycle.step ||
      old.decision !== cycle.decision ||
      old.votes !== cycle.votes ||
      old.revealed !== cycle.revealed ||
      old.timer.running !== cycle.timer.running ||
      old.timer.ranOut !== cycle.timer.ranOut ||
      old.timer.remainingMs + old.timer.usedMs !== cycle.timer.remainingMs + cycle.timer.usedMs
    );
  });
}
