import { describe, expect, it } from 'vitest';
import { startSession, viewSession } from '../../../engine/index.js';
import { LESSON_STATUS_TABLE, scormLessonStatus } from '../../../engine/lms/scorm-status.js';
import { enumeratePaths } from '../../../engine/runner/enumerate-paths.js';
import { bundled } from './bundled-scenarios.js';

describe('scormLessonStatus', () => {
  it('is incomplete while playing, and maps good, mixed and poor endings to passed, completed and failed', () => {
    expect(scormLessonStatus(null)).toBe('incomplete');
    expect(scormLessonStatus({ kind: 'scene' })).toBe('incomplete');
    expect(scormLessonStatus({ kind: 'ending', outcome: 'good' })).toBe('passed');
    expect(scormLessonStatus({ kind: 'ending', outcome: 'mixed' })).toBe('completed');
    expect(scormLessonStatus({ kind: 'ending', outcome: 'poor' })).toBe('failed');
  });

  it('takes a session view’s node at every ending of a bundled scenario', () => {
    const scenario = bundled('closing-too-soon');
    expect(scormLessonStatus(viewSession(scenario, startSession(scenario)).node)).toBe('incomplete');
    const seen = new Map<string, string>();
    for (const path of enumeratePaths(scenario).paths) {
      const { node } = viewSession(scenario, { ...startSession(scenario), steps: path.steps });
      if (node.kind === 'ending') seen.set(node.outcome, scormLessonStatus(node));
    }
    expect(Object.fromEntries(seen)).toEqual({ good: 'passed', mixed: 'completed', poor: 'failed' });
  });
});

describe('LESSON_STATUS_TABLE', () => {
  it('has a row, with a reason, for playing and each grade of ending', () => {
    expect(LESSON_STATUS_TABLE.map((row) => [row.when, row.status])).toEqual([
      ['playing', 'incomplete'],
      ['good', 'passed'],
      ['mixed', 'completed'],
      ['poor', 'failed'],
    ]);
    expect(LESSON_STATUS_TABLE.every((row) => row.why.length > 20 && row.label.length > 0)).toBe(true);
  });
});
