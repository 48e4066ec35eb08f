/**
 * A fictional workshop for the participant page's tests: a primary school's
 * designated safeguarding lead disagrees with children's social care about a
 * referral closed with no further action. No real people, places or cases.
 */
import type { LobbyTable, ParticipantView, ServerMessage } from '../../../../engine/workshop/live/live-protocol.js';

/** The room code on the projector. */
export const ROOM = 'K7M4QP';

/** A room code that is well formed but not this room's. */
export const OTHER_ROOM = 'HX3R9T';

/** Seat tokens as the server makes them: 32 hex digits. */
export const TOKENS = ['3d9f27c1a4b85e60f1c2d3e4a5b6c7d8', '8e1b0c9d7f6a5e4d3c2b1a0f9e8d7c6b', 'c0ffee00c0ffee00c0ffee00c0ffee00', '0a1b2c3d4e5f60718293a4b5c6d7e8f9'] as const;

/** The scenario's title, as the projector shows it. */
export const TITLE = 'Closed at the front door';

/** The room's tables: Table 1 already has a phone. */
export const TABLES: LobbyTable[] = [
  { index: 0, name: 'Table 1', taken: true },
  { index: 1, name: 'Table 2', taken: false },
  { index: 2, name: 'Table 3', taken: false },
  { index: 3, name: 'Table 4', taken: false },
];

/** The lobby as the server sends it on connecting. */
export const LOBBY: ServerMessage = { type: 'lobby', title: TITLE, tables: TABLES };

/** The seat the tests take: Table 2. */
export const SEAT = { table: 1, name: 'Table 2', token: TOKENS[1] } as const;

const SCENE_HTML = [
  '<h2>Monday 23 November, 8.40am: the outcome</h2>',
  '<p>You are the designated safeguarding lead at Hollins Lane Primary School. Last Thursday <strong>Kai</strong>, aged 8, arrived with a row of small round bruises on his upper arm. He told his teacher that his mum’s partner “grabs me when I’m slow in the morning”. You made a referral to children’s social care that afternoon.</p>',
  '<p>This morning an email came from <strong>Dan Mercer</strong>, a social worker at the front door:</p>',
  '<blockquote><p><em>No further action. Mum spoken to by phone: Kai fell against a door frame while playing. Advice given about supervision. Case closed.</em></p></blockquote>',
  '<p>Since Thursday, Kai has twice asked to stay in at break. His teacher has written down a second comment, about being “squeezed till it hurts”, which was not in your referral.</p>',
  '<div class="prompt"><p><strong>For your table to discuss</strong></p><p>What is the heart of your disagreement: the facts, how they were weighed, or the outcome?</p></div>',
].join('');

const DISCUSS_HTML = [
  '<ul>',
  '<li>What exactly do you disagree with: the facts, how they were weighed, or the outcome?</li>',
  '<li>What might the front door know that the school does not?</li>',
  '<li>Who do you speak to first, and by when?</li>',
  '</ul>',
].join('');

const FEEDBACK_HTML = [
  '<p><strong>A strong choice.</strong> Stage 1 starts with the person who made the decision. Dan has not heard Kai’s second comment, and a phone call today, followed up in writing, lets him weigh it.</p>',
  '<p>Keep a note of the call: who you spoke to, what you shared, what was agreed and by when.</p>',
].join('');

const ENDING_HTML = [
  '<h2>A strategy discussion is held</h2>',
  '<p>With Kai’s second comment, Dan’s team manager agrees that the threshold for a strategy discussion is met. It is held on Wednesday, with the school and the police. The disagreement was resolved at stage 1, within two working days.</p>',
].join('');

/** The choices at decision 1. */
export const CHOICES = [
  { id: 'call-the-decision-maker', number: 1, label: 'Phone Dan today to talk through the decision, with Kai’s new comment' },
  { id: 'accept-and-monitor', number: 2, label: 'Accept the outcome and keep a close eye on Kai in school' },
  { id: 'go-to-his-manager', number: 3, label: 'Email Dan’s team manager to have the decision overturned' },
] as const;

/** A view of Table 2 at `step`, filled as the server would fill it; `overrides` change any field. */
export function viewAt(step: ParticipantView['step'], overrides: Partial<ParticipantView> = {}): ServerMessage {
  const base: ParticipantView = {
    step,
    table: SEAT.table,
    tableName: SEAT.name,
    title: TITLE,
    decision: 1,
    clockLabel: 'Mon 23 Nov 2026, 08:40',
    stageLabel: 'Stage 1: Talk it through between the agencies',
    sceneHtml: step === 'reveal' || step === 'finished' ? null : SCENE_HTML,
    discussHtml: step === 'discuss' ? DISCUSS_HTML : null,
    timer: step === 'discuss' ? { remainingMs: 5 * 60_000, running: true, ranOut: false } : null,
    choices: step === 'vote' || step === 'reveal' ? [...CHOICES] : [],
    myVote: null,
    result:
      step === 'reveal'
        ? {
            tally: [
              { number: 1, label: CHOICES[0].label, count: 3, mine: true, followed: true },
              { number: 2, label: CHOICES[1].label, count: 1, mine: false, followed: false },
              { number: 3, label: CHOICES[2].label, count: 0, mine: false, followed: false },
            ],
            followedLabel: CHOICES[0].label,
            feedbackHtml: FEEDBACK_HTML,
          }
        : null,
    endingHtml: step === 'finished' ? ENDING_HTML : null,
    waitingFor: {
      read: 'Read the scene. Waiting for the trainer to start the discussion.',
      discuss: 'Waiting for the trainer to open the vote.',
      vote: 'Waiting for the trainer to close the vote.',
      reveal: 'Waiting for the trainer to move on to the next scene.',
      finished: 'Your table has reached an ending. The trainer will lead the debrief.',
    }[step],
    advance: null,
  };
  return { type: 'view', view: { ...base, ...overrides } };
}
