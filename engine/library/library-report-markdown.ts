/**
 * The library report as Markdown tables: the form `scenarios/README.md`
 * carries (a test keeps it equal to the command's output) and the
 * `library report` command prints.
 */
import { escapeMarkdown } from '../kernel/escape-markdown.js';
import type { LibraryReport } from './library-report.js';

const cell = (text: string) => escapeMarkdown(text);

/** A stage list in words: `1–3, 5`. */
function stageList(stages: readonly number[]): string {
  const runs: string[] = [];
  for (let index = 0; index < stages.length; ) {
    let end = index;
    while (end + 1 < stages.length && stages[end + 1] === stages[end]! + 1) end += 1;
    runs.push(end > index ? `${stages[index]}–${stages[end]}` : String(stages[index]));
    index = end + 1;
  }
  return runs.join(', ') || '—';
}

/**
 * The report in Markdown.
 *
 * @example
 * libraryReportMarkdown(libraryReport(scenarios)); // '| Scenario | Route | …'
 */
export function libraryReportMarkdown(report: LibraryReport): string {
  const short = (id: string) => id.replace(/^trigger-/, '');
  const lines: string[] = [];
  lines.push('| Scenario | Route | Triggers | Stages reached | Capacity | Immediate risk | Endings (good / mixed / poor) |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of report.rows) {
    lines.push(
      `| ${cell(row.title)} (\`${row.id}\`) | ${cell(row.routeLabel)} | ${row.triggers.map(short).join(', ') || '—'} | ${stageList(row.stages)} | ${row.capacity ? 'yes' : '—'} | ${row.immediateRisk ? 'yes' : '—'} | ${row.endings.good} / ${row.endings.mixed} / ${row.endings.poor} |`,
    );
  }
  const decisions = report.rows.reduce((sum, row) => sum + row.lengths.decisions, 0);
  if (decisions > 0) {
    const longest = report.rows.reduce((sum, row) => sum + row.lengths.recommendedLongest, 0);
    const chance = report.rows.reduce((sum, row) => sum + row.lengths.byChance, 0);
    const share = (count: number) => `${Math.round((100 * count) / decisions)}%`;
    lines.push('', `A recommended choice has the longest label in ${longest} of the ${decisions} decisions that have one (${share(longest)}); by chance it would in about ${Math.round(chance)} (${share(chance)}).`);
  }
  lines.push('', `| Trigger | ${report.routes.map((route) => cell(route.label)).join(' | ')} |`, `| --- | ${report.routes.map(() => '---').join(' | ')} |`);
  for (const trigger of report.triggers) {
    const counts = report.routes.map((route) => {
      const ids = report.coverage[trigger.id]?.[route.id] ?? [];
      return ids.length === 0 ? '**none**' : String(ids.length);
    });
    lines.push(`| ${cell(trigger.title)} | ${counts.join(' | ')} |`);
  }
  const stages = Object.keys(report.stageReach).map(Number).sort((a, b) => a - b);
  lines.push('', "| Stage (of each scenario's own protocol) | Scenarios reaching it |", '| --- | --- |');
  for (const stage of stages) lines.push(`| ${stage} | ${report.stageReach[stage]!.length} |`);
  lines.push('', '| Route | Scenarios with an immediate-risk scene |', '| --- | --- |');
  for (const route of report.routes) lines.push(`| ${cell(route.label)} | ${report.immediateRiskByRoute[route.id]?.length ?? 0} |`);
  return `${lines.join('\n')}\n`;
}
