import fc from 'fast-check';
import { structuralFindings } from './structural-findings.js';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';
import { buildScenarioSource, type BuiltEnding, type BuiltScene } from './scenario-source-builder.js';

const ENDINGS: BuiltEnding[] = [
  { id: 'end-good', outcome: 'good' },
  { id: 'end-mixed', outcome: 'mixed' },
  { id: 'end-poor', outcome: 'poor' },
];

/**
 * A valid scenario graph: a chain of scenes (each escalating by at most one
 * stage), the last one leading to every ending, plus random extra choices
 * that stay at or go back to earlier scenes (always allowed).
 */
const validGraph = fc
  .record({
    escalations: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
    extras: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
  })
  .map(({ escalations, extras }) => {
    let stage = 1;
    const scenes: BuiltScene[] = escalations.map((escalate, index) => {
      if (index > 0 && escalate) stage = Math.min(7, stage + 1);
      return { id: `scene-${index}`, stage, choices: [] };
    });
    scenes.forEach((scene, index) => {
      const next = scenes[index + 1];
      if (next) scene.choices.push({ id: `next-${index}`, to: next.id });
      else ENDINGS.forEach((ending) => scene.choices.push({ id: `finish-${ending.outcome}`, to: ending.id }));
    });
    extras.forEach(([from, to], index) => {
      const source = scenes[from % scenes.length] as BuiltScene;
      const fromIndex = scenes.indexOf(source);
      const target = scenes[to % (fromIndex + 1)] as BuiltScene;
      source.choices.push({ id: `extra-${index}`, to: target.id });
    });
    return scenes;
  });

describe('checkScenarioSource on generated scenarios', () => {
  it('finds nothing wrong with any generated valid graph', () => {
    fc.assert(
      fc.property(validGraph, (scenes) => {
        // North Yorkshire's panel stages are 6 and 7 (the protocol marks them).
        const reachesPanel = scenes.some((scene) => scene.stage >= 6);
        const source = buildScenarioSource(scenes, ENDINGS).replace('topics: [case-closure]', reachesPanel ? 'topics: [case-closure, escalation-panel]' : 'topics: [case-closure]');
        expect(structuralFindings(checkScenarioSource(source, 'built.mdx').findings)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('reports unknown-target at exactly the choices that pointed to a removed scene', () => {
    fc.assert(
      fc.property(validGraph.filter((scenes) => scenes.length >= 2), fc.nat(), (scenes, pick) => {
        const removed = scenes[1 + (pick % (scenes.length - 1))] as BuiltScene;
        const kept = scenes.filter((scene) => scene !== removed);
        const source = buildScenarioSource(kept, ENDINGS);
        const { scenario } = parseScenario(source, 'built.mdx');
        const pointing = Object.values(scenario?.scenes ?? {})
          .flatMap((scene) => scene.choices)
          .filter((choice) => choice.to === removed.id)
          .map((choice) => choice.position.line)
          .sort((a, b) => a - b);
        const reported = checkScenarioSource(source, 'built.mdx')
          .findings.filter((finding) => finding.code === 'unknown-target')
          .map((finding) => finding.line);
        expect(reported).toEqual(pointing);
        expect(pointing.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
