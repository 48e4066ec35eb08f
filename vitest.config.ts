import { defineConfig } from 'vitest/config';

// Two projects: fast unit/property/model tests, and end-to-end tests that
// drive the built CLI in a real terminal and the built site in Chromium. The
// end-to-end group runs after the unit group, not beside it, so a real
// terminal and a browser are not starved of the two cores by fuzzing.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
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
