/** Test helper: an in-memory CliIO that records what a command prints. */
import { PassThrough } from 'node:stream';
import type { CliIO } from '../../../cli/cli-io.js';

export function memoryIO(cwd: string): CliIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return {
    stdout,
    stderr,
    stdin: new PassThrough(),
    // The test run's cache folder (vitest.config.ts), never the user's.
    env: { COMMON_GROUND_CACHE_DIR: process.env.COMMON_GROUND_CACHE_DIR },
    cwd,
    now: () => new Date('2026-11-20T12:00:00Z'),
    out: () => out,
    err: () => err,
  };
}
