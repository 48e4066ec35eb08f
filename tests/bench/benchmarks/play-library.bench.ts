/**
 * Plays paths of the bundled library (up to PATHS_PER_SCENARIO of each) through the session runner the way
 * a front-end does: one move at a time (`choose` / `continueSession`), then
 * the view of the ending. The baseline replays each finished path's step log
 * once (`replaySession`), the least work a path can cost, so the ratio shows
 * what move-by-move play adds.
 */
import { choose, continueSession, startSession } from '../../../engine/runner/session-moves.js';
import { enumeratePaths } from '../../../engine/runner/enumerate-paths.js';
import { replaySession } from '../../../engine/runner/replay-session.js';
import { viewSession } from '../../../engine/runner/view-session.js';
import type { Session } from '../../../engine/runner/session.js';
import type { BenchRow } from '../lib/bench-row.js';
import { loadLibrary } from '../lib/load-library.js';
import { consume, sampleRate } from '../lib/measure.js';

/**
 * Paths per scenario at most. The rewritten library branches far more (one
 * scenario has about 24,000 paths), and move-by-move play costs the square
 * of a path's length, so every path would take many minutes; the first 200
 * of each, found depth-first, are a fair sample of the work.
 */
const PATHS_PER_SCENARIO = 200;

/** The library-playing figure. */
export function benchPlayLibrary(root: string): BenchRow[] {
  const library = loadLibrary(root).map(({ scenario }) => ({ scenario, ...enumeratePaths(scenario, { limit: PATHS_PER_SCENARIO }) }));
  const pathCount = library.reduce((sum, entry) => sum + entry.paths.length, 0);
  const truncated = library.filter((entry) => entry.truncated).map((entry) => entry.scenario.id);

  const finished: { scenario: (typeof library)[number]['scenario']; session: Session }[] = [];
  const playAll = (keep: boolean) => {
    for (const { scenario, paths } of library) {
      for (const path of paths) {
        let session = startSession(scenario);
        for (const step of path.steps) {
          session = step.type === 'choose' ? choose(scenario, session, step.choiceId) : continueSession(scenario, session);
        }
        const view = viewSession(scenario, session);
        if (!view.finished) throw new Error(`A path of ${scenario.id} did not reach its ending.`);
        consume(view);
        if (keep) finished.push({ scenario, session });
      }
    }
  };
  playAll(true);
  const play = sampleRate(() => playAll(false), pathCount, { runs: 5, warmup: 1 });
  const replay = sampleRate(() => {
    for (const { scenario, session } of finished) consume(replaySession(scenario, session));
  }, pathCount, { runs: 5, warmup: 1 });
  return [
    {
      group: 'runner',
      figure: `play paths of the bundled library move by move (${library.length} scenarios, ${pathCount} paths)`,
      unit: 'paths/s',
      summary: play,
      baseline: { label: 'one replaySession per finished path', unit: 'paths/s', summary: replay },
      ratio: { value: replay.median / play.median, label: 'x slower than one replay' },
      status: 'report',
      ...(truncated.length > 0 ? { note: `paths capped at ${PATHS_PER_SCENARIO} for ${truncated.length} of the ${library.length} scenarios` } : {}),
    },
  ];
}
