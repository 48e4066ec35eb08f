import { describe, expect, it } from 'vitest';
import { AUTHORING_PACKAGES, runtimeClosure } from '../../support/module-graph.js';

/** The modules the SCORM player imports through the browser face. */
const PLAYER_MODULES = ['find-scorm-api', 'measure-longest-route', 'scorm-12-api', 'scorm-api', 'scorm-score', 'scorm-status', 'session-time', 'suspend-data', 'suspend-text', 'walk-session'];

describe('engine/lms', () => {
  it.each(PLAYER_MODULES)('%s reaches no parser, schema library or YAML, so the SCORM player can import it', (name) => {
    const { packages } = runtimeClosure(`engine/lms/${name}.ts`);
    expect([...packages].filter((name) => AUTHORING_PACKAGES.test(name))).toEqual([]);
  });
});
