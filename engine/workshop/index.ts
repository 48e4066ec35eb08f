/**
 * The workshop layer's public face: a room of tables playing one scenario,
 * their votes, the room's decisions, and the comparison debrief.
 */
export { WORKSHOP_FORMAT_VERSION, WORKSHOP_MODES, type Workshop, type WorkshopMode, type WorkshopRound } from './workshop.js';
export { WorkshopError, type WorkshopErrorCode } from './workshop-error.js';
export {
  startWorkshop,
  workshopSessions,
  currentDecision,
  tallyVotes,
  leadingChoices,
  decideRound,
  undoRound,
  type StartWorkshopOptions,
  type WorkshopDecision,
  type VoteTally,
  type DecideOptions,
} from './workshop-play.js';
export { serialiseWorkshop, restoreWorkshop, type RestoredWorkshop } from './serialise-workshop.js';
export {
  buildWorkshopDebrief,
  workshopDebriefToMarkdown,
  type WorkshopDebrief,
  type WorkshopTableResult,
  type WorkshopRoundResult,
} from './workshop-debrief.js';
