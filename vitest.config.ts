import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects: fast unit/property/model tests, and end-to-end tests that
// drive the built CLI in a real terminal and the built site in Chromium. The
// end-to-end group runs after the unit group, not beside it, so a real
// terminal and a browser are not starved of the two cores by fuzzing.
// Each group runs two files at a time (maxWorkers: 2). Vitest's default is
// one worker fewer than the cores, which on this 2-core machine meant one
// file at a time with a core idle: the unit group took 383 s so and 245 s
// with two workers, the end-to-end group 424 s and 348 s (2 December).
// The end-to-end group runs three files at a time: much of its time is a
// browser or a terminal waiting (a smooth scroll, a redraw), so two files
// left about a fifth of the two cores idle. With the module graph shared
// (below), three took 221 s and 262 s against 255 s and 285 s for two, in
// two alternated pairs (3 December; every test passed in all four). Three
// gained nothing while every file loaded its own graph (267 s against 262 s).
// The unit group also shares one module graph per worker (isolate: false),
// as Vitest's guide suggests for unit tests without shared mutable state:
// the engine is pure, and the CLI's tests work in folders of their own.
// Loading the engine, the MDX toolchain and Ink afresh for every file was
// a third of the group's time (245 s with, 156 s without; every test
// passed in three runs, two of them with the files shuffled). The one
// module mock (tests/cli/play/play-again.test.ts) replaces a command that
// `play` loads with import() at the moment it needs it, and Vitest looks
// up mocks at each such import, so files run before it cannot defeat it.
// End-to-end files can share the machine because each starts its own
// servers on free ports, its own tmux server and Chromium, and works in its
// own temporary folder; the one shared site build is made under a lock
// (tests/e2e/support/site-build.ts). They share a worker's module graph too
// (isolate: false): no end-to-end file mocks a module or changes
// process.env, and each closes its own browser, servers and tmux in
// afterAll. A fresh graph per file loaded playwright-core and the support
// modules 40 times: the group took 275 s and 455 s of CPU so, against 230 s
// and 371 s shared (3 December, the whole group, one run each after one
// earlier pair of 252 s and 237 s); the test workers' own CPU fell from
// 91 s to 41 s.
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
          maxWorkers: 2,
          isolate: false,
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
          maxWorkers: 3,
          isolate: false,
        },
      },
    ],
  },
});
