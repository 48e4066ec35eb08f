import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../../engine/runner/enumerate-paths.js';
import { scenarioDigest } from '../../../engine/runner/scenario-digest.js';
import { childFixture } from './load-fixture.js';

const scenario = childFixture();

describe('enumeratePaths', () => {
  it('lists every choice sequence from the start to an ending', () => {
    const { paths, truncated } = enumeratePaths(scenario);
    expect(truncated).toBe(false);
    expect(paths.map((path) => path.ending)).toEqual(['settled', 'panel-settled', 'settled-safe', 'closed', 'closed', 'closed']);
    expect(paths[0]?.steps).toEqual([{ type: 'choose', choiceId: 'talk' }, { type: 'continue' }, { type: 'choose', choiceId: 'agree' }]);
    expect(paths[0]?.nodes).toEqual(['start', 'talked', 'record-it', 'settled']);
  });

  it('stops at the limit and says so', () => {
    const { paths, truncated } = enumeratePaths(scenario, { limit: 2 });
    expect(paths).toHaveLength(2);
    expect(truncated).toBe(true);
  });
});

describe('scenarioDigest', () => {
  it('is stable for the same structure and ignores wording', () => {
    const reworded = structuredClone(scenario);
    reworded.scenes['start']!.narrative.markdown = 'Different words.';
    expect(scenarioDigest(reworded)).toBe(scenarioDigest(scenario));
  });

  it('changes when a choice leads somewhere else', () => {
    const changed = structuredClone(scenario);
    changed.scenes['start']!.choices[0]!.to = 'left-it';
    expect(scenarioDigest(changed)).not.toBe(scenarioDigest(scenario));
  });
});
