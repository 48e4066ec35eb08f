/**
 * Parse + validate (`checkScenarioSource`) generated scenarios of 100, 1,000
 * and 10,000 scenes. The baseline is the bare MDX parse of the same text
 * (unified + remark-parse + remark-mdx + remark-frontmatter, which the parser
 * is built on), so the ratio shows what our own model-building and checks add
 * on top of the MDX toolchain: at most 1.2x for 10,000 scenes, growing linearly.
 * The same sizes through `createScenarioChecker`, whose first check parses
 * each scene on its own, show what parsing scene by scene does for a long
 * file (micromark's own time per byte grows with the document).
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createScenarioChecker } from '../../../engine/scenario/scenario-checker.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';
import { allMet, judge, type BenchRow } from '../lib/bench-row.js';
import { formatNumber } from '../lib/format-table.js';
import { generateScenario } from '../lib/generate-scenario.js';
import { consume, sampleDuration } from '../lib/measure.js';

const SIZES = [
  { scenes: 100, runs: 7, warmup: 2 },
  { scenes: 1_000, runs: 5, warmup: 1 },
  { scenes: 10_000, runs: 3, warmup: 0 },
] as const;

/** The parse-and-validate figures: one row per size, and one per size for the checker that parses scene by scene. */
export function benchParseScenario(): BenchRow[] {
  const rows: BenchRow[] = [];
  const checkerRows: BenchRow[] = [];
  let previous: { check: number; mdx: number; checker: number } | undefined;
  for (const { scenes, runs, warmup } of SIZES) {
    const source = generateScenario({ scenes, seed: scenes });
    const errors = checkScenarioSource(source, 'generated.mdx').findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) throw new Error(`The generated ${scenes}-scene scenario is invalid: ${errors[0]?.message}`);
    const check = sampleDuration(() => consume(checkScenarioSource(source, 'generated.mdx')), { runs, warmup });
    const mdx = sampleDuration(
      () => consume(unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source)),
      { runs, warmup },
    );
    // A new checker each time: its first check, which parses every scene, with nothing to reuse.
    const checker = sampleDuration(() => consume(createScenarioChecker().check(source, 'generated.mdx')), { runs, warmup });
    const growth = previous && { check: check.median / previous.check, mdx: mdx.median / previous.mdx, checker: checker.median / previous.checker };
    previous = { check: check.median, mdx: mdx.median, checker: checker.median };
    const size = `generated ${formatNumber(scenes)} scenes (${formatNumber(source.length / 1_000_000)} MB)`;
    const perTenfold = (value: number | undefined) => (value === undefined ? '' : `; ${formatNumber(value)}x per tenfold`);
    rows.push({
      group: 'parse',
      figure: `checkScenarioSource, ${size}`,
      unit: 'ms',
      summary: check,
      baseline: { label: 'bare remark-mdx parse', unit: 'ms', summary: mdx },
      ratio: { value: check.median / mdx.median, label: `x the bare parse${perTenfold(growth?.check)}` },
      // The validator's own work should stay a small part of the MDX toolchain's, and grow as it does: linearly.
      ...(scenes === 10_000
        ? { target: '<= 1.2x the bare parse; growth <= 12x per tenfold', status: allMet(judge(check.median / mdx.median, '<=', 1.2), judge(growth?.check ?? Number.NaN, '<=', 12)) }
        : { target: 'growth ~10x per tenfold', status: 'report' as const }),
      note: `${formatNumber(source.length / (check.median / 1000) / 1000)} KB/s${growth ? `; the bare parse grew ${formatNumber(growth.mdx)}x` : ''}`,
    });
    checkerRows.push({
      group: 'parse',
      figure: `createScenarioChecker().check, first check (scene by scene), ${size}`,
      unit: 'ms',
      summary: checker,
      baseline: { label: 'bare remark-mdx parse', unit: 'ms', summary: mdx },
      ratio: { value: checker.median / mdx.median, label: `x the bare parse${perTenfold(growth?.checker)}` },
      status: 'report',
      note: `${formatNumber(source.length / (checker.median / 1000) / 1000)} KB/s`,
    });
  }
  return [...rows, ...checkerRows];
}
