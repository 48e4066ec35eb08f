/**
 * Fuzzing the scenario parser and validator (`checkScenarioSource`): random
 * syntax soup and mutations of valid scenarios never throw, never hang, and
 * every finding is located in the file it was given.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_CAPS } from '../../engine/kernel/input-caps.js';
import type { FindingCode } from '../../engine/scenario/finding-codes.js';
import { checkScenarioSource } from '../../engine/scenario/validate-scenario.js';
import { generateScenario } from '../bench/lib/generate-scenario.js';
import { bounded } from './support/bounded.js';
import { expectLocated } from './support/expect-located.js';
import { mutatedText, syntaxSoup } from './support/mutated-text.js';

const FILE = 'fuzz/scenario.mdx';

/** Inputs tried per property (reported in the benchmark notes). */
export const SCENARIO_FUZZ_RUNS = { soup: 300, fixture: 300, generated: 200 } as const;

function check(text: string): void {
  const { findings } = bounded(() => checkScenarioSource(text, FILE));
  expectLocated(findings, FILE);
  for (const finding of findings) {
    expect(finding.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(finding.severity);
  }
}

describe('checkScenarioSource', () => {
  it('never throws on random syntax soup, and locates every finding', () => {
    fc.assert(fc.property(syntaxSoup(), check), { numRuns: SCENARIO_FUZZ_RUNS.soup, seed: 7 });
  });

  it('never throws on mutations of a valid hand-written scenario, and locates every finding', () => {
    const base = readFileSync(new URL('../fixtures/scenario/valid-small.mdx', import.meta.url), 'utf8');
    expect(checkScenarioSource(base, FILE).findings.filter((f) => f.severity === 'error')).toEqual([]);
    fc.assert(fc.property(mutatedText(base), check), { numRuns: SCENARIO_FUZZ_RUNS.fixture, seed: 11 });
  });

  it('never throws on mutations of a generated multi-stage scenario, and locates every finding', () => {
    const base = generateScenario({ scenes: 8, seed: 5 });
    expect(checkScenarioSource(base, FILE).findings.filter((f) => f.severity === 'error')).toEqual([]);
    fc.assert(fc.property(mutatedText(base), check), { numRuns: SCENARIO_FUZZ_RUNS.generated, seed: 13 });
  });
});

const VALID = readFileSync(new URL('../fixtures/scenario/valid-small.mdx', import.meta.url), 'utf8');
/** The valid scenario with `lines` added at the top of its frontmatter. */
const withFrontmatter = (lines: string) => VALID.replace('---\n', `---\n${lines}\n`);
/** The valid scenario with `text` added to the narrative of its second scene. */
const withBody = (text: string) => VALID.replace('Jo listens.', `Jo listens.\n\n${text}\n`);
/** The valid scenario with one piece of it replaced. */
const replacing = (from: string, to: string) => {
  expect(VALID, from).toContain(from);
  return VALID.replace(from, to);
};
/** `count` more entries of a frontmatter list, written under `field:`. */
const moreEntries = (field: string, count: number, entry: (index: number) => string) =>
  withFrontmatter(`${field}:\n${Array.from({ length: count }, (_, index) => entry(index)).join('\n')}`);

/** What a hostile scenario must give: no errors, or an error with this code. */
type Outcome = 'accepted' | FindingCode;

/**
 * Named hostile scenario files, each built from the valid fixture: every
 * one is checked within the time cap, never throws, and is either accepted
 * or refused with a located error of the expected code. (The inputs in
 * `tests/engine/scenario/hostile-scenario.test.ts` are further ones.)
 */
export const HOSTILE_SCENARIOS: readonly { name: string; source: () => string; outcome: Outcome }[] = [
  // Size and nesting
  { name: 'a file one byte over the size cap', source: () => 'x'.repeat(INPUT_CAPS.scenarioFileBytes + 1), outcome: 'file-too-large' },
  { name: 'a file over the cap in multi-byte letters', source: () => withBody('é'.repeat(INPUT_CAPS.scenarioFileBytes / 2)), outcome: 'file-too-large' },
  { name: 'frontmatter flow lists 3,000 deep', source: () => withFrontmatter(`x: ${'['.repeat(3_000)}${']'.repeat(3_000)}`), outcome: 'too-deeply-nested' },
  { name: 'frontmatter flow maps 3,000 deep', source: () => withFrontmatter(`x: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}`), outcome: 'too-deeply-nested' },
  { name: 'frontmatter block maps 100 deep', source: () => withFrontmatter(Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n') + ' 1'), outcome: 'too-deeply-nested' },
  { name: 'frontmatter list items 1,000 deep, one per line', source: () => withFrontmatter(`x:\n${Array.from({ length: 1_000 }, (_, depth) => `${'  '.repeat(depth + 1)}-`).join('\n')} 1`), outcome: 'too-deeply-nested' },
  { name: 'emphasis 3,000 deep', source: () => withBody(`${'*'.repeat(3_000)}x${'*'.repeat(3_000)}`), outcome: 'too-deeply-nested' },
  { name: 'links 3,000 deep', source: () => withBody(`${'['.repeat(3_000)}x${'](u)'.repeat(3_000)}`), outcome: 'accepted' },
  { name: 'a numbered list 1,000 deep', source: () => withBody(Array.from({ length: 1_000 }, (_, depth) => `${'   '.repeat(depth)}1. item`).join('\n')), outcome: 'too-deeply-nested' },
  { name: 'quotes and lists alternating 2,000 deep', source: () => withBody('> - '.repeat(1_000) + 'x'), outcome: 'too-deeply-nested' },
  { name: 'a list 1,000 deep inside fenced code, which is only text', source: () => withBody(['```', ...Array.from({ length: 1_000 }, (_, depth) => `${'  '.repeat(depth)}- item`), '```'].join('\n')), outcome: 'accepted' },
  { name: '50,000 blank lines', source: () => withBody('\n'.repeat(50_000)), outcome: 'accepted' },
  { name: 'one line of 1,000,000 characters', source: () => withBody('word '.repeat(200_000)), outcome: 'accepted' },
  { name: '10,000 stray < characters', source: () => withBody('<'.repeat(10_000)), outcome: 'mdx-syntax' },
  // Lists and keys
  { name: 'allowNames one past the cap', source: () => moreEntries('allowNames', INPUT_CAPS.allowedNames + 1, (index) => `  - Place${index}`), outcome: 'too-many-items' },
  { name: 'acknowledgements one past the cap', source: () => moreEntries('acknowledgements', INPUT_CAPS.acknowledgements + 1, (index) => `  - { kind: phone-number, text: "01632 96${String(index).padStart(4, '0')}", reason: Ofcom drama number }`), outcome: 'too-many-items' },
  { name: 'a cast of 5,000', source: () => replacing('cast:\n', `cast:\n${Array.from({ length: 5_000 }, (_, index) => `  - { name: Person ${index}, role: a worker }`).join('\n')}\n`), outcome: 'too-many-items' },
  { name: '10,000 objectives', source: () => replacing('objectives:\n', `objectives:\n${Array.from({ length: 10_000 }, (_, index) => `  - Objective number ${index}`).join('\n')}\n`), outcome: 'accepted' },
  { name: 'one key repeated 5,000 times', source: () => withFrontmatter(Array.from({ length: 5_000 }, () => 'again: 1').join('\n')), outcome: 'yaml-syntax' },
  { name: 'a repeated key inside a flow map', source: () => replacing('provenance:\n', 'extra: {a: 1, a: 2}\nprovenance:\n'), outcome: 'yaml-syntax' },
  { name: 'a __proto__ key', source: () => withFrontmatter('__proto__: { polluted: true }'), outcome: 'schema' },
  { name: 'a constructor key', source: () => withFrontmatter('constructor: 1'), outcome: 'schema' },
  // YAML tricks
  { name: 'an alias bomb', source: () => withFrontmatter(['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n')), outcome: 'yaml-syntax' },
  { name: 'an alias to an anchor that does not exist', source: () => withFrontmatter('extra: *nowhere'), outcome: 'yaml-syntax' },
  { name: 'a merge key in a field', source: () => replacing('provenance:\n  basis: fictional', 'provenance:\n  <<: { basis: fictional }\n  basis: fictional'), outcome: 'schema' },
  { name: 'a JavaScript function tag on the title', source: () => replacing('title: A small valid scenario', 'title: !!js/function "function () { return 1 }"'), outcome: 'accepted' },
  { name: 'a YAML directive and a second document', source: () => replacing('---\nformatVersion', '---\n%YAML 1.2\n---\nformatVersion'), outcome: 'yaml-syntax' },
  { name: 'a frontmatter that is a list', source: () => `---\n- one\n- two\n---\n${VALID.split('---\n')[2]}`, outcome: 'schema' },
  { name: 'a frontmatter that is one word', source: () => `---\nhello\n---\n${VALID.split('---\n')[2]}`, outcome: 'schema' },
  { name: 'an empty frontmatter', source: () => `---\n---\n${VALID.split('---\n')[2]}`, outcome: 'schema' },
  { name: 'a frontmatter that never closes', source: () => VALID.replace(/\n---\n/, '\n'), outcome: 'missing-frontmatter' },
  // Numbers and times
  { name: 'an octal number of minutes', source: () => replacing('estimatedMinutes: 10', 'estimatedMinutes: 0o17'), outcome: 'schema' },
  { name: 'infinitely many minutes', source: () => replacing('estimatedMinutes: 10', 'estimatedMinutes: .inf'), outcome: 'schema' },
  { name: 'minutes as not-a-number', source: () => replacing('estimatedMinutes: 10', 'estimatedMinutes: .nan'), outcome: 'schema' },
  { name: 'a raised time of the 29th of February in a common year', source: () => replacing('raised: 2026-12-18T10:00', 'raised: 2026-02-29T10:00'), outcome: 'schema' },
  { name: 'a raised time of 24:00', source: () => replacing('raised: 2026-12-18T10:00', 'raised: 2026-12-18T24:00'), outcome: 'schema' },
  { name: 'a raised time in year 0', source: () => replacing('raised: 2026-12-18T10:00', 'raised: 0000-01-01T00:00'), outcome: 'schema' },
  { name: 'a raised time with a five-digit year', source: () => replacing('raised: 2026-12-18T10:00', 'raised: 20260-12-18T10:00'), outcome: 'schema' },
  { name: 'a raised time as a bare number', source: () => replacing('raised: 2026-12-18T10:00', 'raised: 202612181000'), outcome: 'schema' },
  { name: 'a raised time the clocks pass twice (kept as the first)', source: () => replacing('raised: 2026-12-18T10:00', 'raised: 2026-10-25T01:30'), outcome: 'accepted' },
  { name: 'a disputed decision the clocks skip', source: () => withFrontmatter('disputedDecision: 2026-03-29T01:00'), outcome: 'schema' },
  { name: 'a stage of Infinity', source: () => replacing('stage={1}>', 'stage="Infinity">'), outcome: 'bad-attribute-value' },
  { name: 'a stage past the largest safe integer', source: () => replacing('stage={1}>', 'stage="9007199254740993">'), outcome: 'bad-attribute-value' },
  { name: 'a stage with a numeric separator', source: () => replacing('stage={1}>', 'stage={1_0}>'), outcome: 'bad-attribute-value' },
  { name: 'a stage in full-width digits', source: () => replacing('stage={1}>', 'stage="２">'), outcome: 'bad-attribute-value' },
  { name: 'a negative stage in braces', source: () => replacing('stage={1}>', 'stage={-1}>'), outcome: 'expression-not-allowed' },
  { name: 'a wait of a billion working days', source: () => replacing('after="3 working days"', 'after="999999999 working days"'), outcome: 'bad-duration' },
  { name: 'a wait in exponent notation', source: () => replacing('after="2h"', 'after="1e9h"'), outcome: 'bad-duration' },
  // Control characters
  { name: 'a raw NUL in the frontmatter', source: () => replacing('role: Health visitor', 'role: Health\u0000 visitor'), outcome: 'control-character' },
  { name: 'a title that sets the terminal title, as YAML escapes', source: () => replacing('title: A small valid scenario', 'title: "A small \\u001B]0;PWNED\\u0007 scenario"'), outcome: 'control-character' },
  { name: 'an 8-bit CSI in a choice label', source: () => replacing('Phone Jo this afternoon.', 'Phone Jo \u009B2J this afternoon.'), outcome: 'control-character' },
  { name: 'a bidi isolate in feedback', source: () => replacing('Raising it early', 'Raising \u2066it\u2069 early'), outcome: 'control-character' },
  { name: 'old Mac line endings (a lone CR each)', source: () => VALID.replace(/\n/g, '\r'), outcome: 'control-character' },
  { name: 'an escape written as a character reference', source: () => withBody('Jo &#x1B;]0;PWNED&#7; listens.'), outcome: 'control-character' },
  { name: '100,000 escape characters (findings capped)', source: () => withBody('\u001B'.repeat(100_000)), outcome: 'control-character' },
  { name: 'zero-width and joiner characters, which are not controls', source: () => withBody('Jo\u200D listens\u200C closely.'), outcome: 'accepted' },
  { name: 'a lone surrogate', source: () => withBody('Jo listens \uD800 closely.'), outcome: 'accepted' },
  { name: 'a byte-order mark in the middle of the file', source: () => withBody('Jo \uFEFFlistens.'), outcome: 'accepted' },
  // Code and markup
  { name: 'a code expression', source: () => withBody('{process.exit(1)}'), outcome: 'expression-not-allowed' },
  { name: 'an import', source: () => withBody("import fs from 'node:fs'"), outcome: 'expression-not-allowed' },
  { name: 'an export', source: () => withBody('export const steal = globalThis'), outcome: 'expression-not-allowed' },
  { name: 'a script tag', source: () => withBody('<script>alert(1)</script>'), outcome: 'unknown-component' },
  { name: 'an HTML comment', source: () => withBody('<!-- hidden -->'), outcome: 'mdx-syntax' },
  { name: 'a spread attribute', source: () => replacing('<Scene id="friday-morning" stage={1}>', '<Scene id="friday-morning" stage={1} {...globalThis}>'), outcome: 'expression-not-allowed' },
  { name: 'a function as a stage', source: () => replacing('stage={1}>', 'stage={() => 1}>'), outcome: 'expression-not-allowed' },
  { name: 'a scene left open', source: () => replacing('</Scene>\n\n<Scene id="the-call"', '\n\n<Scene id="the-call"'), outcome: 'mdx-syntax' },
  { name: 'a choice leading to __proto__', source: () => replacing('to="the-call"', 'to="__proto__"'), outcome: 'bad-attribute-value' },
  { name: 'a scene called constructor', source: () => VALID.replaceAll('the-call', 'constructor'), outcome: 'accepted' },
  { name: 'a guidance link to __proto__', source: () => withBody('See [this](guidance:__proto__).'), outcome: 'unknown-guidance-section' },
  { name: 'citations named after Object methods', source: () => replacing('cite="stage-2"', 'cite="constructor to-string"'), outcome: 'unknown-guidance-section' },
  { name: 'a principle called __proto__', source: () => replacing('shows="recording"', 'shows="__proto__"'), outcome: 'unknown-principle' },
  // Size of the story
  { name: '200 scenes in a chain', source: () => generateScenario({ scenes: 200, seed: 3 }), outcome: 'accepted' },
  { name: '1,000 choices in one scene', source: () => replacing('<Choice id="agree"', `${Array.from({ length: 1_000 }, (_, index) => `<Choice id="more-${index}" to="kept-open">\nOption ${index}.\n\n<Feedback cite="stage-1">\nFine.\n</Feedback>\n</Choice>\n\n`).join('')}<Choice id="agree"`), outcome: 'accepted' },
  { name: '500 scenes in a loop with no way out', source: () => replacing('<Scene id="line-manager" stage={2}>', `${Array.from({ length: 500 }, (_, index) => `<Scene id="loop-${index}" stage={2}>\n\n<Choice id="on-${index}" to="loop-${(index + 1) % 500}">\nGo on.\n\n<Feedback cite="stage-2">\nAgain.\n</Feedback>\n</Choice>\n\n</Scene>\n\n`).join('')}<Scene id="line-manager" stage={2}>`).replace('to="line-manager" after="1h"', 'to="loop-0" after="1h"'), outcome: 'inescapable-loop' },
];

describe('checkScenarioSource on named hostile scenarios', () => {
  it('has distinct names', () => {
    expect(new Set(HOSTILE_SCENARIOS.map((hostile) => hostile.name)).size).toBe(HOSTILE_SCENARIOS.length);
  });

  for (const { name, source, outcome } of HOSTILE_SCENARIOS) {
    it(`${outcome === 'accepted' ? 'accepts' : `refuses with ${outcome}`}: ${name}`, () => {
      const text = source();
      const { findings } = bounded(() => checkScenarioSource(text, FILE));
      expectLocated(findings, FILE);
      const errors = findings.filter((finding) => finding.severity === 'error');
      if (outcome === 'accepted') expect(errors).toEqual([]);
      else expect(errors.map((finding) => finding.code)).toContain(outcome);
      expect(findings.length, 'findings for one file').toBeLessThanOrEqual(10_000);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
