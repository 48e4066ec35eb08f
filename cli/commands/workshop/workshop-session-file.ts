/**
 * A workshop as a session file and back: the envelope the start menu lists,
 * the save that says honestly whether it reached the disk, and the command
 * that resumes it.
 */
import { serialiseWorkshop, type Scenario, type Workshop } from '../../../engine/index.js';
import { shellWord } from '../../app/solo/resume-command.js';
import { SessionFileError, SESSION_RECORD_VERSION, type SessionRecord, type SessionStore } from '../../session-store/index.js';

/** The words the start menu shows for a workshop, e.g. "4 tables · 3 decisions · majority". */
export function workshopProgress(workshop: Workshop): string {
  const decided = workshop.rounds.length;
  return `${workshop.tables.length} table${workshop.tables.length === 1 ? '' : 's'} · ${decided} decision${decided === 1 ? '' : 's'} · ${workshop.mode}`;
}

/** What a workshop's session file needs besides the workshop. */
export interface WorkshopFileFacts {
  scenario: Scenario;
  scenarioFile: string;
  /** When the workshop began (ISO). */
  startedAt: string;
}

/**
 * The session file of a workshop.
 * @example
 * store.save(path, workshopRecord(workshop, facts, false, new Date()));
 */
export function workshopRecord(workshop: Workshop, facts: WorkshopFileFacts, finished: boolean, savedAt: Date): SessionRecord {
  return {
    kind: 'common-ground-session',
    recordVersion: SESSION_RECORD_VERSION,
    mode: 'workshop',
    scenarioId: facts.scenario.id,
    scenarioTitle: facts.scenario.frontmatter.title,
    scenarioFile: facts.scenarioFile,
    startedAt: facts.startedAt,
    savedAt: savedAt.toISOString(),
    progress: workshopProgress(workshop),
    finished,
    workshop: JSON.parse(serialiseWorkshop(workshop)) as unknown,
  };
}

/**
 * The save the screens call: null once the workshop is on disk, or what went
 * wrong and what to do (the screens show it until a later save succeeds).
 * @example
 * const save = workshopSaver(store, path, facts, () => new Date());
 * const problem = save(workshop, false);
 */
export function workshopSaver(store: SessionStore, path: string, facts: WorkshopFileFacts, now: () => Date): (workshop: Workshop, finished: boolean) => string | null {
  return (workshop, finished) => {
    try {
      store.save(path, workshopRecord(workshop, facts, finished, now()));
      return null;
    } catch (error) {
      if (!(error instanceof SessionFileError)) throw error;
      return `${error.message} ${error.hint}`;
    }
  };
}

/**
 * The command that resumes a workshop, to print and to copy, starting with
 * the program as the user started it (`invoked`, see cli/invoked-as.ts;
 * default `common-ground`).
 * @example
 * resumeCommandFor('closing-too-soon', '/home/me/room 1.json'); // "common-ground workshop closing-too-soon --session '/home/me/room 1.json'"
 */
export function resumeCommandFor(scenarioArgument: string, path: string, extra: readonly string[] = [], invoked = 'common-ground'): string {
  return [invoked, ...['workshop', scenarioArgument, '--session', path, ...extra].map(shellWord)].join(' ');
}
