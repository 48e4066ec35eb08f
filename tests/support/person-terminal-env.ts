/**
 * Unit tests that render the full-screen app in-process stand for a person's
 * terminal, as the tmux tests do with `env -u CI`. Ink reads CI (and
 * CONTINUOUS_INTEGRATION) once, when it is first imported, and under either
 * it draws only the last frame, at exit: a test waiting for the start menu
 * then sees nothing. The CI machine sets CI=true, so this runs before each
 * test file's imports and removes both from this worker's environment.
 */
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
