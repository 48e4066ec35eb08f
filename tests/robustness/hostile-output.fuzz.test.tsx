/**
 * Whatever words a scenario, plan, closures file, case file, protocol or
 * learner supplies, what reaches the terminal carries no C0, C1 or bidi
 * control but newline and tab (the program's own bold and dim aside), and
 * what reaches a Markdown export carries no raw HTML and no link, image or
 * definition with a scheme other than http, https or mailto.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { cleanup, render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { Text } from '../../cli/app/components/Text.js';
import type { CliIO } from '../../cli/cli-io.js';
import { caseCommand } from '../../cli/commands/case-command.js';
import { sanitisingStream, terminalStyle } from '../../cli/terminal/index.js';
import { auditCase, auditToMarkdown, buildDebrief, choose, debriefToMarkdown, reflectiveLogToMarkdown, startSession, upsertLogEntry, emptyReflectiveLog, type Debrief } from '../../engine/index.js';
import { readCaseFile } from '../../engine/case/parse-case-file.js';
import { childFixture } from '../engine/runner/load-fixture.js';
import { hostileString } from './support/hostile-string.js';
import { STEERING } from './support/hostile-files.js';
import { unsafeMarkdownParts } from './support/markdown-safety.js';
import { root } from '../support/built-cli.js';

/** Inputs tried per property. */
export const OUTPUT_FUZZ_RUNS = { stream: 2000, styled: 1000, ink: 150, command: 60, markdown: 400 } as const;

/** The program's own bold, dim and normal: the only escape codes a text command may write. */
const OWN_STYLE = /\u001B\[(?:1|2|22)m/g;

/** A fake terminal (a TTY, so colour is on) behind a sanitising stream, as processIO gives. */
function terminal(): { stream: NodeJS.WritableStream & { isTTY: boolean; columns: number }; written: () => string } {
  const chunks: string[] = [];
  const raw = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(chunk.toString());
        callback();
      },
    }),
    { isTTY: true, columns: 100 },
  );
  return { stream: sanitisingStream(raw), written: () => chunks.join('') };
}

describe('what reaches the terminal', () => {
  it('through the text commands’ stream: no control but newline and tab, for any string or buffer', () => {
    fc.assert(
      fc.property(hostileString(), fc.boolean(), (text, asBuffer) => {
        const { stream, written } = terminal();
        stream.write(asBuffer ? Buffer.from(text) : text);
        expect(written()).not.toMatch(STEERING);
      }),
      { numRuns: OUTPUT_FUZZ_RUNS.stream, seed: 41 },
    );
  });

  it('styled with bold and dim: only the program’s own codes, for any words inside or outside them', () => {
    fc.assert(
      fc.property(hostileString(), hostileString(), hostileString(), (bold, plain, dim) => {
        const { stream, written } = terminal();
        const style = terminalStyle(stream, {});
        stream.write(`${style.bold(`[${bold}]`)}${plain}${style.dim(`(${dim})`)}\n`);
        expect(written().match(OWN_STYLE)).toHaveLength(4);
        expect(written().replace(OWN_STYLE, '')).not.toMatch(STEERING);
      }),
      { numRuns: OUTPUT_FUZZ_RUNS.styled, seed: 43 },
    );
  });

  it('drawn by Ink through the app’s Text, nested or not', () => {
    fc.assert(
      fc.property(hostileString(), hostileString(), (outer, inner) => {
        const { lastFrame } = render(
          <Text bold>
            {outer}
            <Text italic>{inner}</Text>
          </Text>,
        );
        const frame = lastFrame() ?? '';
        cleanup();
        expect(frame).not.toMatch(STEERING);
      }),
      { numRuns: OUTPUT_FUZZ_RUNS.ink, seed: 47 },
    );
  });

  describe('from a real command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-output-fuzz-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const caseSource = readFileSync(join(root, 'scenarios/cases/on-time.case.yaml'), 'utf8');

    it('case audit, coloured, with any case title', async () => {
      await fc.assert(
        fc.asyncProperty(hostileString(), async (title) => {
          const file = join(dir, 'fuzz.case.yaml');
          // JSON is YAML: a double-quoted title with every control escaped.
          writeFileSync(file, caseSource.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
          const out = terminal();
          const err = terminal();
          const io: CliIO = { stdout: out.stream, stderr: err.stream, stdin: process.stdin, env: {}, cwd: dir, now: () => new Date('2026-12-18T12:00:00Z') };
          try {
            await caseCommand(['audit', file], io);
          } catch (error) {
            // A user error is printed by the top level through the same stream.
            io.stderr.write(`error: ${(error as Error).message}\n`);
          }
          expect(out.written().replace(OWN_STYLE, '')).not.toMatch(STEERING);
          expect(err.written()).not.toMatch(STEERING);
        }),
        { numRuns: OUTPUT_FUZZ_RUNS.command, seed: 53 },
      );
    });
  });
});

