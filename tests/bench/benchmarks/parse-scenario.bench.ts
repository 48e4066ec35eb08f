/**
 * Parse + validate (`checkScenarioSource`) generated scenarios of 100, 1,000
 * and 10,000 scenes. The baseline is the bare MDX parse of the same text
 * (unified + remark-parse + remark-mdx + remark-frontmatter, which the parser
 * is built on), so the ratio shows what our own model-building and checks add
 * on top of the MDX toolchain.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';
import { judge, type BenchRow } from '../lib/bench-row.js';
import { formatNumber } from '../lib/format-table.js';
import { generateScenario } from '../lib/generate-scenario.js';
import { consume, sampleDuration } from '../lib/measure.js';

const SIZES = [
  { scenes: 100, runs: 7, warmup: 2 },
  { scenes: 1_000, runs: 5, warmup: 1 },
  { scenes: 10_000, runs: 3, warmup: 0 },
] as const;

/** The parse-and-validate figures, one row per size. */
export function benchParseScenario(): BenchRow[] {
  const rows: BenchRow[] = [];
  let previous: number | undefined;
  for (const { scenes, runs, warmup } of SIZES) {
    const source = generateScenario({ scenes, seed: scenes });
    const errors = checkScenarioSource(source, 'generated.mdx').findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) throw new Error(`The generated ${scenes}-scene scenario is invalid: ${errors[0]?.message}`);
    const check = sampleDuration(() => consume(checkScenarioSource(source, 'generated.mdx')), { runs, warmup });
    const mdx = sampleDuration(
      () => consume(unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source)),
      { runs, warmup },
    );
    const growth = previous === undefined ? undefined : check.median / previous;
    previous = check.median;
    const megabytes = source.length / 1_000_000;
    rows.push({
      group: 'parse',
      figure: `checkScenarioSource, generated ${formatNumber(scenes)} scenes (${formatNumber(megabytes)} MB)`,
      unit: 'ms',
      summary: check,
      baseline: { label: 'bare remark-mdx parse', unit: 'ms', summary: mdx },
      ratio: {
        value: check.median / mdx.median,
        label: `x the bare parse${growth === undefined ? '' : `; ${formatNumber(growth)}x per tenfold`}`,
      },
      ...(scenes === 10_000
        ? { target: '< 500 ms; growth ~10x per tenfold', status: judge(check.median, '<', 500) }
        : { target: 'growth ~10x per tenfold', status: 'report' as const }),
      note: `${formatNumber(source.length / (check.median / 1000) / 1000)} KB/s`,
    });
  }
  return rows;
}
