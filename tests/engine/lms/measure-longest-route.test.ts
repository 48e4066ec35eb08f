import { describe, expect, it } from 'vitest';
import { measureLongestRoute, typicalReflection, type LongestRoute } from '../../../engine/lms/measure-longest-route.js';
import { SUSPEND_DATA_LIMIT } from '../../../engine/lms/suspend-data.js';
import { escapeSuspendText } from '../../../engine/lms/suspend-text.js';
import { bundled, bundledIds } from './bundled-scenarios.js';
import { printReport } from '../../support/print-report.js';

describe('typicalReflection', () => {
  it('is 300 characters of prose that escapes to 324', () => {
    expect(typicalReflection()).toHaveLength(300);
    expect(escapeSuspendText(typicalReflection())).toHaveLength(324);
  });
});

describe('measureLongestRoute', () => {
  it('measures the route with the most writing, and the longest without', () => {
    const longest = measureLongestRoute(bundled('closing-too-soon'), { reflection: 'x'.repeat(100) });
    expect(longest.truncated).toBe(false);
    expect(longest.routes).toBe(174);
    // Five prompts of 100 characters, each `~<n><text>.`, on top of the moves.
    expect(longest.chars - longest.movesOnlyChars).toBe(5 * 103);
    expect(longest.longestMovesOnly.chars).toBeGreaterThanOrEqual(longest.movesOnlyChars);
  });

  it('says when even the longest route would lose its writing', () => {
    expect(measureLongestRoute(bundled('closing-too-soon'), { reflection: 'x'.repeat(1000) }).kept).toBe('moves-only');
  });

  it('fits every bundled scenario’s longest route, with a 300-character reflection at every prompt, in 4,096 characters', () => {
    const rows = bundledIds().map((id) => ({ id, ...measureLongestRoute(bundled(id)) }));
    const table = rows.map((row: LongestRoute & { id: string }) =>
      [row.id.padEnd(36), `${row.chars}`.padStart(5), `${row.movesOnlyChars}`.padStart(4), `${row.pathLength}`.padStart(3), `${row.prompts}`.padStart(2), `${row.routes}`.padStart(6), row.kept].join(' '),
    );
    const largest = rows.reduce((a, b) => (b.chars > a.chars ? b : a));
    const largestMoves = rows.reduce((a, b) => (b.longestMovesOnly.chars > a.longestMovesOnly.chars ? b : a));
    printReport(
      [
        'scenario                              chars moves len pr routes kept',
        ...table,
        `largest with reflections: ${largest.id}, ${largest.pathLength} moves, ${largest.prompts} prompts, ${largest.chars} characters (${largest.movesOnlyChars} without the writing) of ${SUSPEND_DATA_LIMIT}`,
        `largest without writing: ${largestMoves.id}, ${largestMoves.longestMovesOnly.pathLength} moves, ${largestMoves.longestMovesOnly.chars} characters`,
        `room per prompt on that route: ${Math.floor((SUSPEND_DATA_LIMIT - largest.movesOnlyChars) / largest.prompts) - 3} escaped characters`,
      ].join('\n'),
    );
    expect(rows.filter((row) => row.truncated)).toEqual([]);
    expect(rows.filter((row) => row.kept !== 'everything').map((row) => row.id)).toEqual([]);
    expect(largest.chars).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  });
});
