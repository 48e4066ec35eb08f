/**
 * Reads and checks a case file for the `case` subcommands, printing any
 * problems like a compiler (`file:line:column: message` and a hint) instead
 * of throwing, so a bad file never shows a stack trace.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { type CaseFile, type Finding, formatFinding, INPUT_CAPS, parseCaseFile, type ProtocolCatalogue } from '../../../engine/index.js';
import type { CliIO } from '../../cli-io.js';
import { readTextAtMost } from '../../read-text-at-most.js';

/** The case file as read, or the exit code to stop with. */
export type ReadCaseResult = { ok: true; caseFile: CaseFile; file: string } | { ok: false; exitCode: number };

/** The path as the user will recognise it: relative to cwd when inside it. */
export function displayPath(path: string, cwd: string): string {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  const shown = relative(cwd, absolute);
  return shown.startsWith('..') || shown === '' ? absolute : shown.split('\\').join('/');
}

/**
 * Reads `path` (relative to `io.cwd`) and parses it; on failure writes every
 * finding to stderr and answers exit code 2.
 *
 * @example
 * const read = readCase('scenarios/cases/on-time.case.yaml', io);
 * if (!read.ok) return read.exitCode;
 */
export function readCase(path: string, io: CliIO, protocols?: ProtocolCatalogue): ReadCaseResult {
  const file = displayPath(path, io.cwd);
  let text: string;
  try {
    text = readTextAtMost(isAbsolute(path) ? path : resolve(io.cwd, path), INPUT_CAPS.dataFileBytes);
  } catch {
    io.stderr.write(`${file}:1:1: error: Cannot read the case file.\n  hint: Check the path (it is relative to ${io.cwd}) and that you may read it.\n`);
    return { ok: false, exitCode: 2 };
  }
  const { caseFile, findings } = parseCaseFile(text, file, protocols ? { protocols } : {});
  writeFindings(findings, io);
  if (!caseFile) return { ok: false, exitCode: 2 };
  return { ok: true, caseFile, file };
}

/** Writes findings to stderr, one compiler-style entry each. */
export function writeFindings(findings: readonly Finding[], io: CliIO): void {
  for (const finding of findings) io.stderr.write(`${formatFinding(finding)}\n`);
}
