import { formatLondon, formatLondonFullDate, isLondonDateTime, parseLondonDateTime } from '../calendar/london-time.js';
import type { ReflectiveLog, ReflectiveLogEntry } from './reflective-log.js';
import { recencyOf } from './upsert-log-entry.js';

/** One version of an answer, with when it was written in words. */
export interface LogVersion {
  entry: ReflectiveLogEntry;
  /** e.g. "Fri 18 Dec 2026, 10:00"; "Undated" when the time cannot be read. */
  writtenLabel: string;
}

/** A scenario's answers to one prompt: the current version and the ones before it. */
export interface LogPromptGroup {
  promptId: string;
  /** The version changed last. */
  latest: LogVersion;
  /** Earlier versions (kept from earlier play-throughs), most recent first. */
  earlier: LogVersion[];
}

/** The entries of one scenario. */
export interface LogScenarioGroup {
  scenarioId: string;
  /** The title as last saved. */
  scenarioTitle: string;
  /** e.g. "Friday 18 December 2026", the London day of the latest change; "Undated" when unreadable. */
  lastWrittenLabel: string;
  /** Prompts in the order they were first answered. */
  prompts: LogPromptGroup[];
}

/** A time for people, or "Undated". */
function writtenLabel(iso: string): string {
  return isLondonDateTime(iso) ? formatLondon(parseLondonDateTime(iso)) : 'Undated';
}

/** Later first; an unreadable time sorts last. */
function byRecency(a: ReflectiveLogEntry, b: ReflectiveLogEntry): number {
  const at = recencyOf(a);
  const bt = recencyOf(b);
  return at < bt ? 1 : at > bt ? -1 : 0;
}

/**
 * Groups the log by scenario (most recently written first) and, within a
 * scenario, by prompt (in the order first answered). Each prompt shows its
 * current version and every earlier one, so a replay never hides what an
 * earlier play-through said.
 *
 * @example
 * groupLogEntries(log)[0]?.prompts[0]?.earlier.length; // 1 after a replay
 */
export function groupLogEntries(log: ReflectiveLog): LogScenarioGroup[] {
  const scenarios = new Map<string, { latest: ReflectiveLogEntry; prompts: Map<string, ReflectiveLogEntry[]> }>();
  for (const entry of log.entries) {
    let scenario = scenarios.get(entry.scenarioId);
    if (!scenario) {
      scenario = { latest: entry, prompts: new Map() };
      scenarios.set(entry.scenarioId, scenario);
    }
    // Ties go to the later entry, as for the current version of a prompt.
    if (byRecency(entry, scenario.latest) <= 0) scenario.latest = entry;
    const versions = scenario.prompts.get(entry.promptId) ?? [];
    versions.push(entry);
    scenario.prompts.set(entry.promptId, versions);
  }
  return [...scenarios.entries()]
    .sort(([, a], [, b]) => byRecency(a.latest, b.latest))
    .map(([scenarioId, { latest, prompts }]) => ({
      scenarioId,
      scenarioTitle: latest.scenarioTitle,
      lastWrittenLabel: isLondonDateTime(latest.updatedAt) ? formatLondonFullDate(parseLondonDateTime(latest.updatedAt)) : 'Undated',
      prompts: [...prompts.entries()].map(([promptId, versions]) => {
        // Stable: among equal times the later entry is the current one.
        const ordered = versions.map((entry, index) => ({ entry, index })).sort((a, b) => byRecency(a.entry, b.entry) || b.index - a.index);
        const [latestVersion, ...earlier] = ordered.map(({ entry }) => ({ entry, writtenLabel: writtenLabel(entry.updatedAt) }));
        return { promptId, latest: latestVersion!, earlier };
      }),
    }));
}
