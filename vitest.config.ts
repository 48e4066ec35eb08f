import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects: fast unit/property/model tests, and end-to-end tests that
// drive the built CLI in a real terminal and the built site in Chromium. The
// end-to-end group runs after the unit group, not beside it, so a real
// terminal and a browser are not starved of the two cores by fuzzing.
// Every test process, and every app a test starts, shows choices in the
// order the scenario file gives them (COMMON_GROUND_CHOICE_ORDER=written),
// so a test can press the number of the choice it means. The shuffled
// order learners see has tests of its own, which set the variable to
// "shuffled" (tests/e2e/terminal/choice-order-in-tmux.test.ts and the site's
// choice-order test).
// Every test's `validate` keeps its cache in a folder for tests
// (COMMON_GROUND_CACHE_DIR), never in the user's cache folder; in-process
// tests pass it on through their fake environments. One folder for every
// run: entries are keyed by the code and text they came from, and pruned.
const env = { COMMON_GROUND_CHOICE_ORDER: 'written', COMMON_GROUND_CACHE_DIR: join(tmpdir(), 'common-ground-test-cache') };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          env,
          sequence: { groupOrder: 0 },
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/person-terminal-env.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          env,
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/support/e2e-global-setup.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
