/**
 * The Moodle guide says what the package does: its status table is the
 * engine's own mapping, word for word, and the suspend data it quotes is
 * what the largest bundled scenario's longest route measures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureLongestRoute } from '../../engine/lms/measure-longest-route.js';
import { LESSON_STATUS_TABLE } from '../../engine/lms/scorm-status.js';
import { bundled, bundledIds } from '../engine/lms/bundled-scenarios.js';

const guide = readFileSync('site/src/content/moodle.md', 'utf8');

describe('the Moodle guide', () => {
  it('gives the lesson status of each ending exactly as the package reports it', () => {
    const rows = guide
      .split('\n')
      .filter((line) => /^\| (Playing|A (good|mixed|poor) ending)/.test(line))
      .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    expect(rows).toEqual(LESSON_STATUS_TABLE.map((row) => [row.label, row.status, row.why]));
  });

  it('quotes the suspend data of the bundled scenario whose longest route needs the most', () => {
    const measured = bundledIds().map((id) => ({ scenario: bundled(id), route: measureLongestRoute(bundled(id)) }));
    const largest = measured.reduce((most, next) => (next.route.chars > most.route.chars ? next : most));
    expect(guide).toContain(`the largest, *${largest.scenario.frontmatter.title}*, needs ${largest.route.chars.toLocaleString('en-GB')} characters`);
    expect(measured.every(({ route }) => route.kept === 'everything')).toBe(true);
  }, 120_000);
});
