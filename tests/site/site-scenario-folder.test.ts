import { describe, expect, it } from 'vitest';
import { siteScenarioFolder } from '../../site/src/lib/site-scenario-folder.js';

describe('siteScenarioFolder', () => {
  it('is the bundled library unless COMMON_GROUND_SCENARIOS names another folder', () => {
    expect(siteScenarioFolder({})).toBe('scenarios');
    expect(siteScenarioFolder({ COMMON_GROUND_SCENARIOS: '  ' })).toBe('scenarios');
    expect(siteScenarioFolder({ COMMON_GROUND_SCENARIOS: '/tmp/library/' })).toBe('/tmp/library');
  });
});
