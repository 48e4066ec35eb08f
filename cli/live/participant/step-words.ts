import type { ParticipantView } from '../../../engine/runtime.js';

/** What the page calls a step: its heading, and the sentence read out when the room reaches it. */
export interface StepWords {
  heading: string;
  /** Announced politely when the step starts; the heading alone would not say what to do. */
  announcement: string;
}

/** The words for each step, in one place so the heading, the title and the announcement agree. */
export const STEP_WORDS: Readonly<Record<ParticipantView['step'], StepWords>> = {
  read: { heading: 'Read the scene', announcement: 'A new scene to read.' },
  discuss: { heading: 'Discuss as a table', announcement: 'The discussion has started.' },
  vote: { heading: 'Vote for your table', announcement: "The vote is open. Choose your table's answer." },
  reveal: { heading: 'How the room voted', announcement: 'The vote has closed. The result is on the screen.' },
  finished: { heading: 'The scenario has ended', announcement: 'The scenario has ended. The trainer will lead the debrief.' },
};

/** For a step this page does not know (a newer server): say only that the trainer leads on. */
const UNKNOWN_STEP: StepWords = { heading: 'Waiting for the trainer', announcement: '' };

/**
 * The words for a view's step, with a safe default for a step added later.
 * @example
 * stepWords('vote').heading; // 'Vote for your table'
 */
export function stepWords(step: string): StepWords {
  // Not Object.hasOwn: phones a few years old (Safari before 15.4) lack it.
  return Object.prototype.hasOwnProperty.call(STEP_WORDS, step) ? STEP_WORDS[step as ParticipantView['step']] : UNKNOWN_STEP;
}
