/**
 * Workshops as JSON text and back, with a shape and version check so a
 * damaged or foreign file is refused with a clear message.
 */
import { z } from 'zod';
import { EngineError } from '../kernel/engine-error.js';
import { longestPassingPrefix } from '../kernel/longest-prefix.js';
import { readSavedJson } from '../kernel/read-saved-json.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { scenarioDigest } from '../runner/scenario-digest.js';
import { viewSession } from '../runner/view-session.js';
import { WORKSHOP_FORMAT, WORKSHOP_FORMAT_VERSION, type Workshop } from './workshop.js';
import { WorkshopError } from './workshop-error.js';
import { MAX_TABLES, workshopSessions } from './workshop-play.js';
import { BALLOT_ID_PATTERN, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH, SEAT_TOKEN_PATTERN } from './live/live-protocol.js';

const RoundSchema = z.object({
  sceneId: z.string(),
  tables: z.array(z.number().int().min(0)),
  kind: z.enum(['choose', 'continue']),
  votes: z.array(z.string()),
  decided: z.string().nullable(),
  decidedBy: z.enum(['majority', 'tie-break', 'trainer', 'each-table', 'continue']),
  discussedMs: z.number().int().min(0).optional(),
});

const BallotSchema = z.object({
  table: z.number().int().min(0),
  decision: z.number().int().min(1),
  sceneId: z.string(),
  choiceId: z.string(),
  ballot: z.string().regex(BALLOT_ID_PATTERN).nullable(),
  replaced: z.array(z.string().regex(BALLOT_ID_PATTERN)).max(20).optional(),
});

const ROOM_CODE_PATTERN = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

const WorkshopSchema = z.object({
  formatVersion: z.literal(WORKSHOP_FORMAT_VERSION),
  scenarioId: z.string(),
  scenarioDigest: z.string(),
  mode: z.enum(['majority', 'trainer', 'independent']),
  tables: z.array(z.string()).min(1).max(MAX_TABLES),
  minutes: z.number().positive(),
  rounds: z.array(RoundSchema),
  notes: z.record(z.string().regex(/^[1-9][0-9]*$/), z.string()),
  seed: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  ballots: z.array(BallotSchema).optional(),
  live: z
    .object({
      code: z.string().regex(ROOM_CODE_PATTERN),
      seats: z.record(z.string().regex(/^[0-9]+$/), z.string().regex(SEAT_TOKEN_PATTERN)),
      port: z.number().int().min(1).max(65535).optional(),
    })
    .optional(),
});

/**
 * The workshop as JSON text.
 * @example
 * writeFile(path, serialiseWorkshop(workshop));
 */
export function serialiseWorkshop(workshop: Workshop): string {
  return JSON.stringify(workshop);
}

/** What {@link restoreWorkshop} gives back. */
export interface RestoredWorkshop {
  workshop: Workshop;
  /** True when the scenario's structure changed since the workshop was saved. */
  scenarioChanged: boolean;
  /** A sentence for the trainer when the scenario changed or rounds were dropped; null otherwise. */
  warning: string | null;
}

/**
 * Reads a saved workshop. With the scenario, checks it belongs to it and
 * replays it; if the scenario changed, rounds that no longer fit are dropped
 * and the warning says so.
 * @example
 * const { workshop, warning } = restoreWorkshop(text, scenario);
 */
export function restoreWorkshop(json: string, scenario?: Scenario): RestoredWorkshop {
  const data = readSavedJson(json, WORKSHOP_FORMAT, {
    damaged: () => new WorkshopError('corrupt-workshop', 'The saved workshop is damaged (not valid JSON).', 'Start the workshop again.'),
    otherVersion: (older, version) =>
      new WorkshopError('workshop-version', `This workshop was saved by ${older ? 'an older' : 'a newer'} version (format ${version}); it can't be resumed.`, 'Start the workshop again.'),
  });
  const parsed = WorkshopSchema.safeParse(data);
  if (!parsed.success) throw new WorkshopError('corrupt-workshop', 'The saved workshop is not in the expected shape.', 'Start the workshop again.');
  const workshop = parsed.data as Workshop;
  if (!scenario) return { workshop, scenarioChanged: false, warning: null };
  if (scenario.id !== workshop.scenarioId) {
    throw new WorkshopError('wrong-scenario', `This workshop belongs to "${workshop.scenarioId}", not "${scenario.id}".`, `Run it with the scenario ${workshop.scenarioId}.`);
  }
  const scenarioChanged = scenarioDigest(scenario) !== workshop.scenarioDigest;
  // Keep the longest run of rounds that still replays against this scenario.
  const kept = longestPassingPrefix(workshop.rounds, (rounds) => {
    try {
      workshopSessions(scenario, { ...workshop, rounds: [...rounds] }).forEach((session) => viewSession(scenario, session));
      return true;
    } catch (error) {
      // A round that no longer fits is refused by the runner or the workshop; anything else is a bug.
      if (!(error instanceof EngineError)) throw error;
      return false;
    }
  });
  const dropped = workshop.rounds.length - kept;
  const restored = { ...workshop, rounds: workshop.rounds.slice(0, kept), scenarioDigest: scenarioDigest(scenario) };
  const warning = scenarioChanged
    ? `The scenario has changed since this workshop was saved${dropped > 0 ? `; the last ${dropped} decision${dropped === 1 ? '' : 's'} no longer fit and were dropped` : ''}.`
    : null;
  return { workshop: restored, scenarioChanged, warning };
}
