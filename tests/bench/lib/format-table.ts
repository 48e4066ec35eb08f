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

/** A row that may say whether this run measured it (`kept: false`) or kept it from an earlier run. */
export type TableRow = BenchRow & { kept?: boolean; measuredAt?: string; benchmark?: string };

/**
 * A day for the "measured" column, in UTC so the same file prints the same
 * table anywhere.
 *
 * @example
 * formatDay('2026-12-01T22:45:59.013Z'); // '1 Dec 2026'
 */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown day';
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The "measured" cell: `new` for a figure measured in this run, `kept, 1 Dec 2026` for one kept from an earlier run.
 *
 * @example
 * measuredCell({ ...row, kept: true, measuredAt: '2026-12-01T22:45:59Z' }); // 'kept, 1 Dec 2026'
 */
export function measuredCell(row: TableRow): string {
  return row.kept ? `kept, ${formatDay(row.measuredAt ?? '')}` : 'new';
}

/**
 * The line under the table that explains the "measured" column, or '' when
 * every row is new (nothing needs explaining).
 *
 * @example
 * tableLegend(rows); // 'measured: "new" = measured in this run; "kept, DATE" = …'
 */
export function tableLegend(rows: readonly TableRow[]): string {
  const kept = [...new Set(rows.filter((row) => row.kept).map((row) => row.benchmark ?? row.group))];
  if (kept.length === 0) return '';
  return `measured: "new" = measured in this run; "kept, DATE" = not re-measured, the figure from an earlier run on that day (${kept.join(', ')}; re-measure with --only ${kept.join(',')}).`;
}

/**
 * The table: figure | median (spread) | baseline | ratio | target | result,
 * and a last column "measured" when the rows say whether they are new or kept.
 *
 * @example
 * console.log(formatTable(rows));
 */
export function formatTable(rows: readonly TableRow[]): string {
  const marked = rows.some((row) => row.kept !== undefined);
  const header = ['figure', 'median (spread)', 'baseline, same run', 'ratio', 'target', 'result', ...(marked ? ['measured'] : [])];
  const lines = rows.map((row) => [
    row.figure,
    row.summary ? formatSummary(row.summary, row.unit) : '—',
    row.baseline ? `${row.baseline.label}: ${formatSummary(row.baseline.summary, row.baseline.unit)}` : '',
    row.ratio ? `${formatNumber(row.ratio.value)}${row.ratio.label}` : '',
    row.target ?? '',
    STATUS_LABEL[row.status] + (row.note ? ` — ${row.note}` : ''),
    ...(marked ? [measuredCell(row)] : []),
  ]);
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines.map((cells) => `| ${cells.map(escape).join(' | ')} |`),
  ].join('\n');
}