describe('what reaches a Markdown export', () => {
  const scenario = childFixture();
  const debrief = buildDebrief(scenario, choose(scenario, startSession(scenario), 'talk'));
  const auditFile = 'scenarios/cases/missed-deadlines.case.yaml';
  const audit = auditCase(readCaseFile(readFileSync(join(root, auditFile), 'utf8'), auditFile), { file: auditFile });

  it('the debrief, with any words in its titles, labels, feedback, citations and reflections', () => {
    fc.assert(
      fc.property(fc.array(hostileString(), { minLength: 8, maxLength: 8 }), ([title, label, feedback, citation, href, ending, prompt, text]) => {
        const hostile: Debrief = {
          ...debrief,
          scenario: { ...debrief.scenario, title: title! },
          ending: { id: 'end', outcome: 'good', resolvedAt: 1, stage: 1, debrief: ending!, at: debrief.raised, atLabel: label! },
          path: debrief.path.map((step) => ({ ...step, label: label!, feedback: step.feedback && { ...step.feedback, markdown: feedback!, citations: [{ id: 'x', title: citation!, href: href! }] } })),
          responses: [{ id: 'r', kind: 'reflect', phase: 'after', sceneId: 's', prompt: prompt!, text: text! }],
        };
        expect(unsafeMarkdownParts(debriefToMarkdown(hostile))).toEqual([]);
      }),
      { numRuns: OUTPUT_FUZZ_RUNS.markdown, seed: 59 },
    );
  });

  it('the case audit, with any words in its title, findings, holidays and learning step', () => {
    fc.assert(
      fc.property(fc.array(hostileString(), { minLength: 4, maxLength: 4 }), ([title, finding, holiday, learning]) => {
        const markdown = auditToMarkdown({
          ...audit,
          title: title!,
          findings: audit.findings.map((entry) => ({ ...entry, message: finding! })),
          holidays: audit.holidays.map((day) => ({ ...day, name: holiday! })),
          ...(audit.learning ? { learning: { ...audit.learning, summary: learning!, reportedTo: learning! } } : {}),
        });
        expect(unsafeMarkdownParts(markdown)).toEqual([]);
      }),
      { numRuns: OUTPUT_FUZZ_RUNS.markdown, seed: 61 },
    );
  });

  it('the reflective log, with any scenario title, prompt and text', () => {
    fc.assert(
      fc.property(hostileString(), hostileString(), hostileString(), (scenarioTitle, prompt, text) => {
        const log = upsertLogEntry(emptyReflectiveLog(), { scenarioId: 'fuzz', scenarioTitle, promptId: 'p', kind: 'reflect', phase: 'before', prompt, text, updatedAt: '2026-12-18T10:00:00.000Z' });
        expect(unsafeMarkdownParts(reflectiveLogToMarkdown(log, { exportedLabel: '18 December 2026' }))).toEqual([]);
      }),
      { numRuns: OUTPUT_FUZZ_RUNS.markdown, seed: 67 },
    );
  });
});
