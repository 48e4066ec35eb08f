/**
 * A new empty folder under the system's temporary folder, removed when the
 * test that made it ends, pass or fail, so a run of the suite leaves
 * nothing behind in /tmp (copies of the built CLI alone were 16 MB each).
 * Call it inside a test, or in a helper a test calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * @example
 * const dir = temporaryFolder('cg-case-'); // e.g. /tmp/cg-case-Ab12Cd, gone after the test
 */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
