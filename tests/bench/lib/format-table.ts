/**
 * Prints the benchmark rows as one plain-text Markdown table, so the same
 * text reads well in a terminal and pasted into the README.
 */
import type { BenchRow } from './bench-row.js';
import type { Summary } from './stats.js';

/**
 * A number for people: thousands separated, sensible precision.
 *
 * @example
 * formatNumber(1234567.8); // '1,234,568'
 * formatNumber(3.14159); // '3.14'
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** `median (q1–q3)` or, for a single sample, the value alone. */
export function formatSummary(summary: Summary, unit: string): string {
  const spread = summary.n > 1 ? ` (IQR ${formatNumber(summary.q1)}–${formatNumber(summary.q3)}, n=${summary.n})` : '';
  return `${formatNumber(summary.median)} ${unit}${spread}`;
}

const STATUS_LABEL: Record<BenchRow['status'], string> = {
  met: 'met',
  missed: 'MISSED',
  report: '(report)',
  skipped: 'skipped',
};

/**
 * The table: figure | median (spread) | baseline | ratio | target | result.
 *
 * @example
 * console.log(formatTable(rows));
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['figure', 'median (spread)', 'baseline, same run', 'ratio', 'target', 'result'];
  const lines = rows.map((row) => [
    row.figure,
    row.summary ? formatSummary(row.summary, row.unit) : '—',
    row.baseline ? `${row.baseline.label}: ${formatSummary(row.baseline.summary, row.baseline.unit)}` : '',
    row.ratio ? `${formatNumber(row.ratio.value)}${row.ratio.label}` : '',
    row.target ?? '',
    STATUS_LABEL[row.status] + (row.note ? ` — ${row.note}` : ''),
  ]);
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines.map((cells) => `| ${cells.map(escape).join(' | ')} |`),
  ].join('\n');
}
