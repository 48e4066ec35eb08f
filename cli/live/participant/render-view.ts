import type { ParticipantView } from '../../../engine/runtime.js';
import { h, trustedHtml } from './dom.js';
import type { ParticipantState } from './participant-state.js';
import { renderProblem } from './render-problem.js';
import { renderReveal } from './render-reveal.js';
import { renderTimer } from './render-timer.js';
import { renderVote, voteStatus } from './render-vote.js';
import { HEADING_ID, type Screen, type ScreenActions } from './screen.js';
import { stepWords } from './step-words.js';

/** Where the story is: its clock and the stage of the process, as a small list of facts. */
function renderFacts(view: ParticipantView): HTMLElement | null {
  const facts: Array<[string, string]> = [];
  if (view.clockLabel) facts.push(['In the story', view.clockLabel]);
  if (view.stageLabel) facts.push(['Stage', view.stageLabel]);
  if (facts.length === 0) return null;
  return h('dl', { class: 'facts' }, ...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

/** The scene, folded away under the step's own content (open it to read again). */
function sceneBelow(view: ParticipantView, summary: string): HTMLElement | null {
  if (!view.sceneHtml) return null;
  return h('details', { class: 'scene-details', id: 'scene-details' }, h('summary', {}, summary), trustedHtml(view.sceneHtml, 'prose'));
}

/** A step's content in two parts: what the table acts on now, and what is there for reference below. */
interface StepParts {
  main: Array<HTMLElement | null>;
  reference: Array<HTMLElement | null>;
}

function stepParts(state: ParticipantState, view: ParticipantView, actions: ScreenActions, now: number): StepParts {
  switch (view.step) {
    case 'read':
      // While reading, the story's time and stage set the scene, so they come first. The scene brings its own <h2>.
      return { main: [renderFacts(view), view.sceneHtml ? trustedHtml(view.sceneHtml, 'prose scene') : null], reference: [] };
    case 'discuss':
      return {
        main: [
          view.timer ? renderTimer(view.timer, state.viewReceivedAt, now) : null,
          view.discussHtml ? h('section', { 'aria-labelledby': 'questions-title' }, h('h2', { id: 'questions-title' }, 'Questions for your table'), trustedHtml(view.discussHtml, 'prose')) : null,
        ],
        reference: [sceneBelow(view, 'Read the scene again'), renderFacts(view)],
      };
    case 'vote':
      // The choices come straight under the heading, above the fold on a phone.
      return { main: renderVote(state, view, actions), reference: [sceneBelow(view, 'Read the scene again'), renderFacts(view)] };
    case 'reveal':
      return { main: renderReveal(view), reference: [renderFacts(view)] };
    case 'finished':
      return {
        main: [
          view.endingHtml ? trustedHtml(view.endingHtml, 'prose ending') : null,
          // The server's words under the step usually say the debrief comes next; say it here only when they do not.
          h('div', { class: 'panel' }, h('p', {}, view.waitingFor ? 'Thank you for taking part.' : 'Thank you for taking part. The trainer will now lead the debrief.')),
        ],
        reference: [],
      };
    default:
      return { main: [], reference: [] };
  }
}

/**
 * Whether to show the server's words about what comes next. Not at a
 * counted vote in the trainer's mode: the receipt under the choices already
 * says it can be changed until the trainer closes the vote, and the server's
 * sentence would say it again.
 */
function showsWaitingFor(state: ParticipantState, view: ParticipantView): boolean {
  if (!view.waitingFor) return false;
  return !(view.step === 'vote' && !view.advance && voteStatus(state, view).tone === 'received');
}

/**
 * Independent mode's button that moves the table on from its step, under
 * what the table acts on and what it waits for. Disabled once tapped, until
 * the next step comes (the server moves a table once per step anyway).
 */
function renderAdvance(state: ParticipantState, view: ParticipantView, actions: ScreenActions): HTMLElement | null {
  if (!view.advance) return null;
  // aria-disabled, not disabled: the button keeps focus after the tap (the state's rules ignore a second one).
  const unavailable = state.advancing || !state.seated || state.connection !== 'open';
  const button = h('button', { type: 'button', class: 'button button--wide', id: 'advance', 'aria-disabled': unavailable ? 'true' : undefined }, view.advance.label);
  button.addEventListener('click', () => actions.advance());
  return h('div', { class: 'advance' }, button);
}

/**
 * A step of the scenario as this table's phone shows it: the step's heading
 * under the table and scenario, the step itself, what the table waits for,
 * then the scene and the story's time and stage for reference.
 * @example
 * renderView(state, state.view!, actions, Date.now());
 */
export function renderView(state: ParticipantState, view: ParticipantView, actions: ScreenActions, now: number): Screen {
  const { heading } = stepWords(view.step);
  const { main, reference } = stepParts(state, view, actions, now);
  const content = [
    h('p', { class: 'caption' }, `${view.tableName} · ${view.title}`),
    h('h1', { id: HEADING_ID, tabindex: -1 }, heading),
    state.problem && renderProblem(state.problem),
    ...main,
    // What happens next (and, in independent mode, the button for it) follows what the table acts on.
    showsWaitingFor(state, view) ? h('p', { class: 'inset', id: 'waiting-for' }, view.waitingFor) : null,
    renderAdvance(state, view, actions),
    ...reference,
  ];
  return {
    key: `view:${view.step}:${view.decision}`,
    title: `${heading} – ${view.tableName}`,
    tableName: view.tableName,
    focusId: HEADING_ID,
    content: content.filter((node): node is HTMLElement => node instanceof HTMLElement),
  };
}
