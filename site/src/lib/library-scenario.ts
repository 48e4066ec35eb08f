import type { Scenario } from '../../../engine/index.js';

/** A scenario of the library with the file it came from and the digest of its text (scenarioDigest). */
export interface LibraryScenario {
  file: string;
  digest: string;
  scenario: Scenario;
}
